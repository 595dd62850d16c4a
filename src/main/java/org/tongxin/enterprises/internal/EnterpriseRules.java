package org.tongxin.enterprises.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.enterprise.UnifiedSocialCreditCode;
import org.tongxin.shared.person.Phones;
import org.tongxin.shared.web.Rejection;
import org.tongxin.shared.web.Rejection.FieldProblem;

/**
 * Checks enterprise, contact and measure input and reports every bad field at once (a form shows
 * them all), without Spring: the credit code by GB 32100 (its own localised reasons), the unit a
 * town or village the actor may see, the operator a visible person of the registry, phones by
 * {@link Phones}, a measure due not before it starts, a done date only for DONE and not in the future.
 */
final class EnterpriseRules {

	private EnterpriseRules() {
	}

	/**
	 * @param unitByCode the unit of a code if it exists, is active and is in the actor's scope
	 * @param operatorVisible whether the actor may see the person of that id
	 */
	static Values.Enterprise enterprise(Drafts.EnterpriseDraft d, Function<String, Optional<UnitSummary>> unitByCode,
			LongPredicate operatorVisible) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = required("name", d.name(), 200, problems);
		UnifiedSocialCreditCode code = null;
		String codeText = text(d.creditCode());
		if (codeText == null) {
			problems.add(new FieldProblem("creditCode", "enterprise.field.required"));
		}
		else {
			Optional<String> problem = UnifiedSocialCreditCode.problem(codeText);
			if (problem.isPresent()) {
				problems.add(new FieldProblem("creditCode", problem.get()));
			}
			else {
				code = UnifiedSocialCreditCode.of(codeText);
			}
		}
		UnitSummary unit = null;
		String unitCode = text(d.unitCode());
		if (unitCode == null) {
			problems.add(new FieldProblem("unitCode", "enterprise.field.required"));
		}
		else {
			unit = unitByCode.apply(unitCode).orElse(null);
			if (unit == null) {
				problems.add(new FieldProblem("unitCode", "enterprise.unit.notFound", unitCode));
			}
			else if (unit.kind() != UnitKind.TOWNSHIP && unit.kind() != UnitKind.VILLAGE) {
				problems.add(new FieldProblem("unitCode", "enterprise.unit.kind", unit.name()));
				unit = null;
			}
		}
		String park = limited("park", d.park(), 100, problems);
		String industry = limited("industry", d.industry(), 100, problems);
		String address = limited("address", d.address(), 300, problems);
		Long operator = null;
		String operatorText = text(d.operatorPersonId());
		if (operatorText != null) {
			try {
				operator = Long.parseLong(operatorText);
			}
			catch (NumberFormatException ex) {
				// answered below, like a person out of scope
			}
			if (operator == null || !operatorVisible.test(operator)) {
				problems.add(new FieldProblem("operatorPersonId", "enterprise.operator.notFound", operatorText));
				operator = null;
			}
		}
		EnterpriseStatus status = EnterpriseStatus.ACTIVE;
		String statusText = text(d.status());
		if (statusText != null) {
			try {
				status = EnterpriseStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("status", "enterprise.status.invalid"));
			}
		}
		done(problems);
		return new Values.Enterprise(name, code, unit, park, industry, address, operator, status);
	}

	static Values.Contact contact(Drafts.ContactDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = required("name", d.name(), 50, problems);
		String title = limited("title", d.title(), 100, problems);
		String phone = text(d.phone());
		if (phone != null) {
			Optional<String> problem = Phones.problem(phone);
			if (problem.isPresent()) {
				problems.add(new FieldProblem("phone", "contact.phone.format"));
			}
			else {
				phone = Phones.normalise(phone);
			}
		}
		done(problems);
		return new Values.Contact(name, title, phone);
	}

	/**
	 * @param ownerUser the id of an enabled user by username, or empty
	 * @param today the office's today (a done date may not be later)
	 */
	static Values.Measure measure(Drafts.MeasureDraft d, Function<String, Optional<Long>> ownerUser, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = required("text", d.text(), 1000, problems);
		String ownerName = limited("owner", d.owner(), 100, problems);
		Long ownerUserId = null;
		String username = text(d.ownerUsername());
		if (username != null) {
			ownerUserId = ownerUser.apply(username).orElse(null);
			if (ownerUserId == null) {
				problems.add(new FieldProblem("ownerUsername", "measure.owner.unknown", username));
			}
			else {
				ownerName = null;
			}
		}
		LocalDate startsOn = date("startsOn", d.startsOn(), problems);
		LocalDate dueOn = date("dueOn", d.dueOn(), problems);
		if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
			problems.add(new FieldProblem("dueOn", "measure.dueBeforeStart"));
		}
		MeasureStatus status = MeasureStatus.PLANNED;
		String statusText = text(d.status());
		if (statusText != null) {
			try {
				status = MeasureStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("status", "measure.status.invalid"));
			}
		}
		String resultNote = limited("resultNote", d.resultNote(), 2000, problems);
		LocalDate doneOn = null;
		if (status == MeasureStatus.DONE) {
			doneOn = text(d.doneOn()) == null ? today : date("doneOn", d.doneOn(), problems);
			if (doneOn != null && doneOn.isAfter(today)) {
				problems.add(new FieldProblem("doneOn", "measure.doneOn.future"));
			}
			if (doneOn != null && startsOn != null && doneOn.isBefore(startsOn)) {
				problems.add(new FieldProblem("doneOn", "measure.doneOn.beforeStart", startsOn.toString()));
			}
		}
		done(problems);
		return new Values.Measure(text, ownerName, ownerUserId, startsOn, dueOn, status, resultNote, doneOn);
	}

	private static LocalDate date(String field, String value, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			problems.add(new FieldProblem(field, "enterprise.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "enterprise.date.invalid", text));
			return null;
		}
	}

	private static String required(String field, String value, int max, List<FieldProblem> problems) {
		String text = limited(field, value, max, problems);
		if (text == null) {
			problems.add(new FieldProblem(field, "enterprise.field.required"));
		}
		return text;
	}

	private static String limited(String field, String value, int max, List<FieldProblem> problems) {
		String text = text(value);
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "enterprise.field.tooLong", String.valueOf(max)));
		}
		return text;
	}

	private static void done(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
