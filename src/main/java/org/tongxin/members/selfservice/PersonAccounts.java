package org.tongxin.members.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.MemberAccounts;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.SelfServiceAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.person.PinyinNames;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * A person's login, on behalf of staff: seen with MEMBER_VIEW, opened, disabled and enabled with
 * MEMBER_MANAGE, always within the actor's data scope (a person out of scope is a 404). The
 * account itself is identity's ({@link MemberAccounts}); the link and the audit on the person are here.
 */
@Service
public class PersonAccounts {

	/** A person's account as staff see it; {@code suggestion}: a free user name, when none is open yet. */
	public record Status(long personId, String personName, Long userId, String username, boolean enabled,
			Instant openedAt, String suggestion) {

		@JsonProperty("opened")
		public boolean opened() {
			return userId != null;
		}

	}

	/** The answer to opening: the initial password, shown this once and never stored in clear. */
	public record Opened(long personId, long userId, String username, String initialPassword, boolean mustChangePassword) {
	}

	private final AccountLinkRepository links;

	private final SelfServiceAccess registry;

	private final MemberAccounts accounts;

	private final UserDirectory users;

	private final AuditLog auditLog;

	private final Clock clock;

	PersonAccounts(AccountLinkRepository links, SelfServiceAccess registry, MemberAccounts accounts, UserDirectory users,
			AuditLog auditLog, Clock clock) {
		this.links = links;
		this.registry = registry;
		this.accounts = accounts;
		this.users = users;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Status status(Actor actor, long personId) {
		Person person = registry.visible(actor, personId);
		return links.findById(personId)
			.map(link -> {
				UserSummary user = users.find(link.userId()).orElse(null);
				return new Status(personId, person.getName(), link.userId(), user == null ? null : user.username(),
						user != null && user.enabled(), link.openedAt(), null);
			})
			.orElseGet(() -> new Status(personId, person.getName(), null, null, false, null, suggestion(person)));
	}

	/**
	 * Opens a MEMBER account for the person, homed at their unit, with a random initial password
	 * that must be changed at first login; {@code username} empty takes the suggestion.
	 */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Opened open(Actor actor, long personId, String username) {
		return open(actor, personId, username, accounts.initialPassword(), true);
	}

	/** For the demo account: a known password and no forced change. */
	@Transactional
	public Opened open(Actor actor, long personId, String username, String password, boolean temporary) {
		Person person = registry.visible(actor, personId);
		if (links.existsById(personId)) {
			throw new Rejection("username", "account.exists");
		}
		String name = username == null || username.isBlank() ? suggestion(person) : username.trim().toLowerCase(Locale.ROOT);
		long userId = accounts.open(name, person.getName(), person.getUnitId(), password, temporary);
		try {
			links.saveAndFlush(new AccountLink(personId, userId, clock.instant(), actor.userId()));
		}
		catch (DataIntegrityViolationException concurrent) {
			// someone opened one for the same person a moment ago; the user made above rolls back with this
			throw new Rejection("username", "account.exists");
		}
		auditLog.append(AuditRecord.of("MEMBER_ACCOUNT_OPENED").target("member", personId).detail("user", userId)
			.detail("username", name));
		return new Opened(personId, userId, name, password, temporary);
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Status setEnabled(Actor actor, long personId, boolean enabled) {
		registry.visible(actor, personId);
		AccountLink link = links.findById(personId).orElseThrow(() -> new NotFoundException("account", personId));
		boolean was = users.find(link.userId()).map(UserSummary::enabled).orElse(false);
		if (was != enabled) {
			accounts.setEnabled(link.userId(), enabled);
			auditLog.append(AuditRecord.of(enabled ? "MEMBER_ACCOUNT_ENABLED" : "MEMBER_ACCOUNT_DISABLED")
				.target("member", personId).detail("user", link.userId()));
		}
		return status(actor, personId);
	}

	/**
	 * A free user name: the name's pinyin ({@code zhangwei}), else with a number (2…99); one
	 * look-up for all of them. Not the phone: staff without MEMBER_SENSITIVE_VIEW would read it.
	 */
	String suggestion(Person person) {
		String base = PinyinNames.sortKey(person.getName()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (base.length() < 3) {
			base = "member" + base;
		}
		base = base.length() > 60 ? base.substring(0, 60) : base;
		List<String> candidates = new ArrayList<>();
		candidates.add(base);
		for (int i = 2; i <= 99; i++) {
			candidates.add(base + i);
		}
		Set<String> taken = accounts.taken(candidates);
		return candidates.stream().filter(c -> !taken.contains(c)).findFirst().orElse("");
	}

}
