package org.tongxin.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Representative posts through the API: adding, changing and ending with their audit records, bad
 * input that changes nothing, ending a session within the actor's scope (and only once), and the
 * 404 a town officer gets for another town's people.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RepresentativePostApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private PostClient client;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new PostClient(mvc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
	}

	private long posts() {
		return jdbc.sql("select count(*) from members_post").query(Long.class).single();
	}

	private long audits(String action, long person) {
		return jdbc.sql("select count(*) from audit_event where action = :a and target_type = 'member' and target_id = :t")
			.param("a", action).param("t", String.valueOf(person)).query(Long.class).single();
	}

	/** The person's history rows of posts, oldest first: "before > after". */
	private java.util.List<String> postHistory(long person) {
		return jdbc.sql("select coalesce(old_value, '') || ' > ' || coalesce(new_value, '') from members_person_change"
				+ " where person_id = :p and field = 'post' order by id").param("p", person).query(String.class).list();
	}

	private String endedOn(long post) {
		return jdbc.sql("select coalesce(ended_on::text, '') from members_post where id = :id").param("id", post)
			.query(String.class).single();
	}

	@Test
	void aPostIsAddedChangedAndEndedWithEveryChangeAudited() throws Exception {
		long person = client.person(staff, "代表甲", PostClient.ZHUGEN_VILLAGE);
		long post = client.addPost(staff, person, PostClient.seat("CPPCC", "COUNTY", 10, "2022-01-05"));
		client.addPost(staff, person, "{\"kind\":\"ASSOCIATION_POST\",\"organisation\":\"区工商联\",\"position\":\"执委\","
				+ "\"startedOn\":\"2021-06-10\",\"endedOn\":\"2024-06-10\"}");
		assertThat(audits("POST_ADDED", person)).isEqualTo(2);

		mvc.perform(PostClient.api(patch("/api/v1/members/posts/" + post), staff)
				.content("{\"position\":\"常委\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value("常委"))
			.andExpect(jsonPath("$.sector").value("经济界"));
		assertThat(audits("POST_CHANGED", person)).isEqualTo(1);
		mvc.perform(PostClient.api(patch("/api/v1/members/posts/" + post), staff).content("{\"position\":\"委员\",\"version\":0}"))
			.andExpect(status().isConflict());

		mvc.perform(PostClient.api(post("/api/v1/members/posts/" + post + "/end"), staff).content("{\"endedOn\":\"2026-12-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedOn").value("2026-12-31"))
			.andExpect(jsonPath("$.current").value(false));
		assertThat(audits("POST_ENDED", person)).isEqualTo(1);
		assertThat(postHistory(person)).as("the person's change history tells each step").containsExactly(
				" > 政协委员·区（县）·第10届·经济界·委员·2022-01-05–",
				" > 协会、商会职务·区工商联·执委·2021-06-10–2024-06-10",
				"政协委员·区（县）·第10届·经济界·委员·2022-01-05– > 政协委员·区（县）·第10届·经济界·常委·2022-01-05–",
				"政协委员·区（县）·第10届·经济界·常委·2022-01-05– > 政协委员·区（县）·第10届·经济界·常委·2022-01-05–2026-12-31");
		// an ended post is not ended again
		mvc.perform(PostClient.api(post("/api/v1/members/posts/" + post + "/end"), staff).content("{\"endedOn\":\"2027-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"));

		// current first: the association post ended 2024, the CPPCC seat 2026; both ended now, newest start first
		mvc.perform(get("/api/v1/members/" + person + "/posts").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].kind").value("CPPCC"))
			.andExpect(jsonPath("$[1].organisation").value("区工商联"));
	}

	@Test
	void currentPostsAreListedBeforeEndedOnes() throws Exception {
		long person = client.person(staff, "代表乙", PostClient.ZHUGEN_VILLAGE);
		client.addPost(staff, person, "{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":9,\"position\":\"委员\","
				+ "\"startedOn\":\"2016-12-28\",\"endedOn\":\"2021-12-31\"}");
		client.addPost(staff, person, "{\"kind\":\"ASSOCIATION_POST\",\"organisation\":\"硅谷商会\",\"position\":\"副会长\","
				+ "\"startedOn\":\"2010-03-01\"}");
		mvc.perform(get("/api/v1/members/" + person + "/posts").header("Authorization", "Bearer " + staff))
			.andExpect(jsonPath("$[0].organisation").value("硅谷商会"))
			.andExpect(jsonPath("$[0].current").value(true))
			.andExpect(jsonPath("$[1].sessionNumber").value(9));
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() throws Exception {
		long person = client.person(staff, "代表丙", PostClient.ZHUGEN_VILLAGE);
		long post = client.addPost(staff, person, PostClient.seat("NPC", "COUNTY", 19, "2021-12-30"));
		long before = posts();
		mvc.perform(PostClient.api(post("/api/v1/members/" + person + "/posts"), staff)
				.content("{\"kind\":\"MAYOR\",\"level\":\"COUNTY\",\"sessionNumber\":1,\"position\":\"x\",\"startedOn\":\"2022-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(PostClient.api(post("/api/v1/members/" + person + "/posts"), staff)
				.content("{\"kind\":\"NPC\",\"sessionNumber\":19,\"position\":\"代表\",\"startedOn\":\"2022-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		mvc.perform(PostClient.api(post("/api/v1/members/" + person + "/posts"), staff)
				.content("{\"kind\":\"NPC\",\"level\":\"CITY\",\"sessionNumber\":9,\"position\":\"代表\","
						+ "\"startedOn\":\"2022-01-08\",\"endedOn\":\"2022-01-07\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"));
		mvc.perform(PostClient.api(post("/api/v1/members/posts/" + post + "/end"), staff).content("{\"endedOn\":\"2021-12-29\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"));
		mvc.perform(PostClient.api(patch("/api/v1/members/posts/" + post), staff).content("{\"level\":\"\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		assertThat(posts()).isEqualTo(before);
		assertThat(endedOn(post)).isEmpty();
		assertThat(jdbc.sql("select level from members_post where id = :id").param("id", post).query(String.class).single())
			.isEqualTo("COUNTY");
		assertThat(audits("POST_ADDED", person)).isEqualTo(1);
		assertThat(audits("POST_ENDED", person) + audits("POST_CHANGED", person)).isZero();
	}

	@Test
	void endingASessionEndsOnlyItsOpenPostsWithinTheActorsScopeAndOnlyOnce() throws Exception {
		int session = PostClient.freshSession();
		long zhugenPerson = client.person(staff, "届满甲", PostClient.ZHUGEN_VILLAGE);
		long niuhuaPerson = client.person(staff, "届满乙", PostClient.NIUHUA_VILLAGE);
		long zhugenSeat = client.addPost(staff, zhugenPerson, PostClient.seat("CPPCC", "COUNTY", session, "2022-01-05"));
		long niuhuaSeat = client.addPost(staff, niuhuaPerson, PostClient.seat("CPPCC", "COUNTY", session, "2022-01-05"));
		long otherSession = client.addPost(staff, zhugenPerson, PostClient.seat("CPPCC", "COUNTY", session + 30, "2022-01-05"));
		long otherLevel = client.addPost(staff, zhugenPerson, PostClient.seat("CPPCC", "CITY", session, "2022-01-05"));
		long otherKind = client.addPost(staff, zhugenPerson, PostClient.seat("NPC", "COUNTY", session, "2022-01-05"));
		String request = "{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":" + session + ",\"endedOn\":\"2026-12-31\"}";

		mvc.perform(PostClient.api(post("/api/v1/members/posts/session-end"), zhugen).content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(1));
		assertThat(endedOn(zhugenSeat)).isEqualTo("2026-12-31");
		assertThat(endedOn(niuhuaSeat)).as("another town's seat").isEmpty();
		assertThat(endedOn(otherSession) + endedOn(otherLevel) + endedOn(otherKind)).isEmpty();

		mvc.perform(PostClient.api(post("/api/v1/members/posts/session-end"), staff).content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(1));
		assertThat(endedOn(niuhuaSeat)).isEqualTo("2026-12-31");
		assertThat(postHistory(niuhuaPerson)).last().asString().endsWith("·委员·2022-01-05–2026-12-31");
		mvc.perform(PostClient.api(post("/api/v1/members/posts/session-end"), staff).content(request))
			.andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(0));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SESSION_ENDED' and target_id = :t")
			.param("t", "CPPCC/COUNTY/" + session).query(Long.class).single()).isEqualTo(2);

		mvc.perform(PostClient.api(post("/api/v1/members/posts/session-end"), staff)
				.content("{\"kind\":\"CPPCC\",\"sessionNumber\":" + session + ",\"endedOn\":\"2026-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void aTownOfficerGets404ForAnotherTownsPeopleAndTheirPosts() throws Exception {
		long niuhuaPerson = client.person(staff, "邻镇代表", PostClient.NIUHUA_VILLAGE);
		long post = client.addPost(staff, niuhuaPerson, PostClient.seat("NPC", "COUNTY", 19, "2021-12-30"));
		mvc.perform(get("/api/v1/members/" + niuhuaPerson + "/posts").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(PostClient.api(post("/api/v1/members/" + niuhuaPerson + "/posts"), zhugen)
				.content(PostClient.seat("NPC", "COUNTY", 19, "2021-12-30")))
			.andExpect(status().isNotFound());
		mvc.perform(PostClient.api(patch("/api/v1/members/posts/" + post), zhugen).content("{\"position\":\"x\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(PostClient.api(post("/api/v1/members/posts/" + post + "/end"), zhugen).content("{\"endedOn\":\"2026-12-31\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/members/" + niuhuaPerson + "/posts").cookie(client.login("zhugen")))
			.andExpect(status().isNotFound());
		assertThat(endedOn(post)).isEmpty();
	}

}
