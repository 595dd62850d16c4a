package org.tongxin.org;

import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Every unit field of every page: what a user types (竹根镇, 511112100, or "竹根镇 (511112100)" as a
 * suggestion fills it) becomes one unit within the field's {@link Reach}, or a
 * {@link org.tongxin.shared.domain.Rejection} on the field that says what to do. The suggestions
 * while typing come from the same rule ({@code GET /units/suggest}, fragment
 * {@code fragments/unit-picker}), so a unit offered is a unit accepted.
 */
public interface UnitPicker {

	/** The longest text worth looking up: a name (200) and its code (32) as a suggestion writes them. */
	int MAX_TEXT = 240;

	/** Which units a field offers. */
	enum Reach {

		/** The units the actor may see (filters, a record's own unit). */
		SCOPE,

		/**
		 * Where the actor may send work: the units of the scope, the district (the department) and the
		 * functional units (district departments, parks, chambers…), to which a matter is handed on.
		 * Another town and its villages are out of reach: a town officer assigns within the town or
		 * hands a matter up to the district's departments, never to a neighbouring town. An actor who
		 * sees everything (the department) reaches everything.
		 */
		HANDLING;

		/** The reach named in a request ({@code handling}); anything else is the scope. */
		public static Reach parse(String text) {
			return "handling".equalsIgnoreCase(text == null ? "" : text.strip()) ? HANDLING : SCOPE;
		}

	}

	/** Active units within reach whose name or code contains the text, shallowest first. */
	List<UnitSummary> suggest(Actor actor, Reach reach, String text, int limit);

	/**
	 * The unit typed into a field: empty when nothing was typed; otherwise the one active unit within
	 * reach whose code or exact name it is (or the "name (code)" of a suggestion).
	 * @param field the form field, named by the rejection
	 * @param labelCode the message code of the field's label, named in the reason
	 * @throws org.tongxin.shared.domain.Rejection {@code unit.pick.unknown} when no unit within
	 * reach matches (one that exists outside it gets the same answer), {@code unit.pick.ambiguous}
	 * when several do (a village name found in two towns): pick from the list
	 */
	Optional<UnitSummary> pick(Actor actor, Reach reach, String field, String labelCode, String typed);

	/** As {@link #pick}, and empty is refused too ({@code unit.pick.required}). */
	default UnitSummary require(Actor actor, Reach reach, String field, String labelCode, String typed) {
		return pick(actor, reach, field, labelCode, typed).orElseThrow(
				() -> refusal(field, "unit.pick.required", labelCode));
	}

	/**
	 * A refusal of a unit field whose reason names the field: the first argument of the message is
	 * the field's label, resolved in the reader's language when the message is.
	 */
	static Rejection refusal(String field, String code, String labelCode, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = new DefaultMessageSourceResolvable(new String[] { labelCode }, labelCode);
		System.arraycopy(more, 0, args, 1, more.length);
		return new Rejection(field, code, args);
	}

	/**
	 * For the figures APIs, whose answer to a unit that is not there (or not visible) has always been
	 * 404: that refusal as a {@link NotFoundException}; any other (an ambiguous name) as it is.
	 */
	static RuntimeException notFoundWhenUnknown(Rejection rejection) {
		boolean unknown = rejection.problems().stream().anyMatch(p -> "unit.pick.unknown".equals(p.code()));
		return unknown ? new NotFoundException("unit", rejection.problems().get(0).field()) : rejection;
	}

	/** How a unit shows in a field: its name and, in brackets, its code (what a suggestion fills in). */
	static String label(UnitSummary unit) {
		return unit == null ? "" : label(unit.code(), unit.name());
	}

	static String label(String code, String name) {
		return name + " (" + code + ")";
	}

}
