package org.tongxin.shared.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongxin.shared.domain.Rejection;

/** GB 32100-2015 codes: published codes of real organisations pass; any single change is caught. */
class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350200776049653A", "91350500798359476R", "913502000728319549", "91440101MA5CJQ4N59",
			"91350200MA31E12PXF", " 91350213678251743x " })
	void publishedCodesAreValid(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
		assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code.strip().toUpperCase());
	}

	@ParameterizedTest
	@CsvSource({ "91350200776049653B, creditCode.checksum", "91350200776049654A, creditCode.checksum",
			"81350200776049653A, creditCode.authority", "9135020077604965, creditCode.format",
			"913502007760496S3A, creditCode.format", "91A50200776049653A, creditCode.format", "'', creditCode.format" })
	void badCodesNameTheirProblem(String code, String problem) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains(problem);
	}

	@Test
	void everySingleCharacterChangeIsCaught() {
		String valid = "91350200776049653A";
		String characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		for (int i = 0; i < 18; i++) {
			for (char c : characters.toCharArray()) {
				if (c == valid.charAt(i) || (i >= 2 && i < 8 && !Character.isDigit(c)) || (i == 0 && "159Y".indexOf(c) < 0)) {
					continue;
				}
				String changed = valid.substring(0, i) + c + valid.substring(i + 1);
				assertThat(UnifiedSocialCreditCode.problem(changed)).as(changed).isPresent();
			}
		}
	}

	@Test
	void anInvalidCodeCannotBeMadeAndNamesItsField() {
		assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350200776049653B")).isInstanceOfSatisfying(Rejection.class,
				r -> assertThat(r.problems().get(0).field()).isEqualTo("creditCode"));
		assertThat(UnifiedSocialCreditCode.of("91511112MA62X00018").divisionCode()).isEqualTo("511112");
	}

}
