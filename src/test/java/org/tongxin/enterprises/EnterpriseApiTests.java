package org.tongxin.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.enterprises.EnterpriseClient.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Enterprises through the API: registration with the credit code checked (format, checksum, one
 * enterprise per code) and refusals naming the field, a stale version answered 409, the town
 * officer's scope (another town's enterprise, contact or measure is a 404), contact phones sealed
 * at rest and masked without MEMBER_SENSITIVE_VIEW, unmasked views audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EnterpriseApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private EnterpriseClient client;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new EnterpriseClient(mvc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
	}

	private long enterprisesNamed(String name) {
		return jdbc.sql("select count(*) from enterprises_enterprise where name = :n").param("n", name).query(Long.class)
			.single();
	}

	private long audits(String action, long enterprise) {
		return jdbc.sql("select count(*) from audit_event where action = :a and target_type = 'enterprise' and target_id = :t")
			.param("a", action).param("t", String.valueOf(enterprise)).query(Long.class).single();
	}

	@Test
	void anEnterpriseIsRegisteredReadAndChangedWithItsVersion() throws Exception {
		String code = EnterpriseClient.freshCode();
		String body = mvc.perform(api(post("/api/v1/enterprises"), zhugen).content("{\"name\":\"竹根测试企业甲\",\"creditCode\":\""
				+ code.toLowerCase() + "\",\"unitCode\":\"511112100\",\"park\":\"竹根镇小微企业创业园\",\"industry\":\"食品\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.unitName").value("竹根镇"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		assertThat(audits("ENTERPRISE_CREATED", id)).isEqualTo(1);

		mvc.perform(api(patch("/api/v1/enterprises/" + id), zhugen).content("{\"park\":\"五通桥新型工业基地\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.park").value("五通桥新型工业基地"))
			.andExpect(jsonPath("$.industry").value("食品"))
			.andExpect(jsonPath("$.version").value(1));
		// the same change again, from a form opened before it: stale
		mvc.perform(api(patch("/api/v1/enterprises/" + id), zhugen).content("{\"park\":\"别处\",\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(api(patch("/api/v1/enterprises/" + id), zhugen).content("{\"park\":\"别处\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(api(get("/api/v1/enterprises/" + id), staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.park").value("五通桥新型工业基地"));
		assertThat(audits("ENTERPRISE_CHANGED", id)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		String good = EnterpriseClient.freshCode();
		mvc.perform(api(post("/api/v1/enterprises"), staff).content("{\"name\":\"校验位错误企业\",\"creditCode\":\""
				+ EnterpriseClient.withWrongCheck(good) + "\",\"unitCode\":\"511112100\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("校验位")));
		mvc.perform(api(post("/api/v1/enterprises"), staff).content("{\"name\":\"格式错误企业\",\"creditCode\":\"91511112MA62I\","
				+ "\"unitCode\":\"511112100\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("18 位")));
		mvc.perform(api(post("/api/v1/enterprises"), staff).content("{\"creditCode\":\"" + good + "\",\"unitCode\":\"511112100\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(enterprisesNamed("校验位错误企业") + enterprisesNamed("格式错误企业")).isZero();

		client.enterprise(staff, "重复代码企业甲", "511112100");
		String taken = jdbc.sql("select credit_code from enterprises_enterprise where name = '重复代码企业甲' order by id desc limit 1")
			.query(String.class).single();
		mvc.perform(api(post("/api/v1/enterprises"), staff).content("{\"name\":\"重复代码企业乙\",\"creditCode\":\"" + taken
				+ "\",\"unitCode\":\"511112101\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("已登记")));
		assertThat(enterprisesNamed("重复代码企业乙")).isZero();

		// a town officer cannot put an enterprise in another town
		mvc.perform(api(post("/api/v1/enterprises"), zhugen).content("{\"name\":\"越界企业\",\"creditCode\":\""
				+ EnterpriseClient.freshCode() + "\",\"unitCode\":\"511112101\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
	}

	@Test
	void anotherTownsEnterpriseItsContactsAndMeasuresAreNotFound() throws Exception {
		long niuhua = client.enterprise(staff, "牛华测试企业", "511112101");
		long contact = client.contact(staff, niuhua, "牛华联系人", "13912345678");
		long measure = client.measure(staff, niuhua, "{\"text\":\"协调用地\",\"startsOn\":\"2026-01-01\",\"dueOn\":\"2026-12-31\"}");

		mvc.perform(api(get("/api/v1/enterprises/" + niuhua), zhugen)).andExpect(status().isNotFound());
		mvc.perform(api(patch("/api/v1/enterprises/" + niuhua), zhugen).content("{\"name\":\"改名\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/enterprises/" + niuhua + "/contacts"), zhugen)).andExpect(status().isNotFound());
		mvc.perform(api(delete("/api/v1/enterprises/contacts/" + contact), zhugen)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/enterprises/" + niuhua + "/measures"), zhugen)).andExpect(status().isNotFound());
		mvc.perform(api(post("/api/v1/enterprises/measures/" + measure + "/done"), zhugen).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/enterprises?q=牛华测试企业"), zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());
		assertThat(jdbc.sql("select name from enterprises_enterprise where id = :id").param("id", niuhua).query(String.class)
			.single()).isEqualTo("牛华测试企业");
		assertThat(jdbc.sql("select status from enterprises_measure where id = :id").param("id", measure).query(String.class)
			.single()).isEqualTo("PLANNED");
	}

	@Test
	void contactPhonesAreSealedAndMaskedWithoutTheSensitivePrivilege() throws Exception {
		long id = client.enterprise(zhugen, "脱敏测试企业", "511112100");
		client.contact(zhugen, id, "陈联系", "13812345678");
		assertThat(jdbc.sql("select phone_enc from enterprises_contact where enterprise_id = :e").param("e", id)
			.query(String.class).single()).doesNotContain("13812345678");

		mvc.perform(api(get("/api/v1/enterprises/" + id + "/contacts"), zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].phone").value("138****5678"))
			.andExpect(jsonPath("$[0].unmasked").value(false));
		assertThat(audits("ENTERPRISE_CONTACT_VIEW", id)).isZero();

		mvc.perform(api(get("/api/v1/enterprises/" + id + "/contacts"), staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].phone").value("13812345678"))
			.andExpect(jsonPath("$[0].unmasked").value(true));
		assertThat(audits("ENTERPRISE_CONTACT_VIEW", id)).isEqualTo(1);

		mvc.perform(api(post("/api/v1/enterprises/" + id + "/contacts"), zhugen).content("{\"name\":\"错号\",\"phone\":\"12345\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
	}

	@Test
	void aListFiltersByTextUnitAndPark() throws Exception {
		long id = client.enterprise(staff, "筛选测试企业_百分%", "511112100");
		mvc.perform(api(get("/api/v1/enterprises").param("q", "筛选测试企业_百分%").param("unit", "511112100")
				.param("park", "新型工业"), staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(Matchers.hasItem((int) id)));
		mvc.perform(api(get("/api/v1/enterprises").param("q", "筛选测试企业").param("unit", "511112101"), staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(Matchers.not(Matchers.hasItem((int) id))));
		mvc.perform(api(get("/api/v1/enterprises").param("unit", "不存在的单位"), staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
	}

	@Test
	void theMemberWhoRunsAnEnterpriseMustBeVisibleToTheActor() throws Exception {
		String sql = "select id from members_person where unit_path like (select path from org_unit where code = :c) || '%'"
				+ " order by id limit 1";
		long ours = jdbc.sql(sql).param("c", "511112100").query(Long.class).single();
		long theirs = jdbc.sql(sql).param("c", "511112101").query(Long.class).single();
		String name = jdbc.sql("select name from members_person where id = :id").param("id", ours).query(String.class).single();

		mvc.perform(api(post("/api/v1/enterprises"), zhugen).content("{\"name\":\"经营者越界企业\",\"creditCode\":\""
				+ EnterpriseClient.freshCode() + "\",\"unitCode\":\"511112100\",\"operatorPersonId\":\"" + theirs + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("operatorPersonId"));
		mvc.perform(api(post("/api/v1/enterprises"), zhugen).content("{\"name\":\"经营者企业\",\"creditCode\":\""
				+ EnterpriseClient.freshCode() + "\",\"unitCode\":\"511112100\",\"operatorPersonId\":" + ours + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.operatorPersonId").value(ours))
			.andExpect(jsonPath("$.operatorName").value(name));

		String options = mvc.perform(get("/enterprises/people").param("operatorPersonId", name)
				.cookie(client.login("zhugen"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(options).contains("value=\"" + ours + "\"");
		String theirName = jdbc.sql("select name from members_person where id = :id").param("id", theirs).query(String.class)
			.single();
		assertThat(mvc.perform(get("/enterprises/people").param("operatorPersonId", theirName).cookie(client.login("zhugen")))
			.andReturn().getResponse().getContentAsString()).doesNotContain("value=\"" + theirs + "\"");
	}

}
