package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.shared.crypto.PlatformKey;

/**
 * The import through the API: a sheet of good and bad rows previewed row by row, exactly the
 * good rows written on confirmation, the same file again changing nothing, the three modes for
 * people already registered, and the registry untouched until confirmation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberImportTests {

	static final String VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformKey key;

	private ImportClient staff;

	@BeforeEach
	void signIn() throws Exception {
		staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
	}

	@Test
	void previewNamesEveryBadRowAndConfirmationWritesExactlyTheGoodOnes() throws Exception {
		int base = 100;
		String good1 = idNumber(base).value();
		String good2 = idNumber(base + 1).value();
		String wrongCheck = idNumber(base + 2).value().substring(0, 17) + (idNumber(base + 2).value().endsWith("0") ? "1" : "0");
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("导入甲", VILLAGE, good1, "13800000001", "民主党派成员、党外知识分子"));
		List<Object> second = new ArrayList<>(row("导入乙", "黄桷井社区", good2, null, null));
		second.set(1, idNumber(base + 1).male() ? "男" : "女");
		second.set(2, idNumber(base + 1).birthDate());
		rows.add(second);
		rows.add(row("导入丙", VILLAGE, wrongCheck, null, null));
		rows.add(row("导入丁", VILLAGE, idNumber(base + 3).value(), "12345", null));
		rows.add(row("导入戊", "999999999999", idNumber(base + 4).value(), null, null));
		rows.add(row("导入己", VILLAGE, idNumber(base + 5).value(), null, "外星人"));
		List<Object> formula = new ArrayList<>(row("导入庚", VILLAGE, idNumber(base + 6).value(), null, null));
		formula.set(13, new ImportSheets.Formula("HYPERLINK(\"http://example.com\")"));
		rows.add(formula);
		rows.add(row("导入辛", VILLAGE, null, null, null));
		rows.get(7).set(4, ImportSheets.number(idNumber(base + 7).value().substring(0, 17) + "0"));
		rows.add(row("导入壬", VILLAGE, good1, null, null));
		rows.add(row(null, VILLAGE, idNumber(base + 9).value(), null, null));
		byte[] file = workbook(HEADERS, rows);

		Map<String, Object> preview = staff.stage(file);
		long id = ImportClient.id(preview);
		assertThat(staff.problems(id)).containsExactly(
				"4:idNumber:" + zh("member.idNumber.checksum"),
				"5:phone:" + zh("member.phone.format"),
				"6:unit:" + zh("member.unit.notFound", "999999999999"),
				"7:categories:" + zh("member.category.invalid", "外星人"),
				"8:expertise:" + zh("member.import.cell.formula"),
				"9:idNumber:" + zh("member.import.idNumber.numeric"),
				"10:idNumber:" + zh("member.import.duplicateInFile", 2),
				"11:name:" + zh("member.name.required"));
		assertThat(ImportClient.count(preview, "total")).isEqualTo(10);
		assertThat(ImportClient.count(preview, "fresh")).isEqualTo(2);
		assertThat(ImportClient.count(preview, "bad")).isEqualTo(8);
		assertThat(registered(good1, good2)).as("nothing is written before confirmation").isZero();

		staff.apply(id, "SKIP").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));
		assertThat(registered(good1, good2)).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from members_person_category c join members_person p on p.id = c.person_id"
				+ " where p.id_number_hash = :h").param("h", hash(good1)).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from members_person where name in ('导入丙','导入丁','导入戊','导入己','导入庚','导入辛')"
				+ " and unit_path like '%' and id_number_hash in (:h)").param("h", List.of(hash(idNumber(base + 3).value()),
						hash(idNumber(base + 4).value()), hash(idNumber(base + 5).value()), hash(idNumber(base + 6).value())))
			.query(Integer.class).single()).as("no bad row was written").isZero();
		String updatedBefore = updatedAt(good1);

		Map<String, Object> again = staff.stage(file);
		assertThat(ImportClient.count(again, "fresh")).isZero();
		assertThat(ImportClient.count(again, "existing")).isEqualTo(2);
		assertThat(ImportClient.count(again, "changedByUpdate")).isZero();
		assertThat(ImportClient.count(again, "changedByFill")).isZero();
		staff.apply(ImportClient.id(again), "UPDATE").andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0));
		assertThat(registered(good1, good2)).isEqualTo(2);
		assertThat(updatedAt(good1)).as("re-importing the same file changes nothing").isEqualTo(updatedBefore);
	}

	@Test
	void updateReplacesGivenValuesAndFillEmptyOnlyFillsBlanks() throws Exception {
		String id = idNumber(300).value();
		List<Object> first = new ArrayList<>(row("模式测试", VILLAGE, id, null, null));
		first.set(11, "旧单位");
		staff.apply(ImportClient.id(staff.stage(workbook(HEADERS, List.of(first)))), "SKIP").andExpect(status().isOk());

		List<Object> later = new ArrayList<>(row("模式测试", VILLAGE, id, "13900000300", null));
		later.set(11, "新单位");
		byte[] file = workbook(HEADERS, List.of(later));
		Map<String, Object> fill = staff.stage(file);
		assertThat(ImportClient.count(fill, "changedByFill")).isEqualTo(1);
		staff.apply(ImportClient.id(fill), "FILL_EMPTY").andExpect(jsonPath("$.updated").value(1));
		assertThat(workUnit(id)).isEqualTo("旧单位");
		assertThat(phoneMask(id)).isNotNull();

		Map<String, Object> update = staff.stage(file);
		assertThat(ImportClient.count(update, "changedByUpdate")).isEqualTo(1);
		assertThat(ImportClient.count(update, "changedByFill")).isZero();
		staff.apply(ImportClient.id(update), "UPDATE").andExpect(jsonPath("$.updated").value(1));
		assertThat(workUnit(id)).isEqualTo("新单位");
		assertThat(jdbc.sql("select c.source || ':' || c.field from members_person_change c join members_person p on p.id = c.person_id"
				+ " where p.id_number_hash = :h order by c.id").param("h", hash(id)).query(String.class).list())
			.as("the person's history tells the import and what it changed")
			.containsExactly("IMPORT:created", "IMPORT:phone", "IMPORT:workUnit");
	}

	@Test
	void aRegistryChangedSincePreviewRefusesConfirmationAndChangesNothing() throws Exception {
		String id = idNumber(400).value();
		Map<String, Object> preview = staff.stage(workbook(HEADERS, List.of(row("变化测试", VILLAGE, id, null, null),
				row("变化测试二", VILLAGE, idNumber(401).value(), null, null))));
		staff.apply(ImportClient.id(staff.stage(workbook(HEADERS, List.of(row("变化测试", VILLAGE, id, null, null))))), "SKIP")
			.andExpect(status().isOk());

		staff.apply(ImportClient.id(preview), "SKIP").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(zh("member.import.changedSincePreview")));
		assertThat(registered(idNumber(401).value())).isZero();
		staff.preview(ImportClient.id(preview), 0).andExpect(jsonPath("$.status").value("STAGED"));
	}

	@Test
	void aConfirmedImportCannotBeConfirmedAgain() throws Exception {
		long id = ImportClient.id(staff.stage(workbook(HEADERS, List.of(row("两次确认", VILLAGE, idNumber(500).value(), null, null)))));
		staff.apply(id, "SKIP").andExpect(status().isOk());
		staff.apply(id, "SKIP").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(zh("member.import.notStaged")));
		staff.apply(id, "SOMETHING").andExpect(status().isConflict());
	}

	@Test
	void twoCopiesOfOneSheetAppliedAtOnceEndWithOneAppliedAndTheOtherAConflict() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			rows.add(row("并发导入" + (char) ('甲' + i), VILLAGE, idNumber("320109", 600 + i).value(), null, null));
		}
		byte[] file = workbook(HEADERS, rows);
		long first = ImportClient.id(staff.stage(file));
		long second = ImportClient.id(staff.stage(file));

		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			for (long id : List.of(first, second)) {
				answers.add(pool.submit(() -> {
					start.await();
					return staff.apply(id, "SKIP").andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (java.util.concurrent.Future<Integer> answer : answers) {
				statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(registered(rows.stream().map(r -> (String) r.get(4)).toArray(String[]::new))).isEqualTo(50);
	}

	@Test
	void aRowWhoseIdNumberIsRegisteredUnderAnotherNameIsLeftOutUnlessConfirmed() throws Exception {
		String id = idNumber("320109", 700).value();
		staff.apply(ImportClient.id(staff.stage(workbook(HEADERS, List.of(row("金良力", VILLAGE, id, null, null))))), "SKIP")
			.andExpect(status().isOk());
		byte[] file = workbook(HEADERS, List.of(row("贾涛杰", "511112100004", id, "13900000700", null),
				row("别人甲", VILLAGE, idNumber("320109", 701).value(), null, null)));

		Map<String, Object> preview = staff.stage(file);
		assertThat(ImportClient.count(preview, "toConfirm")).isEqualTo(1);
		assertThat(ImportClient.count(preview, "existing")).isZero();
		assertThat(ImportClient.count(preview, "bad")).isZero();
		assertThat(ImportClient.count(preview, "fresh")).isEqualTo(1);
		staff.preview(ImportClient.id(preview), 0).andExpect(jsonPath("$.checks[0].row").value(2))
			.andExpect(jsonPath("$.checks[0].rowName").value("贾涛杰"))
			.andExpect(jsonPath("$.checks[0].registeredName").value("金良力"));
		staff.apply(ImportClient.id(preview), "UPDATE").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.confirmed").value(0))
			.andExpect(jsonPath("$.checks[0].confirmed").value(false));
		assertThat(nameAndUnit(id)).as("an unconfirmed row changes nobody").isEqualTo("金良力:" + VILLAGE);

		long again = ImportClient.id(staff.stage(file));
		staff.apply(again, "UPDATE", "[3]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirmRows"))
			.andExpect(jsonPath("$.errors[0].message").value(zh("member.import.confirmRows.unknown", 3)));
		staff.apply(again, "UPDATE", "[null]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirmRows"));
		staff.apply(again, "UPDATE", "\"2\"").andExpect(status().isBadRequest());
		assertThat(nameAndUnit(id)).as("a refused confirmation changes nothing").isEqualTo("金良力:" + VILLAGE);

		staff.apply(again, "UPDATE", "[2]").andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.confirmed").value(1)).andExpect(jsonPath("$.checks[0].confirmed").value(true));
		assertThat(nameAndUnit(id)).as("the confirmed row is applied like any registered person's").startsWith("贾涛杰:")
			.isNotEqualTo("贾涛杰:" + VILLAGE);
	}

	private String nameAndUnit(String idNumber) {
		return jdbc.sql("select p.name || ':' || u.code from members_person p join org_unit u on u.id = p.unit_id"
				+ " where p.id_number_hash = :h").param("h", hash(idNumber)).query(String.class).single();
	}

	private int registered(String... idNumbers) {
		return jdbc.sql("select count(*) from members_person where id_number_hash in (:h)")
			.param("h", java.util.Arrays.stream(idNumbers).map(this::hash).toList())
			.query(Integer.class)
			.single();
	}

	private String updatedAt(String idNumber) {
		return jdbc.sql("select updated_at || ':' || version from members_person where id_number_hash = :h").param("h", hash(idNumber))
			.query(String.class).single();
	}

	private String workUnit(String idNumber) {
		return jdbc.sql("select work_unit from members_person where id_number_hash = :h").param("h", hash(idNumber))
			.query(String.class).single();
	}

	private String phoneMask(String idNumber) {
		return jdbc.sql("select phone_mask from members_person where id_number_hash = :h").param("h", hash(idNumber))
			.query(String.class).optional().orElse(null);
	}

	private String hash(String idNumber) {
		return java.util.HexFormat.of().formatHex(key.hmac("lookup:members_person.id_number", idNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private String zh(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

}
