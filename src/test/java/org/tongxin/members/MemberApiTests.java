package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.org.Units;
import org.tongxin.shared.person.ChineseIdNumber;

/**
 * Registering and changing people through the API: the happy path, every bad field (nothing
 * changes), duplicates, optimistic locking, encryption at rest and the audit of changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberApiTests {

	static final String ZHUGEN_VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	private MemberClient client;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		client = new MemberClient(mvc);
		staff = client.token("staff");
	}

	static String json(String name, String unit, String id, String phone, String birthDate) {
		return "{\"name\":\"" + name + "\",\"unitCode\":\"" + unit + "\",\"idNumber\":\"" + id + "\",\"phone\":\"" + phone
				+ "\",\"birthDate\":\"" + birthDate + "\",\"ethnicity\":\"彝族\",\"religion\":\"佛教\","
				+ "\"politicalAffiliation\":\"民盟盟员\",\"workUnit\":\"竹根镇卫生院\",\"categories\":[\"DEMOCRATIC_PARTY\"]}";
	}

	long create(String token, String body) throws Exception {
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(token))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private long count() {
		return jdbc.sql("select count(*) from members_person").query(Long.class).single();
	}

	@Test
	void aPersonIsRegisteredWithTheIdNumberEncryptedAndTheChangeAudited() throws Exception {
		ChineseIdNumber id = MemberClient.freshIdNumber(false);
		long created = create(staff, json("王芳", ZHUGEN_VILLAGE, id.value(), "13912345678", ""));
		mvc.perform(get("/api/v1/members/" + created).header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(id.value()))
			.andExpect(jsonPath("$.birthDate").value(id.birthDate().toString()))
			.andExpect(jsonPath("$.gender").value("FEMALE"))
			.andExpect(jsonPath("$.unit.code").value(ZHUGEN_VILLAGE))
			.andExpect(jsonPath("$.categories[0]").value("DEMOCRATIC_PARTY"));
		Map<String, Object> row = jdbc.sql("select * from members_person where id = :id").param("id", created).query().singleRow();
		assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(id.value()) || v.contains("13912345678"));
		assertThat(row.get("id_number_mask")).isEqualTo(id.masked());
		assertThat(row.get("phone_mask")).isEqualTo("139****5678");
		assertThat(row.get("name_initials")).isEqualTo("wf");
		String detail = jdbc.sql("select detail from audit_event where action = 'MEMBER_CREATED' and target_id = :id")
			.param("id", String.valueOf(created)).query(String.class).single();
		assertThat(detail).contains("idNumber").doesNotContain(id.value()).doesNotContain("13912345678");
	}

	@Test
	void eachBadFieldIsRefusedAndNothingIsStored() throws Exception {
		String id = MemberClient.freshIdNumber(true).value();
		Map<String, String> bad = Map.of(
				"name", json("", ZHUGEN_VILLAGE, id, "13912345678", ""),
				"unitCode", json("李四", "000000", id, "13912345678", ""),
				"idNumber", json("李四", ZHUGEN_VILLAGE, id.substring(0, 17) + (id.endsWith("5") ? "6" : "5"), "13912345678", ""),
				"phone", json("李四", ZHUGEN_VILLAGE, id, "1391234", ""),
				"birthDate", json("李四", ZHUGEN_VILLAGE, id, "13912345678", "1900-02-30"));
		long before = count();
		for (Map.Entry<String, String> entry : bad.entrySet()) {
			mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
					.contentType(MediaType.APPLICATION_JSON).content(entry.getValue()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(entry.getKey())));
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aLiaisonIsAnExistingUserShownByName() throws Exception {
		String unknown = json("刘洋", ZHUGEN_VILLAGE, MemberClient.freshIdNumber(true).value(), "13912345678", "")
			.replace("{", "{\"liaisonUserId\":987654321,");
		long before = count();
		mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content(unknown))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("liaisonUserId")));
		assertThat(count()).isEqualTo(before);
		long zhugen = jdbc.sql("select id from identity_user where username = 'zhugen'").query(Long.class).single();
		long created = create(staff, json("刘洋", ZHUGEN_VILLAGE, MemberClient.freshIdNumber(true).value(), "13912345678", "")
			.replace("{", "{\"liaisonUserId\":" + zhugen + ","));
		mvc.perform(get("/api/v1/members/" + created).header("Authorization", MemberClient.bearer(staff)))
			.andExpect(jsonPath("$.liaisonUserId").value(zhugen))
			.andExpect(jsonPath("$.liaisonName").value(org.hamcrest.Matchers.containsString("李明")));
	}

	@Test
	void aDuplicateIdNumberIsRefused() throws Exception {
		String id = MemberClient.freshIdNumber(true).value();
		long first = create(staff, json("赵六", ZHUGEN_VILLAGE, id, "", ""));
		long before = count();
		mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content(json("赵六六", ZHUGEN_VILLAGE, " " + id.toLowerCase() + " ", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("#" + first)));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anEditNeedsTheCurrentVersionAndAuditsOnlyTheNamesOfChangedFields() throws Exception {
		long created = create(staff, json("孙七", ZHUGEN_VILLAGE, MemberClient.freshIdNumber(true).value(), "", ""));
		mvc.perform(patch("/api/v1/members/" + created).header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"0833-2345678\",\"post\":\"院长\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("0833-2345678"))
			.andExpect(jsonPath("$.name").value("孙七"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(patch("/api/v1/members/" + created).header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"post\":\"副院长\",\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(patch("/api/v1/members/" + created).header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"12\",\"version\":1}"))
			.andExpect(status().isBadRequest());
		List<String> details = jdbc.sql("select detail from audit_event where action = 'MEMBER_UPDATED' and target_id = :id")
			.param("id", String.valueOf(created)).query(String.class).list();
		assertThat(details).singleElement().satisfies(d -> assertThat(d).contains("phone").contains("post")
			.doesNotContain("2345678").doesNotContain("院长").doesNotContain("name"));
	}

	@Test
	void aTownOfficerCannotRegisterSomeoneInAnotherTown() throws Exception {
		String zhugen = client.token("zhugen");
		mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(zhugen))
				.contentType(MediaType.APPLICATION_JSON).content(json("周八", "511112101004", "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		String leader = client.token("leader");
		mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(leader))
				.contentType(MediaType.APPLICATION_JSON).content(json("周八", ZHUGEN_VILLAGE, "", "", "")))
			.andExpect(status().isForbidden());
	}

}
