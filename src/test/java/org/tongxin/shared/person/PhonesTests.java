package org.tongxin.shared.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PhonesTests {

	@Test
	void acceptsMobilesWithSpacesAndCountryCode() {
		assertThat(Phones.problem("13812345678")).isEmpty();
		assertThat(Phones.problem("+86 138 1234 5678")).isEmpty();
		assertThat(Phones.normalise("+86 138 1234 5678")).isEqualTo("13812345678");
		assertThat(Phones.normalise(" 19912345678 ")).isEqualTo("19912345678");
	}

	@Test
	void refusesMobilesOutsideTheMainlandRanges() {
		assertThat(Phones.problem("12812345678")).contains("phone.format");
		assertThat(Phones.problem("1381234567")).contains("phone.format");
		assertThat(Phones.problem("138123456789")).contains("phone.format");
		assertThat(Phones.problem("+85291234567")).contains("phone.format");
	}

	@Test
	void acceptsLandlinesWithOrWithoutHyphen() {
		assertThat(Phones.normalise("0833-2345678")).isEqualTo("0833-2345678");
		assertThat(Phones.normalise("08332345678")).isEqualTo("0833-2345678");
		assertThat(Phones.normalise("0833 234 5678")).isEqualTo("0833-2345678");
		assertThat(Phones.normalise("02887654321")).isEqualTo("028-87654321");
		assertThat(Phones.normalise("010-12345678")).isEqualTo("010-12345678");
		assertThat(Phones.normalise("+86 028-87654321")).isEqualTo("028-87654321");
	}

	@Test
	void refusesMalformedLandlinesAndJunk() {
		assertThat(Phones.problem("0833-123456")).contains("phone.format");
		assertThat(Phones.problem("0833-123456789")).contains("phone.format");
		assertThat(Phones.problem("833-2345678")).contains("phone.format");
		assertThat(Phones.problem("0833--2345678")).contains("phone.format");
		assertThat(Phones.problem("abc")).contains("phone.format");
		assertThat(Phones.problem("")).contains("phone.format");
		assertThat(Phones.problem(null)).contains("phone.format");
	}

	@Test
	void normaliseRefusesAnInvalidNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phones.normalise("12345"));
	}

	@Test
	void masksTheMiddleOfAMobile() {
		assertThat(Phones.masked("13812345678")).isEqualTo("138****5678");
		assertThat(Phones.masked("+86 138 1234 5678")).isEqualTo("138****5678");
	}

	@Test
	void masksALandlineExceptAreaCodeAndLastTwoDigits() {
		assertThat(Phones.masked("0833-2345678")).isEqualTo("0833-*****78");
		assertThat(Phones.masked("028-87654321")).isEqualTo("028-******21");
	}

	@Test
	void masksSomethingUnparseableCompletelyRatherThanEchoingIt() {
		assertThat(Phones.masked("12345")).isEqualTo("*****");
		assertThat(Phones.masked(null)).isEmpty();
	}

}
