package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The talent pool through the API: tags given and taken with their audit records, the vocabulary
 * kept by the department only, plans with dated steps, elite projects, bad input naming its field,
 * and the 404 a town officer gets for another town's people (nothing changed).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TalentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private TalentClient client;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new TalentClient(mvc, jdbc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
	}

	private long tagRows(long person) {
		return jdbc.sql("select count(*) from members_person_tag where person_id = :p").param("p", person)
			.query(Long.class).single();
	}

	@Test
	void aTagIsGivenAndTakenAwayWithWhoWhenAndAnAuditRecord() throws Exception {
		long person = client.person(staff, "标签甲", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/young_cadre"), zhugen)
				.content("{\"note\":\"乡镇推荐\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("YOUNG_CADRE"))
			.andExpect(jsonPath("$.nameZh").value("优秀年轻党外干部"))
			.andExpect(jsonPath("$.taggedByName").value(org.hamcrest.Matchers.startsWith("李明")))
			.andExpect(jsonPath("$.note").value("乡镇推荐"));
		// again: the same tag, only the note changes
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/YOUNG_CADRE"), staff).content("{\"note\":\"考察\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note").value("考察"));
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/RESERVE_CADRE"), staff))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/members/" + person + "/tags").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].code").value("YOUNG_CADRE"))
			.andExpect(jsonPath("$[1].code").value("RESERVE_CADRE"));
		assertThat(client.audits("MEMBER_TAGGED", person)).isEqualTo(3);

		mvc.perform(TalentClient.api(delete("/api/v1/members/" + person + "/tags/RESERVE_CADRE"), zhugen))
			.andExpect(status().isNoContent());
		mvc.perform(TalentClient.api(delete("/api/v1/members/" + person + "/tags/RESERVE_CADRE"), zhugen))
			.andExpect(status().isNotFound());
		assertThat(client.audits("MEMBER_UNTAGGED", person)).isEqualTo(1);
		assertThat(tagRows(person)).isEqualTo(1);
	}

	@Test
	void badTagsNameTheFieldAndChangeNothing() throws Exception {
		long person = client.person(staff, "标签乙", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/NO_SUCH_TAG"), staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value("没有代码为 NO_SUCH_TAG 的人才标签。"));
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/bad-code"), staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/EXPERT"), staff)
				.content("{\"note\":\"" + "长".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		assertThat(tagRows(person)).isZero();
	}

	@Test
	void aTownOfficerReachesNoneOfAnotherTownsPeople() throws Exception {
		long theirs = client.person(staff, "他镇人才", TalentClient.NIUHUA_VILLAGE);
		long plan = client.plan(staff, theirs, "2026-01-01", "2026-12-31");
		long step = client.step(staff, plan, "培训", "2026-06-30");
		String project = mvc.perform(TalentClient.api(post("/api/v1/members/talent/projects"), staff)
				.content("{\"name\":\"越权项目" + TalentClient.token() + "\",\"year\":\"2026\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long projectId = ((Number) JsonPath.read(project, "$.id")).longValue();
		mvc.perform(TalentClient.api(put("/api/v1/members/" + theirs + "/projects/" + projectId), staff))
			.andExpect(status().isOk());

		mvc.perform(TalentClient.api(put("/api/v1/members/" + theirs + "/tags/EXPERT"), zhugen)).andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(put("/api/v1/members/" + theirs + "/tags/NO_SUCH"), zhugen)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/" + theirs + "/tags").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/" + theirs + "/plans").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/talent/plans/" + plan).header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen)
				.content("{\"title\":\"改\",\"version\":1}"))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/plans/" + plan + "/steps"), zhugen)
				.content("{\"title\":\"x\",\"dueOn\":\"2026-07-01\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + step + "/done"), zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(delete("/api/v1/members/" + theirs + "/projects/" + projectId), zhugen))
			.andExpect(status().isNotFound());
		// and the project list shows zhugen nobody of 牛华镇
		String projects = mvc.perform(get("/api/v1/members/talent/projects").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> enrolled = JsonPath.read(projects, "$[?(@.id == " + projectId + ")].enrolled[*].personId");
		assertThat(enrolled).isEmpty();

		assertThat(tagRows(theirs)).isZero();
		assertThat(jdbc.sql("select count(*) from members_cultivation_step where plan_id = :p and done_on is null")
			.param("p", plan).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select title from members_cultivation_plan where id = :p").param("p", plan).query(String.class)
			.single()).isEqualTo("测试培养计划");
		assertThat(jdbc.sql("select count(*) from members_elite_enrolment where person_id = :p").param("p", theirs)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theVocabularyIsKeptByTheDepartmentAndADeactivatedTagIsNoLongerGiven() throws Exception {
		String code = "T" + System.nanoTime() % 1_000_000_000L;
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/tags"), zhugen)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"镇标签" + code + "\",\"nameEn\":\"Town\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/tags"), staff)
				.content("{\"code\":\"" + code.toLowerCase() + "\",\"nameZh\":\"试用标签" + code + "\",\"nameEn\":\"Trial\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/tags"), staff)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"另一个" + code + "\",\"nameEn\":\"Again\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/tags"), staff).content("{\"code\":\"\",\"nameZh\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));

		long person = client.person(staff, "标签丙", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/" + code), staff)).andExpect(status().isOk());
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/tags/" + code), zhugen).content("{\"active\":false}"))
			.andExpect(status().isForbidden());
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/tags/" + code), staff).content("{\"active\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		long other = client.person(staff, "标签丁", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + other + "/tags/" + code), staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		// who holds it keeps it, and the vocabulary counts them within the caller's scope
		String vocabulary = mvc.perform(get("/api/v1/members/talent/tags").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> people = JsonPath.read(vocabulary, "$[?(@.code == '" + code + "')].people");
		assertThat(people).containsExactly(1);
		assertThat(tagRows(person)).isEqualTo(1);
	}

	@Test
	void aPlanHasDatedStepsWithinItsDatesAndEveryChangeIsAudited() throws Exception {
		long person = client.person(staff, "培养甲", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(post("/api/v1/members/" + person + "/plans"), zhugen)
				.content("{\"title\":\"挂职\",\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-02-28\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"))
			.andExpect(jsonPath("$.errors[0].message").value("结束日期不能早于开始日期。"));
		long plan = client.plan(zhugen, person, "2026-01-01", "2026-12-31");
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/plans/" + plan + "/steps"), zhugen)
				.content("{\"title\":\"培训\",\"dueOn\":\"2027-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		long first = client.step(zhugen, plan, "参加培训班", "2026-03-31");
		client.step(zhugen, plan, "挂职锻炼", "2026-10-31");
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + first + "/done"), zhugen)
				.content("{\"doneOn\":\"2025-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("doneOn"));
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + first + "/done"), zhugen)
				.content("{\"doneOn\":\"2026-03-20\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneOn").value("2026-03-20"))
			.andExpect(jsonPath("$.overdue").value(false));

		String current = mvc.perform(get("/api/v1/members/talent/plans/" + plan).header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(2))
			.andExpect(jsonPath("$.steps[0].position").value(1))
			.andExpect(jsonPath("$.steps[1].title").value("挂职锻炼"))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(current, "$.version");
		// the new end would leave the second step outside: refused, naming the end
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen)
				.content("{\"endsOn\":\"2026-09-30\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen)
				.content("{\"status\":\"COMPLETED\",\"version\":" + (version - 1) + "}"))
			.andExpect(status().isConflict());
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen)
				.content("{\"status\":\"COMPLETED\",\"goal\":\"熟悉经济工作\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.title").value("测试培养计划"))
			.andExpect(jsonPath("$.goal").value("熟悉经济工作"));
		// a completed plan takes no new steps
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/plans/" + plan + "/steps"), zhugen)
				.content("{\"title\":\"再培训\",\"dueOn\":\"2026-11-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(client.audits("PLAN_CREATED", person)).isEqualTo(1);
		assertThat(client.audits("PLAN_STEP_ADDED", person)).isEqualTo(2);
		assertThat(client.audits("PLAN_STEP_DONE", person)).isEqualTo(1);
		assertThat(client.audits("PLAN_CHANGED", person)).isEqualTo(1);
	}

	@Test
	void theOverviewListsActivePlansOfTheOfficersOwnTownWithOverdueStepsFirst() throws Exception {
		long mine = client.person(staff, "逾期甲", TalentClient.ZHUGEN_VILLAGE);
		long theirs = client.person(staff, "逾期乙", TalentClient.NIUHUA_VILLAGE);
		long done = client.person(staff, "逾期丙", TalentClient.ZHUGEN_VILLAGE);
		for (long person : List.of(mine, theirs, done)) {
			long plan = client.plan(staff, person, "2000-01-01", "2099-12-31");
			client.step(staff, plan, "早已到期", "2000-01-02");
		}
		long onTime = client.person(staff, "逾期丁", TalentClient.ZHUGEN_VILLAGE);
		client.step(staff, client.plan(staff, onTime, "2000-01-01", "2099-12-31"), "尚未到期", "2099-01-01");
		long donePlan = jdbc.sql("select id from members_cultivation_plan where person_id = :p").param("p", done)
			.query(Long.class).single();
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/"
				+ jdbc.sql("select id from members_cultivation_step where plan_id = :p").param("p", donePlan).query(Long.class)
					.single() + "/done"), staff))
			.andExpect(status().isOk());

		List<Integer> overdue = planPeople(zhugen, true);
		assertThat(overdue).contains((int) mine).doesNotContain((int) theirs, (int) done, (int) onTime);
		assertThat(planPeople(zhugen, false)).contains((int) mine, (int) done, (int) onTime).doesNotContain((int) theirs);
		assertThat(planPeople(staff, true)).contains((int) mine, (int) theirs);
	}

	/** The people of every page of the overview. */
	private List<Integer> planPeople(String token, boolean overdue) throws Exception {
		List<Integer> people = new ArrayList<>();
		for (int page = 0;; page++) {
			String body = mvc.perform(get("/api/v1/members/talent/plans?overdue=" + overdue + "&page=" + page)
					.header("Authorization", "Bearer " + token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			people.addAll(JsonPath.read(body, "$.content[*].personId"));
			if (page + 1 >= (int) JsonPath.read(body, "$.totalPages")) {
				return people;
			}
		}
	}

	@Test
	void eliteProjectsAreTheDepartmentsAndEnrolmentsArePerPersonInScope() throws Exception {
		String name = "精英项目" + TalentClient.token();
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/projects"), zhugen)
				.content("{\"name\":\"" + name + "\",\"year\":\"2026\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/projects"), staff).content("{\"name\":\"\",\"year\":\"1999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].field").value("year"));
		String created = mvc.perform(TalentClient.api(post("/api/v1/members/talent/projects"), staff)
				.content("{\"name\":\"" + name + "\",\"year\":\"2026\",\"description\":\"年度重点\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long project = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/projects"), staff)
				.content("{\"name\":\"" + name + "\",\"year\":\"2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		long mine = client.person(staff, "精英甲", TalentClient.ZHUGEN_VILLAGE);
		long theirs = client.person(staff, "精英乙", TalentClient.NIUHUA_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + mine + "/projects/" + project), zhugen)
				.content("{\"enrolledOn\":\"2026-03-01\",\"remark\":\"组长\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personName").value("精英甲"))
			.andExpect(jsonPath("$.enrolledOn").value("2026-03-01"));
		mvc.perform(TalentClient.api(put("/api/v1/members/" + theirs + "/projects/" + project), staff))
			.andExpect(status().isOk());
		mvc.perform(TalentClient.api(put("/api/v1/members/" + mine + "/projects/999999999"), zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(put("/api/v1/members/" + mine + "/projects/" + project), zhugen)
				.content("{\"enrolledOn\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enrolledOn"));

		String list = mvc.perform(get("/api/v1/members/talent/projects").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> seen = JsonPath.read(list, "$[?(@.id == " + project + ")].enrolled[*].personId");
		assertThat(seen).containsExactly((int) mine);
		list = mvc.perform(get("/api/v1/members/talent/projects").header("Authorization", "Bearer " + staff))
			.andReturn().getResponse().getContentAsString();
		seen = JsonPath.read(list, "$[?(@.id == " + project + ")].enrolled[*].personId");
		assertThat(seen).containsExactlyInAnyOrder((int) mine, (int) theirs);

		mvc.perform(TalentClient.api(delete("/api/v1/members/" + mine + "/projects/" + project), zhugen))
			.andExpect(status().isNoContent());
		mvc.perform(TalentClient.api(delete("/api/v1/members/" + mine + "/projects/" + project), zhugen))
			.andExpect(status().isNotFound());
		assertThat(client.audits("ELITE_ENROLLED", mine)).isEqualTo(1);
		assertThat(client.audits("ELITE_REMOVED", mine)).isEqualTo(1);
	}

	@Test
	void aVillageLiaisonReadsButChangesNothing() throws Exception {
		String liaison = client.token("huangjuejing");
		mvc.perform(get("/api/v1/members/talent/tags").header("Authorization", "Bearer " + liaison)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/members/talent/plans").header("Authorization", "Bearer " + liaison)).andExpect(status().isOk());
		long person = client.person(staff, "联络对象", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/EXPERT"), liaison))
			.andExpect(status().isForbidden());
		assertThat(tagRows(person)).isZero();
	}

}
