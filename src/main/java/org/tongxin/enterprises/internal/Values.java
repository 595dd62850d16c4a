package org.tongxin.enterprises.internal;

import java.time.LocalDate;

import org.tongxin.org.UnitSummary;
import org.tongxin.shared.enterprise.UnifiedSocialCreditCode;

/** Input that passed {@link EnterpriseRules}: trimmed, parsed, empty optional text as null. */
public final class Values {

	private Values() {
	}

	public record Enterprise(String name, UnifiedSocialCreditCode creditCode, UnitSummary unit, String park, String industry,
			String address, Long operatorPersonId, EnterpriseStatus status) {
	}

	/** A contact; {@code phone} in its normal form (Phones.normalise), or null. */
	public record Contact(String name, String title, String phone) {
	}

	/** A measure; the owner is a user ({@code ownerUserId}) or free text ({@code ownerName}), or neither. */
	public record Measure(String text, String ownerName, Long ownerUserId, LocalDate startsOn, LocalDate dueOn,
			MeasureStatus status, String resultNote, LocalDate doneOn) {
	}

}
