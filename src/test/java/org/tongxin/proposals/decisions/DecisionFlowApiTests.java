package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

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
 * A decision through the API: created with a unique reference, changed under its version, refused
 * input named by field, a result taken to 100% in two updates (completion date set, and cleared
 * when progress falls), and of two updates on the same version only one wins (409).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionFlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DecisionClient api;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		api = new DecisionClient(mvc);
		staff = api.token("staff");
	}

	@Test
	void aDecisionIsCreatedAndChangedUnderItsVersionAndATakenReferenceIsRefused() throws Exception {
		String reference = DecisionClient.reference();
		long id = DecisionClient.id(api.create(staff, DecisionClient.decisionJson(reference, "关于支持民营经济发展的决定"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0)));

		api.create(staff, DecisionClient.decisionJson(reference, "另一项决定")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reference"));
		api.create(staff, "{\"issuer\":\"MAYOR\",\"reference\":\"\",\"title\":\"<script>x</script>\",\"decidedOn\":\"2026-13-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("issuer", "reference", "title", "decidedOn")));

		String changed = "{\"issuer\":\"GOVERNMENT\",\"reference\":\"" + reference
				+ "\",\"title\":\"关于支持民营经济高质量发展的决定\",\"decidedOn\":\"2026-10-16\",\"summary\":\"\",\"version\":0}";
		api.put(staff, id, changed).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.issuer").value("GOVERNMENT"));
		api.put(staff, id, changed).andExpect(status().isConflict());
		api.get(staff, "/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.title").value("关于支持民营经济高质量发展的决定"));
		api.get(staff, "?year=2026&issuer=GOVERNMENT").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].reference").value(reference));
		api.get(staff, "?year=2026&issuer=JOINT").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		api.get(staff, "?issuer=MAYOR").andExpect(status().isBadRequest());
	}

	@Test
	void twoUpdatesTakeAResultTo100AndSetItsCompletionDate() throws Exception {
		long decision = api.created(staff, "关于推进产业园建设的决定");
		long result = api.result(staff, decision, "LG-JXJ");

		api.update(staff, result, 40, "完成规划设计", 0).andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress").value(40)).andExpect(jsonPath("$.completedOn").doesNotExist());
		api.update(staff, result, 100, "道路建成通车", 1).andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress").value(100))
			.andExpect(jsonPath("$.completedOn").value(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));

		api.get(staff, "/" + decision).andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].ownerUnitName").value("区经信局"))
			.andExpect(jsonPath("$.results[0].updates[*].progress", Matchers.contains(40, 100)))
			.andExpect(jsonPath("$.results[0].updates[1].note").value("道路建成通车"))
			.andExpect(jsonPath("$.results[0].updates[1].actorName").isNotEmpty());
		api.get(staff, "?year=2026").andExpect(jsonPath("$[?(@.id == " + decision + ")].progress").value(100));

		api.update(staff, result, 90, "发现质量问题，返工", 2).andExpect(status().isCreated())
			.andExpect(jsonPath("$.completedOn").doesNotExist());
	}

	@Test
	void ofTwoUpdatesOnTheSameVersionOnlyOneWins() throws Exception {
		long decision = api.created(staff, "关于优化营商环境的决定");
		long result = api.result(staff, decision, "LG-JXJ");
		String jingxin = api.token("jingxin");

		api.update(staff, result, 30, "召开推进会", 0).andExpect(status().isCreated());
		api.update(jingxin, result, 50, "出台实施细则", 0).andExpect(status().isConflict());

		assertThat(jdbc.sql("select count(*) from proposals_result_update where result_id = :r").param("r", result)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select progress from proposals_result where id = :r").param("r", result)
			.query(Integer.class).single()).isEqualTo(30);
	}

	@Test
	void refusedUpdatesAndResultsNameTheirFieldAndChangeNothing() throws Exception {
		long decision = api.created(staff, "关于乡村振兴的决定");
		api.post(staff, "/" + decision + "/results", "{\"title\":\"\",\"ownerUnitCode\":\"NO-SUCH\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		api.post(staff, "/" + decision + "/results", "{\"title\":\"修缮村道\",\"ownerUnitCode\":\"NO-SUCH\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerUnitCode"));
		api.post(staff, "/" + decision + "/results",
				"{\"title\":\"修缮村道\",\"ownerUnitCode\":\"LG-JXJ\",\"startsOn\":\"2026-10-01\",\"dueOn\":\"2026-09-01\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		long result = api.result(staff, decision, "LG-JXJ");

		api.update(staff, result, 101, "太多", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("progress"));
		api.update(staff, result, 20, " ", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		api.post(staff, "/" + decision + "/sources", "{\"kind\":\"PETITION\",\"sourceId\":\"1\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		api.post(staff, "/" + decision + "/sources", "{\"kind\":\"PROPOSAL\",\"sourceId\":\"JY-1\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sourceId"));

		assertThat(jdbc.sql("select count(*) from proposals_result_update where result_id = :r").param("r", result)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from proposals_decision_source where decision_id = :d").param("d", decision)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void onlyManagersCreateAndLink() throws Exception {
		String jingxin = api.token("jingxin");
		api.create(jingxin, DecisionClient.decisionJson(DecisionClient.reference(), "越权")).andExpect(status().isForbidden());
		long decision = api.created(staff, "关于人才引进的决定");
		api.post(api.token("leader"), "/" + decision + "/sources", "{\"kind\":\"PROPOSAL\",\"sourceId\":\"1\"}")
			.andExpect(status().isForbidden());
		api.post(api.token("leader"), "/" + decision + "/results", "{\"title\":\"x\",\"ownerUnitCode\":\"LG-JXJ\"}")
			.andExpect(status().isForbidden());
	}

}
