package org.tongxin.members.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.identity.MemberAccounts;
import org.tongxin.members.selfservice.PersonAccounts;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * The demo's member logins: {@code member} and {@code member2} (demo password, no forced change)
 * for the first two demo persons of 竹根镇 with a phone, so the member's pages (and co-signing a
 * proposal with another member) can be tried at once. Demo mode only; runs after the
 * demo registry (@Order(300)) and only when no account of that name exists yet.
 */
@Component
@Order(400)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoMemberAccount implements ApplicationRunner {

	static final String USERNAME = "member";

	static final List<String> USERNAMES = List.of(USERNAME, "member2");

	static final String TOWN = "511112100";

	private static final Logger log = LoggerFactory.getLogger(DemoMemberAccount.class);

	private final PersonAccounts accounts;

	private final MemberAccounts identity;

	private final Units units;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String password;

	DemoMemberAccount(PersonAccounts accounts, MemberAccounts identity, Units units, JdbcClient jdbc,
			TransactionTemplate transactions, @Value("${tongxin.demo-password:Tongxin@2026}") String password) {
		this.accounts = accounts;
		this.identity = identity;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		USERNAMES.forEach(this::open);
	}

	private void open(String username) {
		if (!identity.taken(Set.of(username)).isEmpty()) {
			return;
		}
		String town = units.findByCode(TOWN).map(u -> u.path() + "%").orElse(null);
		Long person = town == null ? null
				: jdbc.sql("select p.id from members_person p where p.unit_path like :town and p.phone_enc is not null"
						+ " and not exists (select 1 from members_person_account a where a.person_id = p.id)"
						+ " order by p.id limit 1")
					.param("town", town).query(Long.class).optional().orElse(null);
		if (person == null) {
			return;
		}
		Actor system = new SystemActor(0L, "system", "system", units.deploymentRoot().id(), DataScope.ALL,
				EnumSet.allOf(Privilege.class));
		transactions.executeWithoutResult(tx -> accounts.open(system, person, username, password, false));
		log.info("Demo member account '{}' opened for person {}", username, person);
	}

}
