package org.tongxin.shared.enterprise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tongxin.shared.domain.Rejection;

/**
 * An organisation's unified social credit code (统一社会信用代码) per GB 32100-2015: registration
 * authority (1 机构编制, 5 民政, 9 工商 (market regulation), Y other), organisation category, the
 * 6-digit division code of the registering authority, the 9-character organisation identifier,
 * and a MOD 31 check character. The character set leaves out I, O, S, V and Z. Instances are
 * always valid and normalised (trimmed, upper case); enterprises of the service stations carry one.
 */
public record UnifiedSocialCreditCode(String value) {

	static final String FIELD = "creditCode";

	/** The 31 characters in the order of their values 0–30. */
	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private static final String AUTHORITIES = "159Y";

	/** Validates and normalises; no invalid instance can exist. */
	public UnifiedSocialCreditCode {
		Optional<String> problem = problem(value);
		if (problem.isPresent()) {
			throw new Rejection(FIELD, problem.get());
		}
		value = normalise(value);
	}

	/** Empty when valid, else the message code of the first problem (format, authority, checksum). */
	public static Optional<String> problem(String raw) {
		String code = raw == null ? "" : normalise(raw);
		if (!FORMAT.matcher(code).matches()) {
			return Optional.of("creditCode.format");
		}
		if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
			return Optional.of("creditCode.authority");
		}
		if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
			return Optional.of("creditCode.checksum");
		}
		return Optional.empty();
	}

	public static UnifiedSocialCreditCode of(String raw) {
		return new UnifiedSocialCreditCode(raw);
	}

	/** The division code of the registering authority (digits 3–8), e.g. 511112 for 五通桥区. */
	public String divisionCode() {
		return value.substring(2, 8);
	}

	/** The check character for the first 17 characters: 31 − (Σ value×weight mod 31), 31 read as 0. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	private static String normalise(String raw) {
		return raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
