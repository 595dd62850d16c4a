package org.tongxin.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * Password rules. Defaults follow MLPS 2.0 level 3 (GB/T 22239): at least 8 characters of at
 * least three classes (lower case, upper case, digits, symbols), changed every 90 days. ASVS 5
 * differs: it asks for 12+ characters and no composition rules or periodic change; see
 * docs/security.md for why the default follows MLPS and how to configure the ASVS variant.
 */
public record PasswordPolicy(int minLength, int minCharacterClasses, Duration maxAge) {

	public List<FieldProblem> check(String field, String password, String username) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password == null || password.length() < minLength) {
			problems.add(new FieldProblem(field, "password.tooShort", minLength));
		}
		else if (characterClasses(password) < minCharacterClasses) {
			problems.add(new FieldProblem(field, "password.tooSimple", minCharacterClasses));
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase().contains(username.toLowerCase())) {
			problems.add(new FieldProblem(field, "password.containsUsername"));
		}
		if (password != null && password.length() > 128) {
			problems.add(new FieldProblem(field, "password.tooLong", 128));
		}
		return problems;
	}

	public boolean isExpired(Instant changedAt, Instant now) {
		return !maxAge.isZero() && changedAt.plus(maxAge).isBefore(now);
	}

	static int characterClasses(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
