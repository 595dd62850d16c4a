package org.tongxin.members.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.inbox.InboxClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * A member's correction waits in 我的待办 for the reviewers of the person's town (the officer of
 * 竹根镇 for a villager of 竹根镇), linked to its place on the review page, until it is approved,
 * rejected or withdrawn. Another town's officer never gets it; nor does the department, which is
 * handed only its own level's work (its review page still lists every correction in its scope).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorrectionInboxTests {

	private static final String MODULE = "members";

	private static final String TYPE = "correction";

	private static final String REVIEW = "correction.waiting.review";

	@Autowired
	MockMvc mvc;

	private SelfServiceClient client;

	private InboxClient inbox;

	private String staff;

	private String zhugen;

	private String niuhua;

	@BeforeEach
	void signIn() throws Exception {
		client = new SelfServiceClient(mvc);
		inbox = new InboxClient(mvc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
		niuhua = client.token("niuhua");
	}

	@Test
	void aPendingCorrectionWaitsForTheTownsReviewersUntilItIsApproved() throws Exception {
		Member member = client.member(staff, "更正待办甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800090001");
		long id = client.requested(member, "{\"phone\":\"13900090001\"}", "已换号");

		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, id, k -> !k.isEmpty())).containsExactly(REVIEW);
		String item = "$.items[?(@.type == 'correction' && @.recordId == " + id + ")].";
		String read = inbox.read(zhugen, MODULE);
		assertThat(JsonPath.<List<String>>read(read, item + "module")).containsExactly(MODULE);
		assertThat(JsonPath.<List<String>>read(read, item + "title")).containsExactly("更正待办甲");
		assertThat(JsonPath.<List<String>>read(read, item + "link")).containsExactly("/members/corrections#correction-" + id);
		assertThat(JsonPath.<List<String>>read(read, item + "light")).containsExactly("NONE");
		assertThat(inbox.kindsOn(niuhua, MODULE, TYPE, id)).as("another town's officer").isEmpty();
		assertThat(inbox.kindsOn(staff, MODULE, TYPE, id)).as("the department is not handed the towns' work").isEmpty();
		assertThat(inbox.kindsOn(member.token(), MODULE, TYPE, id)).as("the member waits, but has nothing to do").isEmpty();

		client.decide(zhugen, id, "approve", null).andExpect(status().isOk());
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, id, List::isEmpty)).as("approved: nothing waits").isEmpty();
	}

	@Test
	void aRejectedOrWithdrawnCorrectionWaitsNoMore() throws Exception {
		Member rejected = client.member(staff, "更正待办乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800090002");
		long first = client.requested(rejected, "{\"education\":\"硕士研究生\"}", "已毕业");
		Member withdrawn = client.member(staff, "更正待办丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800090003");
		long second = client.requested(withdrawn, "{\"post\":\"副主任\"}", "已任职");
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, first, k -> !k.isEmpty())).containsExactly(REVIEW);
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, second, k -> !k.isEmpty())).containsExactly(REVIEW);

		client.decide(zhugen, first, "reject", "请提供学历证书").andExpect(status().isOk());
		mvc.perform(post("/api/v1/me/corrections/" + second + "/withdraw")
			.header("Authorization", SelfServiceClient.bearer(withdrawn.token()))).andExpect(status().is2xxSuccessful());

		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, first, List::isEmpty)).as("rejected").isEmpty();
		assertThat(inbox.awaitKinds(zhugen, MODULE, TYPE, second, List::isEmpty)).as("withdrawn").isEmpty();
	}

}
