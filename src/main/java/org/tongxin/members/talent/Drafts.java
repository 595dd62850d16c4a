package org.tongxin.members.talent;

/**
 * What callers type (form or API body), every field as text so that a bad value is answered as a
 * {@link org.tongxin.shared.domain.Rejection} naming its field rather than as an unreadable body.
 */
public final class Drafts {

	private Drafts() {
	}

	/** A new tag of the vocabulary: an upper-case code and its names in both languages. */
	public record TagDraft(String code, String nameZh, String nameEn) {
	}

	/** A tag given to a person, with an optional note (why, on whose proposal). */
	public record TagAssignment(String note) {
	}

	/**
	 * A cultivation plan; status ACTIVE, COMPLETED or CANCELLED (empty: ACTIVE). On a change an
	 * absent (null) field keeps its value and the version is required.
	 */
	public record PlanDraft(String title, String goal, String startsOn, String endsOn, String status, Long version) {

		PlanDraft over(PlanDraft base) {
			return new PlanDraft(or(title, base.title), or(goal, base.goal), or(startsOn, base.startsOn),
					or(endsOn, base.endsOn), or(status, base.status), version);
		}

		private static String or(String value, String base) {
			return value != null ? value : base;
		}

	}

	/** One step of a plan: what, by when, and a note. */
	public record StepDraft(String title, String dueOn, String note) {
	}

	/** A step done on a day (empty: today). */
	public record StepDone(String doneOn) {
	}

	/** An elite project: its name and year (e.g. 2026 年度党外精英培养项目, 2026). */
	public record ProjectDraft(String name, String year, String description) {
	}

	/** A person enrolled in a project on a day (empty: today), with a remark. */
	public record EnrolmentDraft(String enrolledOn, String remark) {
	}

}
