package org.tongxin.proposals.reports;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.ActorFixtures;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Who sees a report: the reporter side (the member who wrote it, the office accounts of a
 * reporting unit) and PROPOSAL_VIEW / PROPOSAL_REVIEW holders in scope; nobody else, not even
 * another member of the same town or a town officer without those privileges — for them it is a
 * 404, in lists as in detail, and the same through {@link SourceRecords}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<SourceRecords> sources;

	private ReportClient reports;

	@BeforeEach
	void setUp() {
		reports = new ReportClient(mvc, jdbc);
	}

	@Test
	void aMembersReportIsTheirsAndStaffsButNobodyElses() throws Exception {
		String member = reports.token("member");
		long id = reports.submitted(member, "只有本人和工作人员可见");
		reports.get(member, id).andExpect(status().isOk());
		reports.events(member, id).andExpect(status().isOk());
		reports.list(member, "").andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		reports.get(reports.token("staff"), id).andExpect(status().isOk());
		reports.get(reports.token("leader"), id).andExpect(status().isOk()).andExpect(jsonPath("$.steps").isEmpty());

		for (String outsider : new String[] { "member2", "niuhua", "zhugen", "minmeng" }) {
			String token = reports.token(outsider);
			reports.get(token, id).andExpect(status().isNotFound());
			reports.events(token, id).andExpect(status().isNotFound());
			reports.step(token, id, "accept", "{\"version\":0}").andExpect(status().isNotFound());
			reports.list(token, "").andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		}
		reports.get(member, Long.MAX_VALUE).andExpect(status().isNotFound());
	}

	@Test
	void aUnitsReportIsSeenByItsOfficeNotByAnotherTown() throws Exception {
		long id = reports.submitted(reports.token("niuhua"), "牛华镇的社情民意");
		reports.get(reports.token("niuhua"), id).andExpect(status().isOk());
		reports.get(reports.token("zhugen"), id).andExpect(status().isNotFound());
		reports.get(reports.token("member"), id).andExpect(status().isNotFound());
		reports.list(reports.token("zhugen"), "").andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	@Test
	void sourceRecordsFollowTheSameScopeAndLinkOnlyAcceptedReports() throws Exception {
		SourceRecords records = sources.stream().filter(s -> s.kind() == org.tongxin.proposals.SourceKind.REPORT)
			.findFirst().orElseThrow();
		String staff = reports.token("staff");
		long id = reports.submitted(reports.token("member"), "可转化为决策");
		var staffActor = actor("staff");
		var member2 = actor("member2");
		org.assertj.core.api.Assertions.assertThat(records.visible(staffActor, id).notLinkableCode())
			.isEqualTo("report.link.status");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> records.visible(member2, id))
			.isInstanceOf(NotFoundException.class);
		org.assertj.core.api.Assertions.assertThat(records.visibleAmong(member2, java.util.List.of(id))).isEmpty();
		reports.accept(staff, id);
		var ref = records.visibleAmong(staffActor, java.util.List.of(id)).get(id);
		org.assertj.core.api.Assertions.assertThat(ref.linkable()).isTrue();
		org.assertj.core.api.Assertions.assertThat(ref.number()).startsWith("XX");
		org.assertj.core.api.Assertions.assertThat(records.find(java.util.List.of(id))).containsKey(id);
		records.recordLinked(staffActor, id, 42L, "五委发〔2026〕1号", java.time.Instant.now());
		reports.events(staff, id).andExpect(jsonPath("$[2].kind").value("DECISION_LINKED"))
			.andExpect(jsonPath("$[2].relatedId").value(42))
			.andExpect(jsonPath("$[2].note").value("五委发〔2026〕1号"));
	}

	/** A staff member seeing everything (as a decision's page would act for), or member2 as themselves. */
	private org.tongxin.shared.security.Actor actor(String username) {
		if (username.equals("staff")) {
			return ActorFixtures.actor("reports-staff", Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW);
		}
		long userId = jdbc.sql("select id from identity_user where username = :u").param("u", username)
			.query(Long.class).single();
		return new ActorFixtures.TestActor(userId, username, username, 1L, DataScope.OWN, EnumSet.noneOf(Privilege.class));
	}

}
