package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
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
import org.tongxin.shared.OfficeTime;

/**
 * A running plan's next open step waits in 我的待办 for the officers of the person's town, from two
 * weeks before it is due (amber in its last three days, overdue after), linked to the plan; once
 * done, the next step takes its place; a closed plan waits for nobody until it runs again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanInboxTests {

	private static final String MODULE = "members";

	private static final String TYPE = "talent-plan";

	private static final String STEP = "talent.waiting.step";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	private TalentClient client;

	private InboxClient inbox;

	private String staff;

	private String zhugen;

	private String niuhua;

	private LocalDate today;

	@BeforeEach
	void signIn() throws Exception {
		client = new TalentClient(mvc, jdbc);
		inbox = new InboxClient(mvc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
		niuhua = client.token("niuhua");
		today = OfficeTime.today(clock);
	}

	@Test
	void theNextStepWaitsForTheTownFromTwoWeeksBeforeItIsDueAndTheStepAfterTakesItsPlace() throws Exception {
		long person = client.person(staff, "培养待办甲", TalentClient.ZHUGEN_VILLAGE);
		long plan = client.plan(staff, person, today.minusDays(30).toString(), today.plusDays(365).toString());
		client.step(staff, plan, "远期调研", today.plusDays(20).toString());
		long near = client.step(staff, plan, "近期培训", today.plusDays(2).toString());

		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, plan, k -> !k.isEmpty())).containsExactly(STEP);
		String item = "$.items[?(@.type == 'talent-plan' && @.recordId == " + plan + ")].";
		String read = inbox.read(zhugen, MODULE);
		assertThat(JsonPath.<List<String>>read(read, item + "title")).containsExactly("培养待办甲 · 近期培训");
		assertThat(JsonPath.<List<String>>read(read, item + "link")).containsExactly("/members/talent/plans/" + plan);
		assertThat(JsonPath.<List<String>>read(read, item + "deadline")).containsExactly(today.plusDays(2).toString());
		assertThat(JsonPath.<List<String>>read(read, item + "light")).as("due in two days: amber").containsExactly("YELLOW");
		assertThat(inbox.kindsOn(niuhua, MODULE, TYPE, plan)).as("another town's officer").isEmpty();
		assertThat(inbox.kindsOn(staff, MODULE, TYPE, plan)).as("the department is not handed the towns' work").isEmpty();

		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + near + "/done"), zhugen).content("{}"))
			.andExpect(status().isOk());
		awaitDeadline(plan, today.plusDays(20));
		assertThat(inbox.kindsOn(zhugen, MODULE, TYPE, plan)).as("the next step is due in 20 days: not listed yet").isEmpty();
	}

	@Test
	void aClosedPlanWaitsForNobodyUntilItRunsAgain() throws Exception {
		long person = client.person(staff, "培养待办乙", TalentClient.ZHUGEN_VILLAGE);
		long plan = client.plan(staff, person, today.minusDays(30).toString(), today.plusDays(365).toString());
		client.step(staff, plan, "逾期步骤", today.minusDays(1).toString());
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, plan, k -> !k.isEmpty())).containsExactly(STEP);
		assertThat(JsonPath.<List<String>>read(inbox.read(zhugen, MODULE),
				"$.items[?(@.type == 'talent-plan' && @.recordId == " + plan + ")].light")).containsExactly("OVERDUE");

		setStatus(plan, "CANCELLED");
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, plan, List::isEmpty)).as("given up").isEmpty();
		setStatus(plan, "ACTIVE");
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, plan, k -> !k.isEmpty())).as("runs again").containsExactly(STEP);
		setStatus(plan, "COMPLETED");
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, plan, List::isEmpty)).as("completed").isEmpty();
	}

	private void setStatus(long plan, String status) throws Exception {
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen)
				.content("{\"status\":\"" + status + "\",\"version\":" + client.version(plan) + "}"))
			.andExpect(status().isOk());
	}


	/** Waits until the plan's projected item is the step due on {@code due} (listed or not yet). */
	private void awaitDeadline(long plan, LocalDate due) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (!due.equals(deadline(plan)) && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(deadline(plan)).isEqualTo(due);
	}

	private LocalDate deadline(long plan) {
		return jdbc.sql("select deadline from inbox_item where record_type = 'talent-plan' and record_id = :p")
			.param("p", plan).query(LocalDate.class).optional().orElse(null);
	}

}
