package org.tongxin.members.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The talent pool as pages and the API show it. */
public final class TalentViews {

	private TalentViews() {
	}

	/** A tag of the vocabulary; {@code people}: how many people in the caller's scope hold it (null where not counted). */
	public record Tag(String code, String nameZh, String nameEn, boolean active, int sortOrder, Long people) {

		/** The name in the page's language (Chinese unless English was asked for). */
		public String name(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	/** A tag a person holds: who gave it, when, and why. */
	public record PersonTag(String code, String nameZh, String nameEn, boolean active, Instant taggedAt,
			String taggedByName, String note) {

		public String name(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	/** A step of a plan; overdue when it is not done and its day has passed. */
	public record Step(long id, long planId, int position, String title, LocalDate dueOn, LocalDate doneOn, String note,
			boolean overdue) {

		public boolean done() {
			return doneOn != null;
		}

	}

	/** A cultivation plan with its steps in order; {@code unitName} only where a list names it. */
	public record Plan(long id, long personId, String personName, String unitName, String title, String goal,
			LocalDate startsOn, LocalDate endsOn, PlanStatus status, long version, List<Step> steps) {

		public long overdueSteps() {
			return steps.stream().filter(Step::overdue).count();
		}

		public long doneSteps() {
			return steps.stream().filter(Step::done).count();
		}

		Plan withUnit(String unit) {
			return new Plan(id, personId, personName, unit, title, goal, startsOn, endsOn, status, version, steps);
		}

	}

	/** Someone enrolled in an elite project. */
	public record Enrolment(long projectId, long personId, String personName, String unitName, LocalDate enrolledOn,
			String remark) {
	}

	/** An elite project with the people in the caller's scope who are enrolled. */
	public record Project(long id, String name, int year, String description, List<Enrolment> enrolled) {
	}

	/** A project as one person's section shows it: enrolled or not. */
	public record PersonProject(long id, String name, int year, Enrolment enrolment) {

		public boolean enrolled() {
			return enrolment != null;
		}

	}

	/** A person's talent section: the whole tag vocabulary with what the person holds, plans, projects. */
	public record PersonTalent(long personId, String personName, List<PersonTag> tags, List<Tag> otherTags,
			List<Plan> plans, List<PersonProject> projects) {

		public List<PersonProject> enrolledProjects() {
			return projects.stream().filter(PersonProject::enrolled).toList();
		}

		public List<PersonProject> openProjects() {
			return projects.stream().filter(p -> !p.enrolled()).toList();
		}

	}

}
