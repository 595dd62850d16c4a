package org.tongxin.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.StatementCounter;

/**
 * The posts section of the person detail page (loaded by htmx, a page of its own without it), its
 * forms, the session-end page with its confirmation, and the statement budget of these pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RepresentativePostPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private PostClient client;

	private String staffToken;

	private Cookie zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new PostClient(mvc);
		staffToken = client.token("staff");
		zhugen = client.login("zhugen");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String kind, String level,
			String session, String startedOn, String endedOn) {
		return form(request, zhugen, kind, level, session, "常委", startedOn, endedOn);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Cookie session, String kind,
			String level, String sessionNumber, String position, String startedOn, String endedOn) {
		return request.cookie(session).with(csrf()).param("kind", kind).param("level", level)
			.param("sessionNumber", sessionNumber).param("organisation", "").param("sector", "民主党派界")
			.param("position", position).param("startedOn", startedOn).param("endedOn", endedOn);
	}

	private long count(long person) {
		return jdbc.sql("select count(*) from members_post where person_id = :p").param("p", person).query(Long.class).single();
	}

	@Test
	void theDetailPageLoadsTheSectionWhichListsCurrentPostsFirst() throws Exception {
		long person = client.person(staffToken, "页面代表", PostClient.ZHUGEN_VILLAGE);
		client.addPost(staffToken, person, "{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":9,\"sector\":\"经济界\","
				+ "\"position\":\"委员\",\"startedOn\":\"2016-12-28\",\"endedOn\":\"2021-12-31\"}");
		client.addPost(staffToken, person, PostClient.seat("CPPCC", "COUNTY", 10, "2022-01-05"));
		mvc.perform(get("/members/" + person).cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/members/" + person + "/posts\"")));
		String section = mvc.perform(get("/members/" + person + "/posts").header("HX-Request", "true").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("区（县）政协 第十届"), containsString("区（县）政协 第九届"),
					containsString("2022-01-05 起，在任"), containsString("/members/" + person + "/posts\""),
					not(containsString("<html")))))
			.andReturn().getResponse().getContentAsString();
		assertThat(section.indexOf("第十届")).as("current before ended").isLessThan(section.indexOf("第九届"));
		mvc.perform(get("/members/" + person + "/posts").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
		// a village liaison reads, without forms, and may not change
		Cookie liaison = client.login("huangjuejing");
		mvc.perform(get("/members/" + person + "/posts").header("HX-Request", "true").cookie(liaison))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第十届"), not(containsString("<form")))));
		mvc.perform(form(post("/members/" + person + "/posts"), liaison, "NPC", "CITY", "9", "代表", "2022-01-08", ""))
			.andExpect(status().isForbidden());
		assertThat(count(person)).isEqualTo(2);
	}

	@Test
	void postsAreAddedEditedAndEndedByFormsWithBadInputShownNextToTheField() throws Exception {
		long person = client.person(staffToken, "表单代表", PostClient.ZHUGEN_VILLAGE);
		mvc.perform(form(post("/members/" + person + "/posts"), "CPPCC", "COUNTY", "10", "2022-01-05", "2022-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于任职日期")));
		mvc.perform(form(post("/members/" + person + "/posts"), "NPC", "", "19", "2022-01-05", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人大代表、政协委员须填写级别")));
		assertThat(count(person)).isZero();

		mvc.perform(form(post("/members/" + person + "/posts"), "CPPCC", "COUNTY", "10", "2022-01-05", ""))
			.andExpect(redirectedUrl("/members/" + person))
			.andExpect(flash().attribute("flash", "post.flash.added"));
		long post = jdbc.sql("select id from members_post where person_id = :p").param("p", person).query(Long.class).single();
		mvc.perform(get("/members/posts/" + post + "/edit").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"常委\"")));
		mvc.perform(form(post("/members/posts/" + post + "/edit"), zhugen, "CPPCC", "COUNTY", "10", "副主席", "2022-01-05", "")
				.param("version", "0"))
			.andExpect(redirectedUrl("/members/" + person));
		mvc.perform(post("/members/posts/" + post + "/end").cookie(zhugen).with(csrf()).param("endedOn", "2021-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于任职日期")));
		mvc.perform(post("/members/posts/" + post + "/end").cookie(zhugen).with(csrf()).param("endedOn", "2026-12-31"))
			.andExpect(redirectedUrl("/members/" + person))
			.andExpect(flash().attribute("flash", "post.flash.ended"));
		assertThat(jdbc.sql("select position || ' ' || ended_on from members_post where id = :id").param("id", post)
			.query(String.class).single()).isEqualTo("副主席 2026-12-31");
	}

	@Test
	void theSessionEndPageConfirmsHowManyPostsWillEndBeforeEndingThem() throws Exception {
		int session = PostClient.freshSession();
		long mine = client.person(staffToken, "届满页面甲", PostClient.ZHUGEN_VILLAGE);
		long theirs = client.person(staffToken, "届满页面乙", PostClient.NIUHUA_VILLAGE);
		client.addPost(staffToken, mine, PostClient.seat("NPC", "CITY", session, "2022-01-08"));
		client.addPost(staffToken, theirs, PostClient.seat("NPC", "CITY", session, "2022-01-08"));
		mvc.perform(get("/members").cookie(zhugen))
			.andExpect(content().string(containsString("href=\"/members/posts/session-end\"")));
		mvc.perform(get("/members/posts/session-end").cookie(zhugen)).andExpect(status().isOk());
		mvc.perform(post("/members/posts/session-end/preview").cookie(zhugen).with(csrf()).param("kind", "NPC")
				.param("level", "CITY").param("sessionNumber", String.valueOf(session)).param("endedOn", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将结束 1 项在任职务")));
		assertThat(open(session)).isEqualTo(2);
		mvc.perform(post("/members/posts/session-end/preview").cookie(zhugen).with(csrf()).param("kind", "NPC")
				.param("level", "CITY").param("sessionNumber", "第十届").param("endedOn", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("届次应为 1 至 99 的整数")));
		mvc.perform(post("/members/posts/session-end").cookie(zhugen).with(csrf()).param("kind", "NPC")
				.param("level", "CITY").param("sessionNumber", String.valueOf(session)).param("endedOn", "2026-12-31"))
			.andExpect(redirectedUrl("/members/posts/session-end"))
			.andExpect(flash().attribute("ended", 1));
		assertThat(open(session)).isEqualTo(1);
	}

	private long open(int session) {
		return jdbc.sql("select count(*) from members_post where kind = 'NPC' and level = 'CITY' and session_number = :s"
				+ " and ended_on is null").param("s", session).query(Long.class).single();
	}

	@Test
	void thePostPagesStayWithinTheStatementBudget() throws Exception {
		Cookie staff = client.login("staff");
		long person = client.person(staffToken, "预算代表", PostClient.ZHUGEN_VILLAGE);
		for (int i = 0; i < 12; i++) {
			client.addPost(staffToken, person, PostClient.seat("CPPCC", "COUNTY", 1 + i, (2000 + i) + "-01-05"));
		}
		long post = jdbc.sql("select max(id) from members_post where person_id = :p").param("p", person)
			.query(Long.class).single();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/members/" + person, "/members/" + person + "/posts",
				"/members/posts/" + post + "/edit", "/members/posts/session-end")) {
			mvc.perform(get(page).cookie(staff));
			StatementCounter.reset();
			assertThat(mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getStatus()).as(page).isEqualTo(200);
			counts.put(page, StatementCounter.count());
			assertThat(StatementCounter.count()).as("%s ran %s", page, StatementCounter.statements()).isLessThanOrEqualTo(10);
		}
		System.out.println("Statements per post page: " + counts);
	}

}
