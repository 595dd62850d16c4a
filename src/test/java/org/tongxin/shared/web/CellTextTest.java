package org.tongxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=" })
	void aValueThatASpreadsheetWouldRunGetsAnApostrophe(String value) {
		assertThat(CellText.safe(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "竹根镇卫生院", "a=b", " =1", "1+1", "'quoted", "13800001111" })
	void anyOtherValueStaysAsItIs(String value) {
		assertThat(CellText.safe(value)).isEqualTo(value);
	}

	@Test
	void emptyAndMissingStayEmpty() {
		assertThat(CellText.safe("")).isEmpty();
		assertThat(CellText.safe(null)).isNull();
	}

}
