package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/**
 * Staff, officers and leaders land on their waiting work and this year's figures of their scope;
 * each figure is the module's own count (the figures pages and APIs), and a town officer's are his
 * town's. A member lands on their own page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageLoadsTheWaitingWorkAndTheFigures() throws Exception {
		String page = body("/", login("staff"));
		assertThat(page).contains("hx-get=\"/inbox/section\"", "hx-get=\"/home/figures\"");
	}

	@Test
	void eachFigureIsTheModulesOwnCountOfTheViewersScope() throws Exception {
		for (String user : new String[] { "staff", "zhugen" }) {
			Cookie session = login(user);
			String token = DemoLogins.token(mvc, user, DemoLogins.DEMO_PASSWORD);
			String card = body("/home/figures", session);
			assertThat(card).contains("hx-get=\"/home/figures/members\"", "hx-get=\"/home/figures/demands\"");
			String figures = body("/home/figures/members", session) + body("/home/figures/demands", session);
			String demands = api("/api/v1/demands/figures", token);
			long received = ((Number) JsonPath.read(demands, "$.total.received")).longValue();
			assertThat(figures).as(user).contains(figure(received, "收到诉求"));
			String coverage = api("/api/v1/members/coverage", token);
			long people = ((Number) JsonPath.read(coverage, "$.total")).longValue();
			assertThat(figures).as(user).contains(figure(people, "统战对象"));
		}
		String staffProposals = api("/api/v1/proposal-figures", DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
		long proposals = ((Number) JsonPath.read(staffProposals, "$.total.proposalsSubmitted")).longValue();
		assertThat(body("/home/figures/proposals", login("staff"))).contains(figure(proposals, "提交建言"));
	}

	@Test
	void aTownOfficersFiguresAreHisTownsNotTheDistricts() throws Exception {
		String district = api("/api/v1/members/coverage", DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
		String town = api("/api/v1/members/coverage", DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD));
		long all = ((Number) JsonPath.read(district, "$.total")).longValue();
		long his = ((Number) JsonPath.read(town, "$.total")).longValue();
		assertThat(his).isLessThan(all);
		assertThat(body("/home/figures/members", login("zhugen"))).contains(figure(his, "统战对象")).doesNotContain(figure(all, "统战对象"));
	}

	@Test
	void aModuleWithoutFiguresOrOutOfTheUsersPrivilegesIsNotFound() throws Exception {
		Cookie session = login("staff");
		mvc.perform(get("/home/figures/nothing").cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/home/figures/members").cookie(login("jingxin"))).andExpect(status().isNotFound());
		// hostile names are refused before any module is asked (the firewall's 400 or our 404), never a 5xx
		for (String module : new String[] { "%3Cscript%3E", "..", "demands%00", "x".repeat(5000) }) {
			mvc.perform(get("/home/figures/" + module).cookie(session)).andExpect(status().is4xxClientError());
		}
	}

	@Test
	void aMemberLandsOnTheirOwnPage() throws Exception {
		mvc.perform(get("/").cookie(login("member"))).andExpect(status().is3xxRedirection());
	}

	private String figure(long value, String label) {
		return String.format("%,d", value) + "</span>\n      <span class=\"tx-figure-label d-block small text-muted\">" + label;
	}

	private Cookie login(String user) throws Exception {
		return DemoLogins.login(mvc, user, DemoLogins.DEMO_PASSWORD);
	}

	private String body(String path, Cookie session) throws Exception {
		return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String api(String path, String token) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

}
