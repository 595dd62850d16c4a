package org.tongxin.shared.person;

import java.time.LocalDate;

/**
 * What a viewer without the privilege to see identity numbers may read of one: the one masking
 * policy of ID numbers and birth dates, for every list, detail, export, history and form.
 * <p>
 * Why so little: an ID number is a 6-digit region, the 8-digit birth date, 3 sequence digits and a
 * computable check character, and the region is usually the viewer's own district. Four digits and
 * the last four (the old mask) beside a birth date in clear left two unknown digits, so every
 * number could be rebuilt. A masked viewer therefore reads the first four digits (province and
 * city), the birth year (never month or day) and the sex (the 17th digit's parity): about 365 days
 * times 500 sequences, some 180,000 numbers per person, fit what they can combine. Filters and
 * sorting follow the same rule (whole years only), or a bisection by day would give the date back.
 */
public final class IdentityMasking {

	/** Characters shown before the mask: province and city, the same for a whole district. */
	static final int SHOWN_PREFIX = 4;

	private IdentityMasking() {
	}

	/** The mask of a normalised number: its first four characters, then asterisks to 18 characters. */
	public static String idNumber(String normalised) {
		if (normalised == null) {
			return null;
		}
		return normalised.substring(0, SHOWN_PREFIX) + "*".repeat(18 - SHOWN_PREFIX);
	}

	/** The birth date as a masked viewer sees it: null (the year goes in a field of its own). */
	public static LocalDate birthDate(LocalDate date, boolean unmasked) {
		return unmasked ? date : null;
	}

	/** The birth year, which everyone who may see the person may read. */
	public static Integer birthYear(LocalDate date) {
		return date == null ? null : date.getYear();
	}

	/**
	 * A birth date written as text (ISO, as the change history keeps it), shown: the whole date
	 * when unmasked, else only its year. Text that is not a date is shown as it is only when
	 * unmasked, since it may be anything.
	 */
	public static String birthDateText(String iso, boolean unmasked) {
		if (unmasked || iso == null || iso.isEmpty()) {
			return iso;
		}
		return iso.length() >= 4 && iso.substring(0, 4).chars().allMatch(Character::isDigit) ? iso.substring(0, 4) : "***";
	}

}
