package org.tongxin.members.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Who may be named a member's liaison by an actor: an enabled user who may look at the registry
 * (MEMBER_VIEW: a liaison looks after the person, so must be able to open their record; village
 * liaisons, town officers, department staff) and whose home unit lies within the actor's scope.
 * Before, any user id was taken, so an officer could name users they may not even list, or the
 * officer of another town (issue 13, hole 6). The form's suggestions come from the same rule.
 */
@Component
public class LiaisonPicker {

	/** The field the rules and the API name. */
	public static final String FIELD = "liaisonUserId";

	/** Longer than any display name with its user name: not worth looking up. */
	static final int TEXT_MAX = 200;

	/** "李明 (zhugen)", as a suggestion fills the field in. */
	private static final Pattern LABEL = Pattern.compile(".*\\(([^()\\s]+)\\)\\s*");

	private final UserDirectory users;

	private final UnitAccess access;

	LiaisonPicker(UserDirectory users, UnitAccess access) {
		this.users = users;
		this.access = access;
	}

	/** Whether the actor may name this user as a liaison (unknown users are simply not eligible). */
	public boolean eligible(Actor actor, long userId) {
		Optional<UserSummary> user = users.find(userId);
		return user.isPresent() && user.get().enabled() && access.canSee(actor, user.get().homeUnitId())
				&& users.holdingAmong(Privilege.MEMBER_VIEW, List.of(userId)).contains(userId);
	}

	/** Eligible users whose name or user name contains the text, for the form's suggestions. */
	public List<UserSummary> suggest(Actor actor, String text, int limit) {
		if (text != null && text.length() > TEXT_MAX) {
			return List.of();
		}
		return users.holdingWithin(Privilege.MEMBER_VIEW, access.scope(actor), text, limit);
	}

	/**
	 * The user a form's text names: "name (username)" as a suggestion writes it, a user name, or a
	 * display name only one eligible user bears; null when blank. {@code current}, the person's
	 * liaison now, stays acceptable (someone with a wider scope may have named them). Anything else is
	 * refused at the field.
	 */
	public Long resolve(Actor actor, String typed, Long current) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		Matcher label = LABEL.matcher(text);
		String username = label.matches() ? label.group(1) : text;
		Optional<UserSummary> byName = text.length() > TEXT_MAX ? Optional.empty() : users.findByUsername(username);
		if (byName.isPresent() && (byName.get().id() == (current == null ? -1 : current) || eligible(actor, byName.get().id()))) {
			return byName.get().id();
		}
		List<UserSummary> named = suggest(actor, text, 2).stream().filter(u -> u.displayName().equals(text)).toList();
		if (named.size() == 1) {
			return named.get(0).id();
		}
		throw new Rejection(FIELD, "member.liaison.notEligible", text.length() > 40 ? text.substring(0, 40) + "…" : text);
	}

	/** How a liaison shows in the form's field: as a suggestion fills it in. */
	public Optional<String> label(Long userId) {
		return userId == null ? Optional.empty() : users.find(userId).map(LiaisonPicker::label);
	}

	public static String label(UserSummary user) {
		return user.displayName() + " (" + user.username() + ")";
	}

}
