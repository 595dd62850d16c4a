package org.tongxin.members.talent;

import java.io.Serializable;

/** The talent pool's page forms, everything as text and checked by {@link TalentRules}. */
public final class TalentForms {

	private TalentForms() {
	}

	/** Giving a person a tag. */
	public static class TagForm {

		private String code;

		private String note;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A new tag of the vocabulary. */
	public static class NewTagForm {

		private String code;

		private String nameZh;

		private String nameEn;

		Drafts.TagDraft toDraft() {
			return new Drafts.TagDraft(code, nameZh, nameEn);
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getNameZh() {
			return nameZh;
		}

		public void setNameZh(String nameZh) {
			this.nameZh = nameZh;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

	}

	/** A plan, new or changed; every field is on the form, so empty means "clear" (never "keep"). */
	public static class PlanForm {

		private String title;

		private String goal;

		private String startsOn;

		private String endsOn;

		private String status;

		private Long version;

		static PlanForm of(TalentViews.Plan p) {
			PlanForm form = new PlanForm();
			form.title = p.title();
			form.goal = p.goal();
			form.startsOn = p.startsOn().toString();
			form.endsOn = p.endsOn().toString();
			form.status = p.status().name();
			form.version = p.version();
			return form;
		}

		Drafts.PlanDraft toDraft() {
			return new Drafts.PlanDraft(text(title), text(goal), text(startsOn), text(endsOn), text(status), version);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getGoal() {
			return goal;
		}

		public void setGoal(String goal) {
			this.goal = goal;
		}

		public String getStartsOn() {
			return startsOn;
		}

		public void setStartsOn(String startsOn) {
			this.startsOn = startsOn;
		}

		public String getEndsOn() {
			return endsOn;
		}

		public void setEndsOn(String endsOn) {
			this.endsOn = endsOn;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** A new step of a plan; kept in the session when refused (a flash attribute), hence serializable. */
	public static class StepForm implements Serializable {

		private static final long serialVersionUID = 1L;

		private String title;

		private String dueOn;

		private String note;

		Drafts.StepDraft toDraft() {
			return new Drafts.StepDraft(title, dueOn, note);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** Marking a step done on a day (empty: today); kept in the session when refused, hence serializable. */
	public static class DoneForm implements Serializable {

		private static final long serialVersionUID = 1L;

		private String doneOn;

		public String getDoneOn() {
			return doneOn;
		}

		public void setDoneOn(String doneOn) {
			this.doneOn = doneOn;
		}

	}

	/** Enrolling a person in a project. */
	public static class EnrolForm {

		private Long projectId;

		private String personId;

		private String enrolledOn;

		private String remark;

		Drafts.EnrolmentDraft toDraft() {
			return new Drafts.EnrolmentDraft(enrolledOn, remark);
		}

		public Long getProjectId() {
			return projectId;
		}

		public void setProjectId(Long projectId) {
			this.projectId = projectId;
		}

		public String getPersonId() {
			return personId;
		}

		public void setPersonId(String personId) {
			this.personId = personId;
		}

		public String getEnrolledOn() {
			return enrolledOn;
		}

		public void setEnrolledOn(String enrolledOn) {
			this.enrolledOn = enrolledOn;
		}

		public String getRemark() {
			return remark;
		}

		public void setRemark(String remark) {
			this.remark = remark;
		}

	}

	/** A new elite project. */
	public static class ProjectForm {

		private String name;

		private String year;

		private String description;

		Drafts.ProjectDraft toDraft() {
			return new Drafts.ProjectDraft(name, year, description);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getYear() {
			return year;
		}

		public void setYear(String year) {
			this.year = year;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
