package org.tongxin.shared.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.tongxin.shared.domain.Rejection;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999: 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd 17th digit for men), and an ISO 7064 MOD 11-2 check character.
 * Instances are always valid and normalised (trimmed, upper-case X). {@link #toString()} is masked
 * so that an instance that slips into a log line or exception message does not leak the number.
 */
public record ChineseIdNumber(String value) {

	static final String FIELD = "idNumber";

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");

	// Province-level codes of GB/T 2260; 71 Taiwan, 81 Hong Kong, 82 Macao (issued to residents there).
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/** Validates and normalises; the canonical constructor, so no invalid instance can exist. */
	public ChineseIdNumber {
		Optional<String> problem = problem(value);
		if (problem.isPresent()) {
			throw new Rejection(FIELD, problem.get());
		}
		value = normalise(value);
	}

	/** Empty when valid, else the message code of the first problem found (format, region, birthDate, checksum). */
	public static Optional<String> problem(String raw) {
		return problem(raw, LocalDate.now());
	}

	/** As {@link #problem(String)} with an explicit "today", for callers that hold a {@code Clock}. */
	public static Optional<String> problem(String raw, LocalDate today) {
		if (raw == null || !FORMAT.matcher(normalise(raw)).matches()) {
			return Optional.of("idNumber.format");
		}
		String id = normalise(raw);
		if (!PROVINCES.contains(id.substring(0, 2))) {
			return Optional.of("idNumber.region");
		}
		LocalDate birth = parseBirthDate(id);
		if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
			return Optional.of("idNumber.birthDate");
		}
		if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
			return Optional.of("idNumber.checksum");
		}
		return Optional.empty();
	}

	/** The normalised number; throws {@code Rejection("idNumber", code)} when invalid. */
	public static ChineseIdNumber of(String raw) {
		return new ChineseIdNumber(raw);
	}

	/**
	 * A valid number for test and demo data. The last digit of {@code sequence3} is adjusted to the
	 * sex (odd for men), so callers can count sequences without caring about parity.
	 */
	public static ChineseIdNumber generate(String regionCode6, LocalDate birthDate, int sequence3, boolean male) {
		if (regionCode6 == null || !regionCode6.matches("\\d{6}")) {
			throw new IllegalArgumentException("region code must be 6 digits");
		}
		if (sequence3 < 0 || sequence3 > 999) {
			throw new IllegalArgumentException("sequence must be 000-999");
		}
		int sequence = sequence3 - (sequence3 % 2) + (male ? 1 : 0);
		String body = regionCode6 + String.format(Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
				birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
		return new ChineseIdNumber(body + checkCharacter(body));
	}

	public LocalDate birthDate() {
		return parseBirthDate(value);
	}

	public boolean matchesBirthDate(LocalDate date) {
		return birthDate().equals(date);
	}

	/** The 17th digit is odd for men, even for women. */
	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	/**
	 * As shown to users without the privilege to see the number: see {@link IdentityMasking} for why
	 * neither the birth date nor the last four characters appear.
	 */
	public String masked() {
		return IdentityMasking.idNumber(value);
	}

	public String lastFour() {
		return value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String normalise(String raw) {
		return raw.trim().toUpperCase(Locale.ROOT);
	}

	private static LocalDate parseBirthDate(String id) {
		try {
			return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	// ISO 7064 MOD 11-2 as specified by GB 11643: weighted sum of the first 17 digits mod 11.
	private static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

}
