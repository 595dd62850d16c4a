package org.tongxin.members.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.demands.DemandClient;
import org.tongxin.inbox.InboxClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * A member's /me shows what waits for them: the page loads the inbox's section, which lists the
 * answer to rate once their demand is answered, linked to the demand; the page also leads to
 * submitting a demand and to their own demands. Nothing in the address selects another person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SelfWaitingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMemberSeesTheAnswerToRateOnTheirPage() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		DemandClient demands = new DemandClient(mvc, jdbc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String handler = members.token("huangjuejing");
		Member member = members.member(staff, "待评价甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800090011");
		long id = demands.submitted(member.token(),
				"{\"categoryCode\":\"LIVELIHOOD\",\"title\":\"村道积水\",\"description\":\"雨后积水严重。\"}");
		demands.step(zhugen, id, "accept", "{\"version\":" + demands.version(id) + ",\"unitCode\":\""
				+ SelfServiceClient.ZHUGEN_VILLAGE + "\",\"leadUserId\":" + demands.userId("huangjuejing") + "}")
			.andExpect(status().isOk());
		demands.step(handler, id, "answer", "{\"version\":" + demands.version(id) + ",\"answer\":\"已疏通排水沟。\"}")
			.andExpect(status().isOk());
		assertThat(new InboxClient(mvc).awaitKinds(member.token(), "demand", id, k -> !k.isEmpty()))
			.containsExactly("demand.waiting.rate");

		mvc.perform(get("/me").cookie(member.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/inbox/section\""), containsString("hx-trigger=\"load\""),
					containsString("href=\"/demands/new\""), containsString("href=\"/demands\""), containsString("提交诉求"),
					containsString("我的诉求"))));
		mvc.perform(get("/inbox/section").cookie(member.session()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("待评价"), containsString("村道积水"),
					containsString("href=\"/demands/" + id + "\""))));
	}

	@Test
	void noAddressSelectsAnotherPersonsPage() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		String staff = members.token("staff");
		Member mine = members.member(staff, "本人页甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800090012");
		long other = members.person(staff, "他人页乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800090013");
		mvc.perform(get("/me").cookie(mine.session()).param("id", String.valueOf(other)).param("personId",
				String.valueOf(other)).param("module", "'; drop table inbox_item; --"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("本人页甲"), not(containsString("他人页乙")))));
	}

}
