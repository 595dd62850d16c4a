package org.tongxin.shared.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

class ChineseIdNumberTests {

	// The sample published with GB 11643-1999.
	private static final String SAMPLE = "11010519491231002X";

	@Test
	void acceptsThePublishedSample() {
		assertThat(ChineseIdNumber.problem(SAMPLE)).isEmpty();
	}

	@Test
	void acceptsALowerCaseXAndSurroundingSpacesAndNormalisesThem() {
		assertThat(ChineseIdNumber.problem(" 11010519491231002x ")).isEmpty();
		assertThat(ChineseIdNumber.of(" 11010519491231002x ").value()).isEqualTo(SAMPLE);
	}

	@Test
	void reportsAWrongCheckCharacter() {
		assertThat(ChineseIdNumber.problem("110105194912310021")).contains("idNumber.checksum");
	}

	@Test
	void reportsWrongLengthLettersAndMisplacedXAsFormat() {
		assertThat(ChineseIdNumber.problem(null)).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("")).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("1101051949123100")).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("11010519491231002X1")).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("1101051949123100X2")).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("11010519491231002Y")).contains("idNumber.format");
		assertThat(ChineseIdNumber.problem("110105 19491231002X")).contains("idNumber.format");
	}

	@Test
	void reportsAnUnknownProvinceAsRegion() {
		for (String province : new String[] { "00", "10", "16", "20", "24", "38", "47", "55", "66", "72", "83", "91" }) {
			assertThat(ChineseIdNumber.problem(province + SAMPLE.substring(2))).as(province).contains("idNumber.region");
		}
	}

	@Test
	void reportsImpossibleFutureAndTooEarlyBirthDates() {
		LocalDate today = LocalDate.of(2025, 6, 1);
		assertThat(ChineseIdNumber.problem("110105194902300021", today)).contains("idNumber.birthDate");
		assertThat(ChineseIdNumber.problem("110105194913010021", today)).contains("idNumber.birthDate");
		assertThat(ChineseIdNumber.problem("110105189912310021", today)).contains("idNumber.birthDate");
		String tomorrow = ChineseIdNumber.generate("110105", today.plusDays(1), 1, true).value();
		assertThat(ChineseIdNumber.problem(tomorrow, today)).contains("idNumber.birthDate");
		assertThat(ChineseIdNumber.problem(tomorrow, today.plusDays(1))).isEmpty();
	}

	@Test
	void acceptsTheEarliestBirthDateAndLeapDays() {
		assertThat(ChineseIdNumber.generate("511112", LocalDate.of(1900, 1, 1), 5, true).birthDate())
			.isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(ChineseIdNumber.generate("511112", LocalDate.of(2000, 2, 29), 5, true).birthDate())
			.isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void refusesAnInvalidNumberWithARejectionOnTheIdNumberField() {
		assertThatThrownBy(() -> ChineseIdNumber.of("110105194912310021")).isInstanceOfSatisfying(Rejection.class,
				rejection -> {
					assertThat(rejection.problems()).hasSize(1);
					assertThat(rejection.problems().get(0).field()).isEqualTo("idNumber");
					assertThat(rejection.problems().get(0).code()).isEqualTo("idNumber.checksum");
				});
		assertThatThrownBy(() -> new ChineseIdNumber("abc")).isInstanceOf(Rejection.class);
	}

	@Test
	void readsBirthDateAndSexFromTheNumber() {
		ChineseIdNumber id = ChineseIdNumber.of(SAMPLE);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.matchesBirthDate(LocalDate.of(1949, 12, 31))).isTrue();
		assertThat(id.matchesBirthDate(LocalDate.of(1949, 12, 30))).isFalse();
		assertThat(id.male()).isFalse();
	}

	@Test
	void masksAllButTheFirstAndLastFourCharacters() {
		ChineseIdNumber id = ChineseIdNumber.of(SAMPLE);
		assertThat(id.masked()).isEqualTo("1101**************");
		assertThat(id.lastFour()).isEqualTo("002X");
	}

	@Test
	void neverPrintsTheFullNumberWhenLogged() {
		ChineseIdNumber id = ChineseIdNumber.of(SAMPLE);
		assertThat(id.toString()).doesNotContain(SAMPLE).isEqualTo(id.masked());
	}

	@Test
	void generatedNumbersAreValidAndCarryTheirBirthDateAndSex() {
		Random random = new Random(42);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
			boolean male = random.nextBoolean();
			int sequence = random.nextInt(1000);
			ChineseIdNumber id = ChineseIdNumber.generate("511112", birth, sequence, male);
			assertThat(ChineseIdNumber.problem(id.value())).as(id.value()).isEmpty();
			assertThat(id.value()).startsWith("511112");
			assertThat(id.birthDate()).isEqualTo(birth);
			assertThat(id.male()).isEqualTo(male);
			seen.add(id.value().substring(17));
		}
		assertThat(seen).as("every check character occurs").hasSize(11);
	}

	@Test
	void generateKeepsTheSequenceWithinRangeWhenAdjustingParity() {
		assertThat(ChineseIdNumber.generate("511112", LocalDate.of(1980, 1, 1), 999, false).value().substring(14, 17))
			.isEqualTo("998");
		assertThat(ChineseIdNumber.generate("511112", LocalDate.of(1980, 1, 1), 0, true).value().substring(14, 17))
			.isEqualTo("001");
	}

	@Test
	void generateRefusesBadArguments() {
		LocalDate birth = LocalDate.of(1980, 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdNumber.generate("51111", birth, 1, true));
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdNumber.generate("511112", birth, 1000, true));
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdNumber.generate("511112", birth, -1, true));
	}

}
