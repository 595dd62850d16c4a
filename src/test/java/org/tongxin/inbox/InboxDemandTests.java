package org.tongxin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * 我的待办 follows a demand through its steps: whose turn it is moves from the town's dispatchers to
 * the lead handler and co-handler, then to the member who rates; another town's officer and the
 * department never get it (unless the town has nobody to dispatch it); every item names its module,
 * kind, record, deadline and light.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxDemandTests {

	/** A community of 石麟镇, a town without a town officer (nobody there dispatches demands). */
	private static final String SHILIN_VILLAGE = "511112110001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private InboxClient inbox;

	private String staff;

	private String zhugen;

	private String niuhua;

	private String liaison;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		inbox = new InboxClient(mvc);
		staff = members.token("staff");
		zhugen = members.token("zhugen");
		niuhua = members.token("niuhua");
		liaison = members.token("huangjuejing");
	}

	@Test
	void theWorkOfADemandWaitsForWhoeverHasTheNextStep() throws Exception {
		Member member = members.member(staff, "待办丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800070001");
		long id = submit(member.token(), "路灯待修");

		assertThat(inbox.awaitKinds(zhugen, "demand", id, k -> k.contains("demand.waiting.accept")))
			.containsExactly("demand.waiting.accept");
		assertThat(inbox.kindsOn(niuhua, "demand", id)).as("another town's officer").isEmpty();
		assertThat(inbox.kindsOn(staff, "demand", id)).as("the department is not handed the towns' cases").isEmpty();
		String item = "$.items[?(@.recordId == " + id + ")].";
		String read = inbox.read(zhugen);
		assertThat(JsonPath.<List<String>>read(read, item + "module")).containsExactly("demands");
		assertThat(JsonPath.<List<String>>read(read, item + "title")).containsExactly("路灯待修");
		assertThat(JsonPath.<List<String>>read(read, item + "link")).containsExactly("/demands/" + id);
		assertThat(JsonPath.<List<String>>read(read, item + "number")).singleElement().asString().startsWith("SQ");
		assertThat(JsonPath.<List<String>>read(read, item + "deadline")).singleElement().isNotNull();
		assertThat(JsonPath.<List<String>>read(read, item + "light")).singleElement().isIn("GREEN", "YELLOW", "RED");

		long lead = userId("huangjuejing");
		long coHandler = userId("zhugen");
		step(zhugen, id, "accept", "{\"version\":" + version(id) + ",\"unitCode\":\"" + SelfServiceClient.ZHUGEN_VILLAGE
				+ "\",\"leadUserId\":" + lead + ",\"coHandlerIds\":[" + coHandler + "]}");
		assertThat(inbox.awaitKinds(liaison, "demand", id, k -> k.contains("demand.waiting.answer")))
			.containsExactly("demand.waiting.answer");
		assertThat(inbox.awaitKinds(zhugen, "demand", id, k -> !k.contains("demand.waiting.accept")))
			.containsExactly("demand.waiting.assist");

		step(liaison, id, "answer", "{\"version\":" + version(id) + ",\"answer\":\"已修复。\"}");
		assertThat(inbox.awaitKinds(member.token(), "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.rate");
		assertThat(inbox.awaitKinds(liaison, "demand", id, List::isEmpty)).isEmpty();

		step(member.token(), id, "rate", "{\"version\":" + version(id) + ",\"rating\":\"SATISFIED\"}");
		assertThat(inbox.awaitKinds(member.token(), "demand", id, List::isEmpty)).as("closed: nothing waits").isEmpty();
	}

	/**
	 * 石麟镇 has no user who dispatches demands: its cases would reach nobody, so the department's
	 * dispatchers take them up, and the item says why it is theirs; a town with its officer keeps its own.
	 */
	@Test
	void aDemandFromATownWithoutDispatcherWaitsForTheDepartmentAndSaysSo() throws Exception {
		Member member = members.member(staff, "待办戊", SHILIN_VILLAGE, "13800070005");
		long id = submit(member.token(), "村道塌方");

		assertThat(inbox.awaitKinds(staff, "demand", id, k -> !k.isEmpty())).containsExactly("demand.waiting.acceptForTown");
		assertThat(inbox.kindsOn(zhugen, "demand", id)).isEmpty();
		var session = org.tongxin.DemoLogins.login(mvc, "staff", org.tongxin.DemoLogins.DEMO_PASSWORD);
		assertThat(inbox.entry(session, "/demands/" + id)).contains("待受理（发生地乡镇无受理人员，由区级受理）", "村道塌方");

		step(staff, id, "accept", "{\"version\":" + version(id) + ",\"unitCode\":\"511112\",\"leadUserId\":"
				+ userId("staff") + "}");
		assertThat(inbox.awaitKinds(staff, "demand", id, k -> k.contains("demand.waiting.answer")))
			.containsExactly("demand.waiting.answer");
	}

	@Test
	void theMenuCountsTheWaitingWorkAndTheOldAddressLeadsToTheInbox() throws Exception {
		long id = submit(members.member(staff, "待办丁", SelfServiceClient.ZHUGEN_VILLAGE, "13800070002").token(), "桥面破损");
		inbox.awaitKinds(zhugen, "demands", "demand", id, k -> !k.isEmpty());
		long total = ((Number) JsonPath.read(inbox.read(zhugen), "$.total")).longValue();
		var session = org.tongxin.DemoLogins.login(mvc, "zhugen", org.tongxin.DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/inbox/badge").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(">" + total + "<")));
		assertThat(pageListing(session, "/demands/" + id + "\"", total)).as("the page that lists the case")
			.contains("/demands/" + id + "\"")
			.contains("待受理");
		mvc.perform(get("/demands/inbox").cookie(session)).andExpect(redirectedUrl("/inbox"));
	}

	/**
	 * The /inbox page that lists the link, or "" (nearest deadline first: the overdue cases other
	 * tests leave in the town may fill the first pages).
	 */
	private String pageListing(jakarta.servlet.http.Cookie session, String link, long total) throws Exception {
		for (int page = 0; page * 100L < total; page++) {
			String html = mvc.perform(get("/inbox").param("size", "100").param("page", String.valueOf(page)).cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (html.contains(link)) {
				return html;
			}
		}
		return "";
	}

	@Test
	void hostileFiltersAndPagesAreAnsweredCalmly() throws Exception {
		for (String module : List.of("x".repeat(1000), "'; drop table inbox_item; --", "DEMANDS")) {
			mvc.perform(get("/api/v1/inbox").param("module", module).header("Authorization", SelfServiceClient.bearer(zhugen)))
				.andExpect(status().isOk());
			mvc.perform(get("/inbox").param("module", module).cookie(org.tongxin.DemoLogins.login(mvc, "zhugen", org.tongxin.DemoLogins.DEMO_PASSWORD))).andExpect(status().isOk());
		}
		// a NUL is refused before any handler, naming the parameter (shared.web.NulCharacterGuard)
		mvc.perform(get("/api/v1/inbox").param("module", "demands\u0000").header("Authorization", SelfServiceClient.bearer(zhugen)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("module"));
		mvc.perform(get("/inbox").param("module", "demands\u0000")
			.cookie(org.tongxin.DemoLogins.login(mvc, "zhugen", org.tongxin.DemoLogins.DEMO_PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/inbox").param("page", "-5").param("size", "100000")
			.header("Authorization", SelfServiceClient.bearer(zhugen)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
		mvc.perform(get("/api/v1/inbox").param("page", "abc").header("Authorization", SelfServiceClient.bearer(zhugen)))
			.andExpect(status().isBadRequest());
		// the page's pager: sizes are 20, 50 or 100 and a typed page is bounded, whatever is sent
		jakarta.servlet.http.Cookie session = org.tongxin.DemoLogins.login(mvc, "zhugen", org.tongxin.DemoLogins.DEMO_PASSWORD);
		for (String[] pager : List.of(new String[] { "size", "100000" }, new String[] { "size", "-1" },
				new String[] { "jump", "99999999999" }, new String[] { "jump", "<b>" }, new String[] { "size", "50" })) {
			mvc.perform(get("/inbox").param(pager[0], pager[1]).cookie(session)).andExpect(status().isOk());
		}
		mvc.perform(get("/inbox").param("size", "50").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("共 ")));
	}

	private long submit(String token, String title) throws Exception {
		String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/demands")
			.header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"LIVELIHOOD\",\"title\":\"" + title + "\",\"description\":\"请协调处理。\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private void step(String token, long id, String step, String json) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/demands/" + id + "/" + step)
			.header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

	private long version(long id) {
		return jdbc.sql("select version from demands_case where id = :id").param("id", id).query(Long.class).single();
	}

	private long userId(String username) {
		return jdbc.sql("select id from identity_user where username = :u").param("u", username).query(Long.class).single();
	}

}
