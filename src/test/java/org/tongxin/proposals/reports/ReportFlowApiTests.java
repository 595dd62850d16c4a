package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.proposals.ProposalTextChanged;
import org.tongxin.proposals.SourceKind;

/**
 * A report's whole way through the API: a member submits, staff edit the text (the original
 * stays), accept, forward it to the city, record its adoption by the city and a leader's
 * instruction; every step is in the history with who and when, and the search hears of each
 * change of text or status. An office account reports in its unit's name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportFlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private ReportClient reports;

	private final List<ProposalTextChanged> changes = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = e -> {
		if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ProposalTextChanged changed) {
			changes.add(changed);
		}
	};

	@BeforeEach
	void listen() {
		reports = new ReportClient(mvc, jdbc);
		multicaster.addApplicationListener(listener);
	}

	@AfterEach
	void stopListening() {
		multicaster.removeApplicationListener(listener);
	}

	@Test
	void aMembersReportIsEditedAcceptedForwardedAdoptedAndInstructed() throws Exception {
		String member = reports.token("member");
		String staff = reports.token("staff");
		String today = org.tongxin.shared.OfficeTime.today(clock).toString();
		String answer = reports.submit(member, """
				{"categoryCode":"RURAL","title":"关于加快村道硬化的建议","body":"竹根镇部分村道仍是泥土路，雨天出行困难。"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.reporterKind").value("MEMBER"))
			.andExpect(jsonPath("$.reportNo").value(matchesPattern("XX\\d{4}\\d{6}")))
			.andExpect(jsonPath("$.steps").isEmpty())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
		assertThat(jdbc.sql("select reporter_person_id from proposals_report where id = :id").param("id", id)
			.query(Long.class).single()).as("the member's own person").isNotNull();

		reports.get(staff, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.steps", containsInAnyOrder("EDIT", "ACCEPT", "DECLINE")));
		reports.step(staff, id, "edit", "{\"version\":0,\"title\":\"关于加快农村公路硬化的建议\",\"body\":\"编辑后的正文。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("关于加快村道硬化的建议"))
			.andExpect(jsonPath("$.editedTitle").value("关于加快农村公路硬化的建议"))
			.andExpect(jsonPath("$.editedBody").value("编辑后的正文。"))
			.andExpect(jsonPath("$.version").value(1));
		reports.step(staff, id, "accept", "{\"version\":1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.steps", containsInAnyOrder("EDIT", "FORWARD", "ADOPT", "INSTRUCT")));
		reports.step(staff, id, "forward", "{\"level\":\"CITY\",\"recipient\":\"乐山市政协\",\"forwardedOn\":\"" + today + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.forwards[0].level").value("CITY"))
			.andExpect(jsonPath("$.forwards[0].recipient").value("乐山市政协"));
		reports.step(staff, id, "adoptions", "{\"level\":\"CITY\",\"adoptedBy\":\"《乐山社情民意》\",\"adoptedOn\":\"" + today + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.adoptions[0].level").value("CITY"))
			.andExpect(jsonPath("$.adoptions[0].adoptedOn").value(today));
		reports.step(staff, id, "instructions", "{\"level\":\"CITY\",\"post\":\"市委副书记\",\"instruction\":\"请市交通局研究办理。\","
				+ "\"instructedOn\":\"" + today + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instructions[0].post").value("市委副书记"))
			.andExpect(jsonPath("$.instructions[0].instruction").value("请市交通局研究办理。"));

		reports.events(member, id).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", contains("SUBMITTED", "EDITED", "ACCEPTED", "FORWARDED", "ADOPTED", "INSTRUCTED")))
			.andExpect(jsonPath("$[0].actorName").isNotEmpty())
			.andExpect(jsonPath("$[1].actorUserId").value((int) userId("staff")))
			.andExpect(jsonPath("$[3].level").value("CITY"))
			.andExpect(jsonPath("$[3].note").value("乐山市政协"))
			.andExpect(jsonPath("$[5].note").value("市委副书记"))
			.andExpect(jsonPath("$[*].at", not(hasItem((Object) null))));
		// submit, edit, accept: three changes the search must follow; forwards and adoptions are not text
		assertThat(changes.stream().filter(c -> c.kind() == SourceKind.REPORT && c.id() == id)).hasSize(3);

		reports.list(member, "?level=CITY").andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].title").value(hasItem("关于加快农村公路硬化的建议")));
		reports.list(staff, "?status=ACCEPTED&category=RURAL&year=" + today.substring(0, 4) + "&level=CITY")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		reports.list(staff, "?level=NATIONAL").andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		reports.list(staff, "?status=DECLINED").andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	@Test
	void anOfficeAccountReportsForItsUnitAndSeesItsUnitsReports() throws Exception {
		String minmeng = reports.token("minmeng");
		reports.submit(minmeng, """
				{"categoryCode":"ECONOMY","title":"关于支持小微企业融资的建议","body":"小微企业贷款难。"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reporterKind").value("UNIT"))
			.andExpect(jsonPath("$.reporterName").value(org.hamcrest.Matchers.containsString("民盟")));
		String zhugen = reports.token("zhugen");
		long id = reports.submitted(zhugen, "竹根镇报送的社情民意");
		assertThat(jdbc.sql("select reporter_kind from proposals_report where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("UNIT");
		reports.get(zhugen, id).andExpect(status().isOk()).andExpect(jsonPath("$.steps").isEmpty());
		// a town officer does not review: a staff step is refused (403) and changes nothing
		reports.step(zhugen, id, "accept", "{\"version\":0}").andExpect(status().isForbidden());
		assertThat(reports.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aDeclineIsFinalAndKeepsItsReason() throws Exception {
		String staff = reports.token("staff");
		long id = reports.submitted(reports.token("member2"), "不予采用的一条");
		reports.step(staff, id, "decline", "{\"version\":0,\"reason\":\"内容与已编发信息重复。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.reviewNote").value("内容与已编发信息重复。"))
			.andExpect(jsonPath("$.steps").isEmpty());
		reports.events(staff, id).andExpect(jsonPath("$[1].kind").value("DECLINED"))
			.andExpect(jsonPath("$[1].note").value("内容与已编发信息重复。"));
	}

	private long userId(String username) {
		return jdbc.sql("select id from identity_user where username = :u").param("u", username).query(Long.class).single();
	}

}
