package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.FollowRedirect;
import org.tongxin.StatementCounter;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * The demand pages: a member submits from the form (a refused form keeps what was typed), the case
 * page escapes what users typed, a refused step keeps its text, a stale step says so, the pages
 * stay within the statement budget, and the header badge counts what waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandPageTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private DemandClient demands;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		demands = new DemandClient(mvc, jdbc);
		staff = members.token("staff");
	}

	private long categoryId(String code) {
		return jdbc.sql("select id from demands_category where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void aMemberSubmitsFromTheFormAndARefusedFormKeepsWhatWasTyped() throws Exception {
		Member member = members.member(staff, "页面甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800040001");
		String refused = mvc.perform(multipart("/demands").cookie(member.session()).with(csrf())
				.param("categoryId", String.valueOf(categoryId("POLICY"))).param("title", "页面提交一")
				.param("description", "我想了解<b>创业</b>补贴"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("页面提交一").contains("我想了解&lt;b&gt;创业&lt;/b&gt;补贴").contains("HTML");
		String location = mvc.perform(multipart("/demands").cookie(member.session()).with(csrf())
				.param("categoryId", String.valueOf(categoryId("POLICY"))).param("title", "页面提交一")
				.param("description", "收入<3000元，想了解创业补贴"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String page = mvc.perform(get(location).cookie(member.session())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("收入&lt;3000元").doesNotContain("收入<3000元");
	}

	@Test
	void aRefusedStepKeepsItsTextAndAStaleStepSaysSo() throws Exception {
		Member member = members.member(staff, "页面乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800040002");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"页面步骤\",\"description\":\"内容\"}");
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		long version = demands.version(id);
		// a refused step goes back to the case's page (post/redirect/get) with what was typed
		String refused = FollowRedirect.page(mvc, zhugen, mvc.perform(post("/demands/" + id + "/accept").cookie(zhugen)
				.with(csrf()).param("version", String.valueOf(version)).param("unitCode", "511112100003"))
			.andExpect(status().is3xxRedirection()).andReturn(), "/demands/" + id);
		assertThat(refused).contains("请选择主办人").contains("511112100003");
		String declined = FollowRedirect.page(mvc, zhugen, mvc.perform(post("/demands/" + id + "/decline").cookie(zhugen)
				.with(csrf()).param("version", String.valueOf(version)).param("text", "不属于受理范围<i>说明</i>"))
			.andExpect(status().is3xxRedirection()).andReturn(), "/demands/" + id);
		assertThat(declined).contains("不属于受理范围&lt;i&gt;说明&lt;/i&gt;");
		mvc.perform(post("/demands/" + id + "/accept").cookie(zhugen).with(csrf())
				.param("version", String.valueOf(version)).param("unitCode", "511112100003")
				.param("leadUserId", String.valueOf(demands.userId("huangjuejing"))))
			.andExpect(status().is3xxRedirection());
		String stale = FollowRedirect.page(mvc, zhugen, mvc.perform(post("/demands/" + id + "/transfer").cookie(zhugen)
				.with(csrf()).param("version", String.valueOf(version)).param("unitCode", "511112100")
				.param("leadUserId", String.valueOf(demands.userId("zhugen"))).param("text", "转镇里"))
			.andExpect(status().is3xxRedirection()).andReturn(), "/demands/" + id);
		assertThat(stale).contains("刚被他人处理过").contains("转镇里");
	}

	@Test
	void demandPagesStayWithinTheStatementBudget() throws Exception {
		Member member = members.member(staff, "页面丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800040003");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"LIVELIHOOD\",\"title\":\"预算测试\",\"description\":\"内容\"}");
		demands.step(members.token("zhugen"), id, "accept", "{\"version\":" + demands.version(id)
				+ ",\"unitCode\":\"511112100003\",\"leadUserId\":" + demands.userId("huangjuejing") + ",\"coHandlerIds\":["
				+ demands.userId("zhugen") + "]}").andExpect(status().isOk());
		demands.step(members.token("huangjuejing"), id, "progress", "{\"note\":\"进展\"}").andExpect(status().isOk());
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/demands", "/demands?status=HANDLING&overdue=true&q=预算", "/demands/" + id,
				"/inbox", "/inbox/badge", "/inbox/section", "/demands/new", "/demands/handlers?unitCode=511112100003")) {
			counts.put("zhugen " + page, count(zhugen, page));
		}
		for (String page : List.of("/demands", "/demands/" + id, "/demands/new", "/inbox/badge", "/inbox")) {
			counts.put("member " + page, count(member.session(), page));
		}
		System.out.println("Statements per demand page: " + counts);
		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(BUDGET));
	}

	private int count(Cookie session, String page) throws Exception {
		mvc.perform(get(page).cookie(session));
		StatementCounter.reset();
		int status = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus();
		assertThat(status).as(page).isEqualTo(200);
		return StatementCounter.count();
	}

}
