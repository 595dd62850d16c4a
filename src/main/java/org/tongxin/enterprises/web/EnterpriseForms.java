package org.tongxin.enterprises.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.enterprises.internal.Drafts;
import org.tongxin.enterprises.internal.EnterpriseRegistry;
import org.tongxin.enterprises.internal.Views;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.web.ListFilterForm;

/** The forms of the enterprise pages, as bound from request parameters, and how rejections reach their fields. */
public final class EnterpriseForms {

	private EnterpriseForms() {
	}

	/** The filter bar of the list. */
	public static class Filter extends ListFilterForm {

		private String park;

		private String status;

		EnterpriseRegistry.ListFilter toFilter() {
			return new EnterpriseRegistry.ListFilter(getQ(), getUnit(), park, status);
		}

		String listUrl() {
			return listUrl("/enterprises", false);
		}

		@Override
		protected void addFilters(UriComponentsBuilder url) {
			param(url, "park", park);
			param(url, "status", status);
		}

		public String getPark() {
			return park;
		}

		public void setPark(String park) {
			this.park = park;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

	}

	/** The enterprise form, new and edit. */
	public static class Enterprise {

		private String name;

		private String creditCode;

		private String unitCode;

		private String park;

		private String industry;

		private String address;

		private String operatorPersonId;

		private String status = "ACTIVE";

		private Long version;

		static Enterprise of(Views.Enterprise e) {
			Enterprise form = new Enterprise();
			form.name = e.name();
			form.creditCode = e.creditCode();
			form.unitCode = e.unitCode() == null ? null : UnitPicker.label(e.unitCode(), e.unitName());
			form.park = e.park();
			form.industry = e.industry();
			form.address = e.address();
			form.operatorPersonId = e.operatorPersonId() == null ? "" : e.operatorPersonId().toString();
			form.status = e.status().name();
			form.version = e.version();
			return form;
		}

		/** Every field as typed: an empty one clears the stored value. */
		Drafts.EnterpriseDraft toDraft() {
			return new Drafts.EnterpriseDraft(nz(name), nz(creditCode), nz(unitCode), nz(park), nz(industry), nz(address),
					nz(operatorPersonId), nz(status), version);
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getCreditCode() { return creditCode; }
		public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
		public String getUnitCode() { return unitCode; }
		public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
		public String getPark() { return park; }
		public void setPark(String park) { this.park = park; }
		public String getIndustry() { return industry; }
		public void setIndustry(String industry) { this.industry = industry; }
		public String getAddress() { return address; }
		public void setAddress(String address) { this.address = address; }
		public String getOperatorPersonId() { return operatorPersonId; }
		public void setOperatorPersonId(String operatorPersonId) { this.operatorPersonId = operatorPersonId; }
		public String getStatus() { return status; }
		public void setStatus(String status) { this.status = status; }
		public Long getVersion() { return version; }
		public void setVersion(Long version) { this.version = version; }

	}

	/** A contact person. */
	public static class Contact {

		private String name;

		private String title;

		private String phone;

		Drafts.ContactDraft toDraft() {
			return new Drafts.ContactDraft(name, title, phone);
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }

	}

	/** A measure of the service plan, add and edit. */
	public static class Measure {

		private String text;

		private String owner;

		private String ownerUsername;

		private String startsOn;

		private String dueOn;

		private String status = "PLANNED";

		private String resultNote;

		private String doneOn;

		private Long version;

		static Measure of(Views.Measure m) {
			Measure form = new Measure();
			form.text = m.text();
			form.owner = m.ownerUserId() == null ? m.owner() : "";
			form.ownerUsername = m.ownerUsername();
			form.startsOn = m.startsOn().toString();
			form.dueOn = m.dueOn().toString();
			form.status = m.status().name();
			form.resultNote = m.resultNote();
			form.doneOn = m.doneOn() == null ? "" : m.doneOn().toString();
			form.version = m.version();
			return form;
		}

		Drafts.MeasureDraft toDraft() {
			return new Drafts.MeasureDraft(nz(text), nz(owner), nz(ownerUsername), nz(startsOn), nz(dueOn), nz(status),
					nz(resultNote), nz(doneOn), version);
		}

		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public String getOwner() { return owner; }
		public void setOwner(String owner) { this.owner = owner; }
		public String getOwnerUsername() { return ownerUsername; }
		public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
		public String getStartsOn() { return startsOn; }
		public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
		public String getDueOn() { return dueOn; }
		public void setDueOn(String dueOn) { this.dueOn = dueOn; }
		public String getStatus() { return status; }
		public void setStatus(String status) { this.status = status; }
		public String getResultNote() { return resultNote; }
		public void setResultNote(String resultNote) { this.resultNote = resultNote; }
		public String getDoneOn() { return doneOn; }
		public void setDoneOn(String doneOn) { this.doneOn = doneOn; }
		public Long getVersion() { return version; }
		public void setVersion(Long version) { this.version = version; }

	}

	/** A form field left out of the request is empty, so that a form change clears rather than keeps. */
	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
