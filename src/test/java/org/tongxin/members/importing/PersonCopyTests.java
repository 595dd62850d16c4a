package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/**
 * A person imported (COPY) and a person registered through the API with the same values are the
 * same row: every column but the ones that must differ (id, ID number, nonces of the ciphertext,
 * times). Catches a column PersonCopy forgets when Person gains one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonCopyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportedPersonIsTheSameRowAsOneRegisteredByForm() throws Exception {
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String viaApi = idNumber(1200).value();
		String viaImport = idNumber(1202).value();
		mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"曾同行\",\"unitCode\":\"511112100003\",\"idNumber\":\"" + viaApi + "\",\"phone\":\"13912345678\","
						+ "\"ethnicity\":\"彝族\",\"education\":\"本科\",\"workUnit\":\"竹根镇卫生院\",\"post\":\"院长\","
						+ "\"politicalAffiliation\":\"民盟盟员\",\"religion\":\"无\",\"expertise\":\"中医\",\"awards\":\"劳动模范\","
						+ "\"notes\":\"备注\",\"categories\":[\"DEMOCRATIC_PARTY\",\"NON_PARTY_INTELLECTUAL\"]}"))
			.andExpect(status().isCreated());
		Object[] cells = new Object[HEADERS.size()];
		cells[0] = "曾同行";
		cells[3] = "彝族";
		cells[4] = viaImport;
		cells[5] = "13912345678";
		cells[6] = "511112100003";
		cells[7] = "民主党派成员、党外知识分子";
		cells[8] = "民盟盟员";
		cells[9] = "无";
		cells[10] = "本科";
		cells[11] = "竹根镇卫生院";
		cells[12] = "院长";
		cells[13] = "中医";
		cells[14] = "劳动模范";
		cells[15] = "备注";
		ImportClient client = new ImportClient(mvc, token);
		client.apply(ImportClient.id(client.stage(workbook(HEADERS, List.of(Arrays.asList(cells))))), "SKIP")
			.andExpect(status().isOk());

		Map<String, Object> registered = row(viaApi);
		Map<String, Object> imported = row(viaImport);
		for (String differs : List.of("id", "id_number_enc", "id_number_hash", "id_number_mask", "phone_enc", "created_at",
				"updated_at", "birth_date", "gender", "version")) {
			registered.remove(differs);
			imported.remove(differs);
		}
		assertThat(imported).isEqualTo(registered);
	}

	private Map<String, Object> row(String idNumber) {
		long id = jdbc.sql("select p.id from members_person p where p.id_number_mask = :mask and p.name = '曾同行'"
				+ " order by p.id desc limit 1")
			.param("mask", org.tongxin.shared.person.ChineseIdNumber.of(idNumber).masked())
			.query(Long.class)
			.single();
		Map<String, Object> row = new java.util.TreeMap<>(jdbc.sql("select * from members_person where id = :id").param("id", id)
			.query().singleRow());
		row.put("categories", jdbc.sql("select string_agg(category, ',' order by category) from members_person_category where person_id = :id")
			.param("id", id).query(String.class).single());
		row.put("history", jdbc.sql("select string_agg(field, ',') from members_person_change where person_id = :id")
			.param("id", id).query(String.class).single());
		return row;
	}

}
