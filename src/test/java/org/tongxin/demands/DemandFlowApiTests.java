package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.tongxin.inbox.InboxClient;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * A demand's whole way through the API: a member submits, the town officer accepts and assigns to a
 * village liaison, the liaison answers, the member is dissatisfied, the case reopens with a new
 * deadline, the second answer satisfies, and every step is in the history with who and when.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandFlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DemandClient demands;

	private SelfServiceClient members;

	private InboxClient inbox;

	private String staff;

	private String zhugen;

	private String liaison;

	@BeforeEach
	void signIn() throws Exception {
		demands = new DemandClient(mvc, jdbc);
		members = new SelfServiceClient(mvc);
		inbox = new InboxClient(mvc);
		staff = members.token("staff");
		zhugen = members.token("zhugen");
		liaison = members.token("huangjuejing");
	}

	@Test
	void aDemandTravelsFromSubmissionThroughADissatisfiedRoundToClosure() throws Exception {
		Member member = members.member(staff, "诉求甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800020001");
		String own = member.token();
		long id = demands.submitted(own, """
				{"categoryCode":"LIVELIHOOD","title":"小区路灯坏了","description":"黄桷井社区3栋前路灯坏了两周，晚上出行不便。"}""");
		demands.get(own, id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.channel").value("SELF"))
			.andExpect(jsonPath("$.person.id").value(member.personId()))
			.andExpect(jsonPath("$.unit.code").value(SelfServiceClient.ZHUGEN_VILLAGE))
			.andExpect(jsonPath("$.clock.light").value(org.hamcrest.Matchers.oneOf("GREEN", "YELLOW", "RED")))
			.andExpect(jsonPath("$.steps").value(org.hamcrest.Matchers.contains("ATTACH")));
		assertThat(inbox.awaitKinds(zhugen, "demands", "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.accept");

		long lead = demands.userId("huangjuejing");
		demands.step(zhugen, id, "accept", "{\"version\":" + demands.version(id) + ",\"unitCode\":\""
				+ SelfServiceClient.ZHUGEN_VILLAGE + "\",\"leadUserId\":" + lead + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLING"))
			.andExpect(jsonPath("$.lead.id").value(lead))
			.andExpect(jsonPath("$.dueDate").isNotEmpty());
		assertThat(inbox.awaitKinds(liaison, "demands", "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.answer");

		demands.step(liaison, id, "progress", "{\"note\":\"已联系物业，更换灯具中。\"}").andExpect(status().isOk());
		demands.step(liaison, id, "answer", "{\"version\":" + demands.version(id) + ",\"answer\":\"已联系物业登记维修。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		assertThat(inbox.awaitKinds(own, "demands", "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.rate");

		// dissatisfied needs a reason, and the refusal changes nothing
		demands.step(own, id, "rate", "{\"version\":" + demands.version(id) + ",\"rating\":\"DISSATISFIED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不满意的原因")));
		String firstDue = JsonPath.read(demands.get(own, id).andReturn().getResponse().getContentAsString(), "$.dueDate");
		demands.step(own, id, "rate", "{\"version\":" + demands.version(id)
				+ ",\"rating\":\"DISSATISFIED\",\"comment\":\"只是登记了，灯还没修。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLING"))
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.reopenedCount").value(1))
			.andExpect(jsonPath("$.rating").value("DISSATISFIED"));
		String secondDue = JsonPath.read(demands.get(own, id).andReturn().getResponse().getContentAsString(), "$.dueDate");
		assertThat(LocalDate.parse(secondDue)).isAfterOrEqualTo(LocalDate.parse(firstDue).minusDays(30));

		demands.step(liaison, id, "answer", "{\"version\":" + demands.version(id) + ",\"answer\":\"路灯已于今日更换。\"}")
			.andExpect(status().isOk());
		demands.step(own, id, "rate", "{\"version\":" + demands.version(id) + ",\"rating\":\"SATISFIED\",\"comment\":\"修好了，谢谢。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedAt").isNotEmpty());

		String detail = demands.get(own, id).andReturn().getResponse().getContentAsString();
		List<String> kinds = JsonPath.read(detail, "$.history[*].kind");
		assertThat(kinds).containsExactly("SUBMITTED", "ACCEPTED", "ASSIGNED", "PROGRESS", "ANSWERED", "RATED", "REOPENED",
				"ANSWERED", "RATED", "CLOSED");
		List<String> actors = JsonPath.read(detail, "$.history[*].actor");
		assertThat(actors).doesNotContainNull().contains("李明（竹根镇统战干事）", "陈芳（黄桷井社区联络员）");
		List<Integer> rounds = JsonPath.read(detail, "$.history[*].round");
		assertThat(rounds).containsExactly(1, 1, 1, 1, 1, 1, 2, 2, 2, 2);
		List<String> at = JsonPath.read(detail, "$.history[*].at");
		assertThat(at).doesNotContainNull();
	}

	@Test
	void anOfficerSubmitsForAMemberWhoSeesAndRatesIt() throws Exception {
		Member member = members.member(staff, "诉求乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800020002");
		long id = demands.submitted(zhugen, "{\"categoryCode\":\"EMPLOYMENT\",\"title\":\"孩子就业咨询\",\"description\":\"走访时提出：孩子大学毕业想回乡创业。\",\"personId\":"
				+ member.personId() + "}");
		demands.get(member.token(), id).andExpect(status().isOk())
			.andExpect(jsonPath("$.channel").value("API"))
			.andExpect(jsonPath("$.submittedBy.name").value("李明（竹根镇统战干事）"));
		assertThat(inbox.awaitKinds(zhugen, "demands", "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.accept");
		assertThat(inbox.kindsOn(member.token(), "demands", "demand", id)).as("nothing is the member's to do yet").isEmpty();
	}

	@Test
	void twoOfficersAcceptingAtOnceCannotBothWin() throws Exception {
		Member member = members.member(staff, "诉求丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800020003");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"政策咨询\",\"description\":\"想了解创业补贴。\"}");
		long version = demands.version(id);
		String body = "{\"version\":" + version + ",\"unitCode\":\"" + SelfServiceClient.ZHUGEN_VILLAGE + "\",\"leadUserId\":"
				+ demands.userId("huangjuejing") + "}";
		demands.step(zhugen, id, "accept", body).andExpect(status().isOk());
		demands.step(staff, id, "accept", body).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from demands_event where case_id = :id and kind = 'ACCEPTED'").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
	}

}
