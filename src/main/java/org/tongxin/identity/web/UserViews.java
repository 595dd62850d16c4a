package org.tongxin.identity.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.web.ApiViews.PageView;
import org.tongxin.identity.web.ApiViews.RoleRef;
import org.tongxin.identity.web.ApiViews.RoleView;
import org.tongxin.identity.web.ApiViews.UnitRef;
import org.tongxin.identity.web.ApiViews.UserView;
import org.tongxin.org.UnitSummary;

/** Accounts and roles as the API shows them. */
@Component
class UserViews {

	private final UnitChoices units;

	private final Clock clock;

	UserViews(UnitChoices units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	PageView<UserView> page(Page<UserAccount> page, Locale locale) {
		Map<Long, UnitSummary> unitsById = units.byIds(page.getContent().stream().map(UserAccount::getHomeUnitId).toList());
		List<UserView> content = page.getContent().stream().map(u -> of(u, unitsById.get(u.getHomeUnitId()), locale)).toList();
		return new PageView<>(content, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

	UserView of(UserAccount user, Locale locale) {
		return of(user, units.find(user.getHomeUnitId()).orElse(null), locale);
	}

	private UserView of(UserAccount u, UnitSummary unit, Locale locale) {
		List<RoleRef> roles = u.getRoles().stream()
			.sorted(Comparator.comparing(Role::getCode))
			.map(r -> new RoleRef(r.getCode(), r.name(locale)))
			.toList();
		return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), unitRef(unit, u.getHomeUnitId()), roles,
				u.isEnabled(), u.isLockedAt(clock.instant()), u.getLockedUntil(), u.isMustChangePassword(),
				u.isTotpEnabled(), u.getPasswordChangedAt(), u.getCreatedAt(), u.getUpdatedAt(), u.getVersion());
	}

	static UnitRef unitRef(UnitSummary unit, long id) {
		return unit == null ? new UnitRef(id, null, null) : new UnitRef(unit.id(), unit.code(), unit.name());
	}

	static RoleView role(Role r, Long userCount) {
		return new RoleView(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), r.getScope(), r.isBuiltin(),
				r.getPrivileges().stream().sorted().toList(), userCount, r.getVersion());
	}

}
