package org.tongxin.identity.demo;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.identity.internal.DefaultRoles;
import org.tongxin.identity.internal.RoleRepository;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;

/**
 * Demo accounts, one per kind of user, homed in real units of Wutongqiao (demo mode only; they
 * share the documented demo password). Created once; a restart changes nothing.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	record Demo(String username, String displayName, String unitCode, String role) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("staff", "王丽（统战部）", "511112", DefaultRoles.STAFF),
			new Demo("zhugen", "李明（竹根镇统战干事）", "511112100", DefaultRoles.TOWN_OFFICER),
			new Demo("niuhua", "张强（牛华镇统战干事）", "511112101", DefaultRoles.TOWN_OFFICER),
			new Demo("huangjuejing", "陈芳（黄桷井社区联络员）", "511112100003", DefaultRoles.VILLAGE_LIAISON),
			new Demo("leader", "赵书记（领导）", "511112", DefaultRoles.LEADER),
			new Demo("jingxin", "刘洋（区经信局联络员）", "LG-JXJ", "MEMBER_UNIT_LIAISON"),
			new Demo("nongye", "何静（区农业农村局联络员）", "LG-NYJ", "MEMBER_UNIT_LIAISON"),
			new Demo("renshe", "孙浩（区人社局联络员）", "LG-RSJ", "MEMBER_UNIT_LIAISON"),
			new Demo("minge", "吴建国（民革五通桥区支部）", "DP-MG", "PARTY_ORGANISATION"),
			new Demo("minmeng", "周文（民盟五通桥区总支部）", "DP-MM", "PARTY_ORGANISATION"),
			new Demo("minjian", "郑华（民建五通桥区支部）", "DP-MJIAN", "PARTY_ORGANISATION"),
			new Demo("minjin", "冯丽（民进五通桥区支部）", "DP-MJIN", "PARTY_ORGANISATION"),
			new Demo("nonggong", "陈刚（农工党五通桥区支部）", "DP-NG", "PARTY_ORGANISATION"),
			new Demo("jiusan", "杨帆（九三学社五通桥区支社）", "DP-JS", "PARTY_ORGANISATION"));

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final Units units;

	private final Clock clock;

	private final String demoPassword;

	DemoAccounts(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder, Units units,
			Clock clock, @Value("${tongxin.demo-password:Tongxin@2026}") String demoPassword) {
		this.users = users;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.units = units;
		this.clock = clock;
		this.demoPassword = demoPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = passwordEncoder.encode(demoPassword);
		for (Demo demo : ACCOUNTS) {
			if (users.existsByUsernameIgnoreCase(demo.username())) {
				continue;
			}
			units.findByCode(demo.unitCode()).ifPresent(unit -> {
				UserAccount account = new UserAccount(demo.username(), demo.displayName(), hash, unit.id(), clock.instant());
				account.change(demo.displayName(), unit.id(), Set.of(roles.findByCode(demo.role()).orElseThrow()),
						clock.instant());
				users.save(account);
			});
		}
	}

}
