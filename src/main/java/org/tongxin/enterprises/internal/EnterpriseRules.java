package org.tongxin.enterprises.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.enterprise.UnifiedSocialCreditCode;
import org.tongxin.shared.person.Phones;
import org.tongxin.shared.web.FieldProblems;

/**
 * Checks enterprise, contact and measure input and reports every bad field at once (a form shows
 * them all), without Spring: the credit code by GB 32100 (its own localised reasons), the unit a
 * town or village the actor may see, the operator a visible person of the registry, phones by
 * {@link Phones}, a measure due not before it starts, a done date only for DONE and not in the future.
 */
public final class EnterpriseRules {

	private EnterpriseRules() {
	}

	/**
	 * @param unitByCode the unit typed (name or code) if it exists, is active and is in the actor's scope;
	 * it may refuse with its own reason
	 * @param operatorVisible whether the actor may see the person of that id
	 */
	public static Values.Enterprise enterprise(Drafts.EnterpriseDraft d, Function<String, Optional<UnitSummary>> unitByCode,
			LongPredicate operatorVisible) {
		FieldProblems problems = new FieldProblems("enterprise");
		String name = problems.required("name", d.name(), 200);
		UnifiedSocialCreditCode code = null;
		String codeText = FieldProblems.text(d.creditCode());
		if (codeText == null) {
			problems.add("creditCode", "enterprise.field.required");
		}
		else {
			Optional<String> problem = UnifiedSocialCreditCode.problem(codeText);
			if (problem.isPresent()) {
				problems.add("creditCode", problem.get());
			}
			else {
				code = UnifiedSocialCreditCode.of(codeText);
			}
		}
		UnitSummary unit = null;
		String unitCode = FieldProblems.text(d.unitCode());
		if (unitCode == null) {
			problems.add("unitCode", "enterprise.field.required");
		}
		else {
			// the unit picker refuses with its own reason (not found, or a name several units bear)
			Optional<UnitSummary> found = problems.collect(() -> unitByCode.apply(unitCode));
			unit = found == null ? null : found.orElse(null);
			if (found != null && unit == null) {
				problems.add("unitCode", "enterprise.unit.notFound", unitCode);
			}
			else if (unit != null && unit.kind() != UnitKind.TOWNSHIP && unit.kind() != UnitKind.VILLAGE) {
				problems.add("unitCode", "enterprise.unit.kind", unit.name());
				unit = null;
			}
		}
		String park = problems.limited("park", d.park(), 100);
		String industry = problems.limited("industry", d.industry(), 100);
		String address = problems.limited("address", d.address(), 300);
		Long operator = null;
		String operatorText = FieldProblems.text(d.operatorPersonId());
		if (operatorText != null) {
			try {
				operator = Long.parseLong(operatorText);
			}
			catch (NumberFormatException ex) {
				// answered below, like a person out of scope
			}
			if (operator == null || !operatorVisible.test(operator)) {
				problems.add("operatorPersonId", "enterprise.operator.notFound", operatorText);
				operator = null;
			}
		}
		EnterpriseStatus status = EnterpriseStatus.ACTIVE;
		String statusText = FieldProblems.text(d.status());
		if (statusText != null) {
			try {
				status = EnterpriseStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("status", "enterprise.status.invalid");
			}
		}
		problems.done();
		return new Values.Enterprise(name, code, unit, park, industry, address, operator, status);
	}

	public static Values.Contact contact(Drafts.ContactDraft d) {
		FieldProblems problems = new FieldProblems("enterprise");
		String name = problems.required("name", d.name(), 50);
		String title = problems.limited("title", d.title(), 100);
		String phone = FieldProblems.text(d.phone());
		if (phone != null) {
			Optional<String> problem = Phones.problem(phone);
			if (problem.isPresent()) {
				problems.add("phone", "contact.phone.format");
			}
			else {
				phone = Phones.normalise(phone);
			}
		}
		problems.done();
		return new Values.Contact(name, title, phone);
	}

	/**
	 * @param ownerUser the id of an enabled user by username, or empty
	 * @param today the office's today (a done date may not be later)
	 */
	public static Values.Measure measure(Drafts.MeasureDraft d, Function<String, Optional<Long>> ownerUser, LocalDate today) {
		FieldProblems problems = new FieldProblems("enterprise");
		String text = problems.required("text", d.text(), 1000);
		String ownerName = problems.limited("owner", d.owner(), 100);
		Long ownerUserId = null;
		String username = FieldProblems.text(d.ownerUsername());
		if (username != null) {
			ownerUserId = ownerUser.apply(username).orElse(null);
			if (ownerUserId == null) {
				problems.add("ownerUsername", "measure.owner.unknown", username);
			}
			else {
				ownerName = null;
			}
		}
		LocalDate startsOn = problems.date("startsOn", d.startsOn());
		LocalDate dueOn = problems.date("dueOn", d.dueOn());
		if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
			problems.add("dueOn", "measure.dueBeforeStart");
		}
		MeasureStatus status = MeasureStatus.PLANNED;
		String statusText = FieldProblems.text(d.status());
		if (statusText != null) {
			try {
				status = MeasureStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("status", "measure.status.invalid");
			}
		}
		String resultNote = problems.limited("resultNote", d.resultNote(), 2000);
		LocalDate doneOn = null;
		if (status == MeasureStatus.DONE) {
			doneOn = FieldProblems.text(d.doneOn()) == null ? today : problems.date("doneOn", d.doneOn());
			if (doneOn != null && doneOn.isAfter(today)) {
				problems.add("doneOn", "measure.doneOn.future");
			}
			if (doneOn != null && startsOn != null && doneOn.isBefore(startsOn)) {
				problems.add("doneOn", "measure.doneOn.beforeStart", startsOn.toString());
			}
		}
		problems.done();
		return new Values.Measure(text, ownerName, ownerUserId, startsOn, dueOn, status, resultNote, doneOn);
	}

}
