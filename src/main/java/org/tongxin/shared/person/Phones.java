package org.tongxin.shared.person;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mainland phone numbers as members give them: mobiles ({@code 13812345678}) and landlines with
 * area code ({@code 0833-2345678}). Spaces and a leading +86 are tolerated on input; the normal
 * form is 11 digits for a mobile and {@code area-number} for a landline, so that the keyed hash
 * used for de-duplication sees one spelling per number.
 */
public final class Phones {

	public static final String FORMAT_CODE = "phone.format";

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})(-?)(\\d{7,8})");

	private Phones() {
	}

	/** Empty when the number is a valid mobile or landline, else {@code phone.format}. */
	public static Optional<String> problem(String raw) {
		return split(raw) == null ? Optional.of(FORMAT_CODE) : Optional.empty();
	}

	/** The normal form; throws {@link IllegalArgumentException} when invalid (check {@link #problem} first). */
	public static String normalise(String raw) {
		String[] parts = split(raw);
		if (parts == null) {
			throw new IllegalArgumentException("not a phone number");
		}
		return parts[0].isEmpty() ? parts[1] : parts[0] + "-" + parts[1];
	}

	/**
	 * Mobile: first 3 and last 4 digits ({@code 138****5678}); landline: area code and last 2
	 * digits ({@code 0833-*****78}). Anything unparseable is masked entirely rather than echoed.
	 */
	public static String masked(String phone) {
		String[] parts = split(phone);
		if (parts == null) {
			return phone == null ? "" : "*".repeat(phone.strip().length());
		}
		if (parts[0].isEmpty()) {
			return parts[1].substring(0, 3) + "****" + parts[1].substring(7);
		}
		String number = parts[1];
		return parts[0] + "-" + "*".repeat(number.length() - 2) + number.substring(number.length() - 2);
	}

	/** {area code or "", number}, or null when invalid. */
	private static String[] split(String raw) {
		if (raw == null) {
			return null;
		}
		String compact = raw.replaceAll("[\\s\\u3000]", "");
		if (compact.startsWith("+86")) {
			compact = compact.substring(3);
		}
		if (MOBILE.matcher(compact).matches()) {
			return new String[] { "", compact };
		}
		Matcher landline = LANDLINE.matcher(compact);
		if (!landline.matches()) {
			return null;
		}
		if (!landline.group(2).isEmpty()) {
			return new String[] { landline.group(1), landline.group(3) };
		}
		// Without a hyphen the split is ambiguous; GB area codes are 010 and 02x (3 digits), else 4 digits.
		String digits = compact;
		int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
		String number = digits.substring(areaLength);
		if (number.length() < 7 || number.length() > 8) {
			return null;
		}
		return new String[] { digits.substring(0, areaLength), number };
	}

}
