package org.tongxin.shared.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportAmountsTest {

	@Test
	void amountsReadAsReportsWriteThem() {
		assertThat(ReportAmounts.format(new BigDecimal("5031800000.00"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("50.32亿元");
		assertThat(ReportAmounts.format(new BigDecimal("5000000000"), Locale.CHINESE)).isEqualTo("50亿元");
		assertThat(ReportAmounts.format(new BigDecimal("12345000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,234.5万元");
		assertThat(ReportAmounts.format(new BigDecimal("1750000.75"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("175万元");
		assertThat(ReportAmounts.format(new BigDecimal("8500.50"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("8,500.5元");
		assertThat(ReportAmounts.format(BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE)).isEqualTo("0元");
		assertThat(ReportAmounts.format(null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("—");
	}

	@Test
	void englishReadsBillionsAndMillions() {
		assertThat(ReportAmounts.format(new BigDecimal("5031800000.00"), Locale.ENGLISH)).isEqualTo("5.03 billion yuan");
		assertThat(ReportAmounts.format(new BigDecimal("12345000"), Locale.ENGLISH)).isEqualTo("12.35 million yuan");
		assertThat(ReportAmounts.format(new BigDecimal("8500"), Locale.ENGLISH)).isEqualTo("8,500 yuan");
	}

	@Test
	void halfwayRoundsUp() {
		assertThat(ReportAmounts.format(new BigDecimal("100500000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1.01亿元");
		assertThat(ReportAmounts.format(new BigDecimal("12345"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1.23万元");
	}

}
