package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.FollowRedirect;

/**
 * Dates people type that cannot be in that order are refused naming the field and the other date,
 * on the API (400) and on the pages (the form comes back with the error), and change nothing: a
 * decision older than the report it is made of, a result starting or due before its decision, an
 * update before its result starts, a decision date moved after its results' dates or updates, a
 * decision in the future.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionDateOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DecisionClient api;

	private String staff;

	private LocalDate today;

	@BeforeEach
	void signIn() throws Exception {
		api = new DecisionClient(mvc);
		staff = api.token("staff");
		today = DecisionClient.today();
	}

	private long decision(String title, LocalDate decidedOn) throws Exception {
		return DecisionClient.id(api.create(staff, "{\"issuer\":\"JOINT\",\"reference\":\"" + DecisionClient.reference()
				+ "\",\"title\":\"" + title + "\",\"decidedOn\":\"" + decidedOn + "\"}").andExpect(status().isCreated()));
	}

	/** An accepted report of the demo member, submitted today. */
	private long acceptedReport(String title) throws Exception {
		String member = api.token("member");
		String answer = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + member)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\":\"SOCIAL\",\"title\":\"" + title + "\",\"body\":\"群众反映的情况。\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		mvc.perform(post("/api/v1/reports/" + id + "/accept").header("Authorization", "Bearer " + staff)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andExpect(status().isOk());
		return id;
	}

	private int links(long report) {
		return jdbc.sql("select count(*) from proposals_decision_source where source_kind = 'REPORT' and source_id = :r")
			.param("r", report).query(Integer.class).single();
	}

	@Test
	void aDecisionCannotBeOlderThanTheReportItIsMadeOf() throws Exception {
		long report = acceptedReport("决策日期早于提交");
		long older = decision("早于信息提交的决定", today.minusDays(3));
		api.post(staff, "/" + older + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + report + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString(today.minusDays(3).toString()),
					containsString(today.toString()))));
		assertThat(links(report)).isZero();

		// the "转化为决策" form: the new decision's date is what is wrong, and no decision is made
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String title = "由表单转化的过早决定" + report;
		String page = FollowRedirect.page(mvc, session,
				mvc.perform(post("/decisions/link").param("kind", "REPORT").param("id", String.valueOf(report))
					.param("issuer", "GOVERNMENT").param("reference", DecisionClient.reference()).param("title", title)
					.param("decidedOn", today.minusDays(1).toString()).cookie(session).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn(),
				"/decisions/link?kind=REPORT&id=" + report);
		assertThat(page).contains("决策不能早于所依据的建言或社情民意", title, today.minusDays(1).toString());
		assertThat(jdbc.sql("select count(*) from proposals_decision where title = :t").param("t", title)
			.query(Integer.class).single()).isZero();

		long same = decision("当天作出的决定", today);
		api.post(staff, "/" + same + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + report + "\"}")
			.andExpect(status().isCreated());
		// moving the decision before its report is refused too
		api.put(staff, same, "{\"issuer\":\"JOINT\",\"reference\":\"" + DecisionClient.reference()
				+ "\",\"title\":\"当天作出的决定\",\"decidedOn\":\"" + today.minusDays(1) + "\",\"version\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.toString())));
	}

	@Test
	void resultsStartAndFallDueAfterTheirDecisionAndUpdatesWaitForTheStart() throws Exception {
		long id = decision("关于日期顺序的决定", today.minusDays(10));
		api.post(staff, "/" + id + "/results", "{\"title\":\"早于决策开始\",\"ownerUnitCode\":\"LG-JXJ\",\"startsOn\":\""
				+ today.minusDays(11) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.minusDays(10).toString())));
		api.post(staff, "/" + id + "/results", "{\"title\":\"早于决策到期\",\"ownerUnitCode\":\"LG-JXJ\",\"dueOn\":\""
				+ today.minusDays(12) + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/decisions/" + id
				+ "/results").header("Authorization", "Bearer " + staff).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"ownerUnitCode\":\"LG-JXJ\",\"startsOn\":\"" + today.minusDays(11) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("before the decision date")));
		assertThat(jdbc.sql("select count(*) from proposals_result where decision_id = :d").param("d", id)
			.query(Integer.class).single()).isZero();

		// a result that starts next week: no progress can be posted today
		long later = DecisionClient.id(api.post(staff, "/" + id + "/results", "{\"title\":\"下周开始\",\"ownerUnitCode\":\"LG-JXJ\","
				+ "\"startsOn\":\"" + today.plusDays(7) + "\"}").andExpect(status().isCreated()));
		api.update(staff, later, 100, "已完成", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("progress"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.plusDays(7).toString())));
		assertThat(jdbc.sql("select count(*) from proposals_result_update where result_id = :r").param("r", later)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select completed_on is null from proposals_result where id = :r").param("r", later)
			.query(Boolean.class).single()).isTrue();

		// the page: the refused update comes back on the decision's page with the reason
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = FollowRedirect.page(mvc, session,
				mvc.perform(post("/decisions/results/" + later + "/updates").cookie(session).with(csrf())
					.param("progress", "30").param("note", "提前报送的进展").param("version", "0"))
				.andExpect(status().is3xxRedirection()).andReturn(),
				"/decisions/" + id);
		assertThat(page).contains("还不能报送进展", "提前报送的进展");
	}

	@Test
	void aDecisionDateCannotMoveAfterItsResultsOrTheirUpdates() throws Exception {
		long id = decision("关于改期的决定", today.minusDays(10));
		long result = DecisionClient.id(api.post(staff, "/" + id + "/results", "{\"title\":\"按期开始\",\"ownerUnitCode\":\"LG-JXJ\","
				+ "\"startsOn\":\"" + today.minusDays(8) + "\"}").andExpect(status().isCreated()));
		String reference = jdbc.sql("select reference from proposals_decision where id = :d").param("d", id)
			.query(String.class).single();
		api.put(staff, id, "{\"issuer\":\"JOINT\",\"reference\":\"" + reference + "\",\"title\":\"关于改期的决定\",\"decidedOn\":\""
				+ today.minusDays(5) + "\",\"version\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.minusDays(8).toString())));

		long open = decision("关于进展后改期的决定", today.minusDays(10));
		long plain = DecisionClient.id(api.post(staff, "/" + open + "/results", "{\"title\":\"无开始日期\",\"ownerUnitCode\":\"LG-JXJ\"}")
			.andExpect(status().isCreated()));
		api.update(staff, plain, 20, "已启动", 0).andExpect(status().isCreated());
		jdbc.sql("update proposals_result_update set at = at - interval '6 days' where result_id = :r").param("r", plain)
			.update();
		String ref2 = jdbc.sql("select reference from proposals_decision where id = :d").param("d", open)
			.query(String.class).single();
		api.put(staff, open, "{\"issuer\":\"JOINT\",\"reference\":\"" + ref2 + "\",\"title\":\"关于进展后改期的决定\",\"decidedOn\":\""
				+ today.minusDays(2) + "\",\"version\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("进展")));
		assertThat(jdbc.sql("select decided_on from proposals_decision where id = :d").param("d", open)
			.query(LocalDate.class).single()).isEqualTo(today.minusDays(10));
		assertThat(result).isPositive();

		// and not into the future
		api.put(staff, open, "{\"issuer\":\"JOINT\",\"reference\":\"" + ref2 + "\",\"title\":\"关于进展后改期的决定\",\"decidedOn\":\""
				+ today.plusDays(1) + "\",\"version\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.toString())));
	}

}
