package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.shared.crypto.PlatformKey;

/**
 * Issue 13's acceptance: "An import of 10,000 rows in the department's older header style, with
 * the official categories and exactly 300 bad rows, brings in exactly 9,700 people through the
 * mapping step or synonyms; the same file again changes nothing."
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OlderHeadersAcceptanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformKey key;

	@Test
	void tenThousandRowsInTheOlderHeaderStyleBringInExactlyTheGoodOnesOnce() throws Exception {
		GeneratedSheet sheet = OlderHeadersSheet.of(10_000, 0.03, 0);
		ImportClient staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
		forgetRememberedMapping();

		int before = imports();
		staff.upload(sheet.xlsx())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.unknownHeaders.length()").value(1))
			.andExpect(jsonPath("$.unknownHeaders[0]").value(OlderHeadersSheet.UNMAPPED));
		assertThat(imports()).isEqualTo(before);

		Map<String, Object> preview = staff.stage(sheet.xlsx(), "{\"" + OlderHeadersSheet.UNMAPPED + "\":\"ignore\"}");
		long id = ImportClient.id(preview);
		assertThat(ImportClient.count(preview, "total")).isEqualTo(10_000);
		assertThat(ImportClient.count(preview, "bad")).isEqualTo(300);
		assertThat(ImportClient.count(preview, "fresh")).isEqualTo(9_700);
		List<String> problems = staff.problems(id);
		Set<String> rowAndColumn = problems.stream().map(p -> p.substring(0, p.indexOf(':', p.indexOf(':') + 1)))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(rowAndColumn).isEqualTo(new TreeSet<>(sheet.badRowsAndColumns()));

		staff.apply(id, "SKIP").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(9_700));
		assertThat(registered(sheet.goodIdNumbers())).isEqualTo(9_700);
		assertThat(registered(sheet.badIdNumbers())).isZero();

		Map<String, Object> again = staff.stage(sheet.xlsx());
		assertThat(ImportClient.count(again, "fresh")).isZero();
		assertThat(ImportClient.count(again, "existing")).isEqualTo(9_700);
		assertThat(ImportClient.count(again, "changedByUpdate")).isZero();
		assertThat(ImportClient.count(again, "changedByFill")).isZero();
		staff.apply(ImportClient.id(again), "UPDATE").andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0));
		assertThat(registered(sheet.goodIdNumbers())).isEqualTo(9_700);
	}

	/** The first upload must meet the mapping step although an earlier run on this database remembered the mapping. */
	private void forgetRememberedMapping() {
		String shape = new HeaderNames(SheetReaderTest.messages()).layout(OlderHeadersSheet.HEADERS).shape();
		jdbc.sql("delete from members_import_mapping where shape_sha256 = :shape").param("shape", shape).update();
	}

	private int imports() {
		return jdbc.sql("select count(*) from members_import").query(Integer.class).single();
	}

	private int registered(List<String> idNumbers) {
		List<String> hashes = idNumbers.stream()
			.map(n -> HexFormat.of().formatHex(key.hmac("lookup:members_person.id_number", n.getBytes(StandardCharsets.UTF_8))))
			.toList();
		return jdbc.sql("select count(*) from members_person where id_number_hash = any(:h)")
			.param("h", hashes.toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

}
