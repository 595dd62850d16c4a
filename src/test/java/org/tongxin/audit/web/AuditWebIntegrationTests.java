package org.tongxin.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.ActorFixtures;
import org.tongxin.ActorFixtures.TestActor;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.audit.AuditVerification;
import org.tongxin.shared.security.Privilege;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditWebIntegrationTests {

	private static final TestActor AUDITOR = ActorFixtures.actor("auditor", Privilege.AUDIT_VIEW);

	private static final TestActor CLERK = ActorFixtures.actor("clerk", Privilege.UNIT_VIEW);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Test
	void theApiRefusesAnActorWithoutAuditView() throws Exception {
		mvc.perform(get("/api/v1/audit").with(ActorFixtures.as(CLERK))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verify").with(ActorFixtures.as(CLERK))).andExpect(status().isForbidden());
	}

	@Test
	void theApiListsFilteredRecordsAsJsonForAnAuditor() throws Exception {
		auditLog.append(AuditRecord.of("UNIT_RENAMED").target("unit", "api-77").detail("to", "新名"));

		mvc.perform(get("/api/v1/audit").param("targetType", "unit").param("targetId", "api-77").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].action").value("UNIT_RENAMED"))
			.andExpect(jsonPath("$.content[0].detail.to").value("新名"));
	}

	@Test
	void theApiRefusesPagesLargerThanTwoHundred() throws Exception {
		mvc.perform(get("/api/v1/audit").param("size", "201").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void theApiRefusesADateThatIsNotADate() throws Exception {
		mvc.perform(get("/api/v1/audit").param("from", "2026-13-45").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiVerifiesTheChain() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true))
			.andExpect(jsonPath("$.checked").isNumber());
	}

	@Test
	void thePageShowsDetailEscapedWithActionLabels() throws Exception {
		auditLog.append(AuditRecord.of("UNIT_CREATED").target("unit", "page-1").detail("name", "<script>alert(1)</script>"));

		mvc.perform(get("/admin/audit").param("targetId", "page-1").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("新增单位")));
	}

	/** Objects read as their kind in Chinese with the id, linked to their page for whoever may open it. */
	@Test
	void objectsAreNamedInChineseAndLinkedForThoseWhoMayOpenThem() throws Exception {
		auditLog.append(AuditRecord.of("MEMBER_UPDATED").target("member", "987654321"));
		auditLog.append(AuditRecord.of("DECISION_CREATED").target("decision", "987654322"));
		TestActor auditorWithMembers = ActorFixtures.actor("auditor2", Privilege.AUDIT_VIEW, Privilege.MEMBER_VIEW);
		String page = mvc.perform(get("/admin/audit").param("targetId", "987654321").with(ActorFixtures.as(auditorWithMembers)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("修改统战对象信息", "统战对象", "href=\"/members/987654321\"").doesNotContain("member 987654321");
		String plain = mvc.perform(get("/admin/audit").param("targetId", "987654321").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(plain).contains("统战对象").doesNotContain("href=\"/members/987654321\"");
		String decision = mvc.perform(get("/admin/audit").param("targetId", "987654322").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(decision).contains("登记决策", "决策").doesNotContain(">DECISION_CREATED<");
	}

	/** The detail reads as labelled Chinese: keys by their label, coded values by theirs, lists value by value. */
	@Test
	void theDetailShowsLabelledValuesNotRawKeysAndCodes() throws Exception {
		auditLog.append(AuditRecord.of("ENTERPRISE_CHANGED").target("enterprise", "987654330").detail("status", "CLOSED")
			.detail("fields", "name,status"));
		auditLog.append(AuditRecord.of("ROLE_UPDATED").target("role", "987654331").detail("scope.from", "UNIT")
			.detail("scope.to", "UNIT_AND_BELOW").detail("privilegesAdded", "DEMAND_VIEW,DEMAND_HANDLE"));
		auditLog.append(AuditRecord.of("PLAN_CHANGED").target("member", "987654332").detail("status", "ACTIVE")
			.detail("wasLocked", true));

		String enterprise = audit("987654330");
		assertThat(enterprise).contains("状态", "已关停", "涉及信息项", "企业名称、状态")
			.doesNotContain("status=", ">CLOSED<", "name,status");
		assertThat(enterprise).as("the first column stays in view on a phone, as in the other wide tables")
			.containsPattern("<table class=\"[^\"]*tx-sticky-first");
		String role = audit("987654331");
		assertThat(role).contains("数据范围（原）", "本单位", "数据范围（新）", "本单位及下级", "新增权限",
				"查看诉求（数据范围内）、办理、答复诉求").doesNotContain("UNIT_AND_BELOW", "scope.from", "DEMAND_VIEW");
		assertThat(audit("987654332")).contains("进行中", "解锁前处于锁定", "是").doesNotContain(">ACTIVE<", ">true<");
	}

	private String audit(String targetId) throws Exception {
		return mvc.perform(get("/admin/audit").param("targetId", targetId).with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anHtmxFilterGetsOnlyTheRows() throws Exception {
		mvc.perform(get("/admin/audit").header("HX-Request", "true").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-rows\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aReversedDateRangeIsExplainedNotFailed() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
	}

	@Test
	void thePageRefusesAnActorWithoutAuditView() throws Exception {
		mvc.perform(get("/admin/audit").with(ActorFixtures.as(CLERK))).andExpect(status().isForbidden());
	}

	@Test
	void theVerifyButtonShowsTheOutcome() throws Exception {
		mvc.perform(post("/admin/audit/verify").header("HX-Request", "true").with(csrf()).with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-success")));
	}

	@Test
	void theVerifyButtonWithoutHtmxRedirectsBackToTheList() throws Exception {
		mvc.perform(post("/admin/audit/verify").with(csrf()).with(ActorFixtures.as(AUDITOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/audit"))
			.andExpect(result -> assertThat(((AuditVerification) result.getFlashMap().get("verification")).ok()).isTrue());
	}

}
