package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.org.Units;

/**
 * Data scope and masks on the demo registry: the 竹根镇 officer sees only 竹根镇 people (list, API,
 * by id), and masks; staff see values, and each such view is in the audit trail without them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberScopeAndMaskingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	private MemberClient client;

	private String zhugenPath;

	@BeforeEach
	void setUp() {
		client = new MemberClient(mvc);
		zhugenPath = units.findByCode("511112100").orElseThrow().path();
	}

	private long personUnder(String townCode, boolean withIdNumber) {
		return jdbc.sql("select id from members_person where unit_path like :path"
				+ (withIdNumber ? " and id_number_enc is not null and ethnicity is not null" : "") + " order by id limit 1")
			.param("path", units.findByCode(townCode).orElseThrow().path() + "%")
			.query(Long.class).single();
	}

	@Test
	void theDemoRegistryHoldsPeopleAllOverTheDistrict() {
		assertThat(jdbc.sql("select count(*) from members_person").query(Long.class).single()).isGreaterThanOrEqualTo(300);
		assertThat(jdbc.sql("select count(distinct substring(unit_path from '^/[0-9]+/[0-9]+/[0-9]+/[0-9]+/')) from members_person")
			.query(Long.class).single()).isGreaterThan(3);
		assertThat(jdbc.sql("select count(*) from members_person where liaison_user_id is null").query(Long.class).single())
			.isPositive();
	}

	@Test
	void aTownOfficerListsOnlyTheirTownInTheApi() throws Exception {
		String token = client.token("zhugen");
		long inTown = jdbc.sql("select count(*) from members_person where unit_path like :p").param("p", zhugenPath + "%")
			.query(Long.class).single();
		String body = mvc.perform(get("/api/v1/members?size=100").header("Authorization", MemberClient.bearer(token)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(body, "$.totalElements")).longValue()).isEqualTo(inTown).isPositive();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		long outside = jdbc.sql("select count(*) from members_person where id in (:ids) and unit_path not like :p")
			.param("ids", ids.stream().map(Number::longValue).toList()).param("p", zhugenPath + "%").query(Long.class).single();
		assertThat(outside).isZero();
		List<String> masks = JsonPath.read(body, "$.content[*].idNumber");
		assertThat(masks).allMatch(m -> m == null || m.matches("\\d{4}\\*{14}"));
	}

	@Test
	void aTownOfficerGets404ForAPersonOfAnotherTown() throws Exception {
		long niuhuaPerson = personUnder("511112101", false);
		mvc.perform(get("/api/v1/members/" + niuhuaPerson).header("Authorization", MemberClient.bearer(client.token("zhugen"))))
			.andExpect(status().isNotFound());
		Cookie session = client.login("zhugen");
		mvc.perform(get("/members/" + niuhuaPerson).cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/members/" + niuhuaPerson + "/edit").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void withoutTheSensitivePrivilegeTheDetailIsMaskedAndNotAudited() throws Exception {
		long person = personUnder("511112100", true);
		String idNumber = plainIdNumber(person);
		long audited = sensitiveViews(person);
		mvc.perform(get("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(client.token("zhugen"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unmasked").value(false))
			.andExpect(jsonPath("$.idNumber").value(org.hamcrest.Matchers.matchesPattern("\\d{4}\\*{14}")))
			.andExpect(jsonPath("$.ethnicity").value("***"))
			// an empty field is masked like a filled one: "no religion" is itself sensitive
			.andExpect(jsonPath("$.religion").value("***"))
			.andExpect(jsonPath("$.politicalAffiliation").value("***"));
		String page = mvc.perform(get("/members/" + person).cookie(client.login("zhugen")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(idNumber.substring(0, 4) + "**************").doesNotContain(idNumber);
		assertThat(sensitiveViews(person)).isEqualTo(audited);
	}

	@Test
	void staffSeeValuesAndEachViewIsAuditedWithoutThem() throws Exception {
		long person = personUnder("511112101", true);
		long audited = sensitiveViews(person);
		String body = mvc.perform(get("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(client.token("staff"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.unmasked").value(true))
			.andReturn().getResponse().getContentAsString();
		String idNumber = JsonPath.read(body, "$.idNumber");
		assertThat(idNumber).hasSize(18).doesNotContain("*");
		mvc.perform(get("/members/" + person).cookie(client.login("staff")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(idNumber)));
		assertThat(sensitiveViews(person)).isEqualTo(audited + 2);
		List<String> details = jdbc.sql("select detail from audit_event where action = 'SENSITIVE_VIEW' and target_id = :id")
			.param("id", String.valueOf(person)).query(String.class).list();
		assertThat(details).allSatisfy(d -> assertThat(d).contains("idNumber").doesNotContain(idNumber)
			.doesNotContain(idNumber.substring(6, 14)));
	}

	@Test
	void listsAreMaskedEvenForStaff() throws Exception {
		String body = mvc.perform(get("/api/v1/members?size=50").header("Authorization", MemberClient.bearer(client.token("staff"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> phones = JsonPath.read(body, "$.content[*].phone");
		assertThat(phones).isNotEmpty().allMatch(p -> p == null || p.contains("*"));
		List<String> ethnicities = JsonPath.read(body, "$.content[*].ethnicity");
		assertThat(ethnicities).allMatch(e -> e == null || e.equals("***"));
	}

	private long sensitiveViews(long person) {
		return jdbc.sql("select count(*) from audit_event where action = 'SENSITIVE_VIEW' and target_id = :id")
			.param("id", String.valueOf(person)).query(Long.class).single();
	}

	/** Read through the API as staff: the tests compare against the real value. */
	private String plainIdNumber(long person) throws Exception {
		String body = mvc.perform(get("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(client.token("staff"))))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.idNumber");
	}

}
