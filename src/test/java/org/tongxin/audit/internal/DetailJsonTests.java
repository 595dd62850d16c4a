package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DetailJsonTests {

	@Test
	void detailIsCompactJsonInTheOrderGiven() {
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("to", "新名");
		detail.put("from", "旧名");

		assertThat(DetailJson.write(detail)).isEqualTo("{\"to\":\"新名\",\"from\":\"旧名\"}");
	}

	@Test
	void quotesBackslashesAndControlCharactersAreEscapedAndReadBack() {
		Map<String, String> detail = new LinkedHashMap<>();
		detail.put("name", "a\"b\\c\nd\u0001<script>");

		String json = DetailJson.write(detail);

		assertThat(json).isEqualTo("{\"name\":\"a\\\"b\\\\c\\nd\\u0001<script>\"}");
		assertThat(DetailJson.read(json)).containsExactlyEntriesOf(detail);
	}

	@Test
	void noDetailIsStoredAsNothing() {
		assertThat(DetailJson.write(Map.of())).isNull();
		assertThat(DetailJson.read(null)).isEmpty();
	}

	@Test
	void textThatIsNotJsonIsShownAsItIs() {
		assertThat(DetailJson.read("tampered")).containsExactly(Map.entry("", "tampered"));
	}

}
