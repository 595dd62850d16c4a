package org.tongxin.members.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * Members' own profiles through the API: opening a login, the member's profile and requests, the
 * staff's review within their scope (approve, reject, a field changed meanwhile, two reviewers at
 * once), bad input naming its field, and the values at rest.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SelfServiceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient client;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		client = new SelfServiceClient(mvc);
		staff = client.token("staff");
	}

	@Test
	void staffOpenALoginOnceWithATemporaryPasswordAndTheOpeningIsAudited() throws Exception {
		long person = client.person(staff, "开户甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800010001");
		mvc.perform(get("/api/v1/members/" + person + "/account").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opened").value(false))
			.andExpect(jsonPath("$.suggestion").value(org.hamcrest.Matchers.startsWith("kaihujia")));
		String answer = mvc.perform(post("/api/v1/members/" + person + "/account").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andReturn().getResponse().getContentAsString();
		String username = JsonPath.read(answer, "$.username");
		String password = JsonPath.read(answer, "$.initialPassword");
		assertThat(username).startsWith("kaihujia");
		// a second login for the same person is refused, naming the field
		mvc.perform(post("/api/v1/members/" + person + "/account").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		// a temporary password gives no token: it is changed in the browser first
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBER_ACCOUNT_OPENED' and target_id = :id")
			.param("id", String.valueOf(person)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select r.code from identity_user u join identity_user_role ur on ur.user_id = u.id"
				+ " join identity_role r on r.id = ur.role_id where u.username = :u").param("u", username)
			.query(String.class).list()).containsExactly("MEMBER");
	}

	@Test
	void aBadUserNameIsRefusedNamingTheField() throws Exception {
		long person = client.person(staff, "开户乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800010002");
		mvc.perform(post("/api/v1/members/" + person + "/account").header("Authorization", SelfServiceClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"a b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/v1/members/" + person + "/account").header("Authorization", SelfServiceClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"zhugen\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		assertThat(jdbc.sql("select count(*) from members_person_account where person_id = :id").param("id", person)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aMemberSeesTheirOwnProfileAndNoOneElse() throws Exception {
		Member member = client.member(staff, "本人甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800010003");
		String bearer = SelfServiceClient.bearer(member.token());
		String id = jdbc.sql("select id_number_mask from members_person where id = :id").param("id", member.personId())
			.query(String.class).single();
		mvc.perform(get("/api/v1/me/profile").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(member.personId()))
			.andExpect(jsonPath("$.name").value("本人甲"))
			.andExpect(jsonPath("$.phone").value("13800010003"))
			.andExpect(jsonPath("$.idNumber").value(id))
			.andExpect(jsonPath("$.notes").doesNotExist());
		long other = jdbc.sql("select id from members_person where id <> :id order by id limit 1").param("id", member.personId())
			.query(Long.class).single();
		for (String path : List.of("/api/v1/members", "/api/v1/members/" + member.personId(), "/api/v1/members/" + other,
				"/api/v1/members/" + member.personId() + "/history", "/api/v1/members/" + member.personId() + "/account",
				"/api/v1/members/corrections", "/api/v1/users", "/api/v1/units", "/api/v1/audit")) {
			assertThat(mvc.perform(get(path).header("Authorization", bearer)).andReturn().getResponse().getStatus())
				.as(path).isIn(403, 404);
		}
		// staff have no profile of their own here
		mvc.perform(get("/api/v1/me/profile").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anApprovedCorrectionTakesEffectAsSelfServiceWithThePhoneNeverInClear() throws Exception {
		Member member = client.member(staff, "更正甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800010004");
		long correction = client.requested(member, "{\"phone\":\"139 0001 0004\",\"workUnit\":\"新单位\",\"education\":\"本科\"}",
				"换了手机号和单位");
		List<String> stored = jdbc.sql("select coalesce(old_value, '') || '|' || coalesce(new_value, '') from members_correction_field"
				+ " where correction_id = :id").param("id", correction).query(String.class).list();
		assertThat(stored).hasSize(2).noneMatch(v -> v.contains("13800010004") || v.contains("13900010004"));
		mvc.perform(get("/api/v1/members/corrections").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + correction + ")].changes[0].after").value("13900010004"));
		client.decide(staff, correction, "approve", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/members/" + member.personId()).header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(jsonPath("$.phone").value("13900010004"))
			.andExpect(jsonPath("$.workUnit").value("新单位"));
		assertThat(jdbc.sql("select field from members_person_change where person_id = :id and source = 'SELF_SERVICE' order by field")
			.param("id", member.personId()).query(String.class).list()).containsExactly("phone", "workUnit");
		mvc.perform(get("/api/v1/me/corrections").header("Authorization", SelfServiceClient.bearer(member.token())))
			.andExpect(jsonPath("$[0].status").value("APPROVED"))
			.andExpect(jsonPath("$[0].decidedByName").isNotEmpty());
		assertThat(jdbc.sql("select count(*) from audit_event where action in ('CORRECTION_REQUESTED', 'CORRECTION_APPROVED')"
				+ " and target_id = :id").param("id", String.valueOf(member.personId())).query(Long.class).single()).isEqualTo(2);
		// decided once: a second decision is refused
		client.decide(staff, correction, "reject", "晚了").andExpect(status().isBadRequest());
	}

	@Test
	void aRejectionNeedsAReasonWhichTheMemberReads() throws Exception {
		Member member = client.member(staff, "更正乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800010005");
		long correction = client.requested(member, "{\"post\":\"总经理\"}", "升职了");
		client.decide(staff, correction, "reject", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		client.decide(staff, correction, "reject", "请提供任职文件").andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/corrections").header("Authorization", SelfServiceClient.bearer(member.token())))
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].decisionNote").value("请提供任职文件"));
		mvc.perform(get("/api/v1/me/profile").header("Authorization", SelfServiceClient.bearer(member.token())))
			.andExpect(jsonPath("$.post").doesNotExist());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CORRECTION_REJECTED' and target_id = :id")
			.param("id", String.valueOf(member.personId())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() throws Exception {
		Member member = client.member(staff, "更正丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800010006");
		client.request(member, "{\"phone\":\"12345\"}", "换号").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		client.request(member, "{\"phone\":\"13900010006\"}", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		client.request(member, "{\"idNumber\":\"110101199003070000\"}", "错了").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		client.request(member, "{\"workUnit\":\"" + "长".repeat(201) + "\"}", "太长").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workUnit"));
		client.request(member, "{\"phone\":\"13800010006\"}", "没变").andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from members_correction where person_id = :id").param("id", member.personId())
			.query(Long.class).single()).isZero();
		// one open request at a time; withdrawing it makes room for the next
		long first = client.requested(member, "{\"awards\":\"优秀企业家\"}", "补充荣誉");
		client.request(member, "{\"education\":\"硕士\"}", "学历").andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/me/corrections/" + first + "/withdraw").header("Authorization", SelfServiceClient.bearer(member.token())))
			.andExpect(status().isNoContent());
		client.requested(member, "{\"education\":\"硕士\"}", "学历");
	}

	@Test
	void aTownOfficerReviewsOnlyTheirTownsMembers() throws Exception {
		Member niuhuaMember = client.member(staff, "牛华甲", SelfServiceClient.NIUHUA_VILLAGE, "13800010007");
		long correction = client.requested(niuhuaMember, "{\"education\":\"大专\"}", "学历有误");
		String zhugen = client.token("zhugen");
		String list = mvc.perform(get("/api/v1/members/corrections").header("Authorization", SelfServiceClient.bearer(zhugen)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).doesNotContain((int) correction);
		client.decide(zhugen, correction, "approve", null).andExpect(status().isNotFound());
		client.decide(zhugen, correction, "reject", "越权").andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/members/" + niuhuaMember.personId() + "/account/disable")
				.header("Authorization", SelfServiceClient.bearer(zhugen)))
			.andExpect(status().isNotFound());
		String niuhua = client.token("niuhua");
		String theirs = mvc.perform(get("/api/v1/members/corrections").header("Authorization", SelfServiceClient.bearer(niuhua)))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(theirs, "$[*].id")).contains((int) correction);
		// a town officer without MEMBER_SENSITIVE_VIEW is not the reviewer of phones in clear
		client.decide(niuhua, correction, "approve", null).andExpect(status().isOk());
		assertThat(jdbc.sql("select education from members_person where id = :id").param("id", niuhuaMember.personId())
			.query(String.class).single()).isEqualTo("大专");
	}

	@Test
	void aReviewerWithoutTheSensitivePrivilegeSeesThePhoneMasked() throws Exception {
		Member member = client.member(staff, "牛华乙", SelfServiceClient.NIUHUA_VILLAGE, "13800010008");
		long correction = client.requested(member, "{\"phone\":\"13900010008\"}", "换号");
		String niuhua = client.token("niuhua");
		mvc.perform(get("/api/v1/members/corrections").header("Authorization", SelfServiceClient.bearer(niuhua)))
			.andExpect(jsonPath("$[?(@.id == " + correction + ")].changes[0].after").value("139****0008"))
			.andExpect(jsonPath("$[?(@.id == " + correction + ")].changes[0].before").value("138****0008"));
		client.decide(niuhua, correction, "reject", "请到镇上核实");
	}

	@Test
	void aFieldChangedSinceTheRequestRefusesTheApprovalNamingIt() throws Exception {
		Member member = client.member(staff, "更正丁", SelfServiceClient.ZHUGEN_VILLAGE, "13800010009");
		long correction = client.requested(member, "{\"workUnit\":\"本人说的单位\",\"education\":\"硕士\"}", "调动");
		String person = mvc.perform(get("/api/v1/members/" + member.personId()).header("Authorization", SelfServiceClient.bearer(staff)))
			.andReturn().getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(person, "$.version")).longValue();
		mvc.perform(patch("/api/v1/members/" + member.personId()).header("Authorization", SelfServiceClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"workUnit\":\"工作人员改的单位\",\"version\":" + version + "}"))
			.andExpect(status().isOk());
		client.decide(staff, correction, "approve", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workUnit"));
		assertThat(jdbc.sql("select status from members_correction where id = :id").param("id", correction).query(String.class)
			.single()).isEqualTo("PENDING");
		assertThat(jdbc.sql("select education from members_person where id = :id").param("id", member.personId())
			.query(String.class).single()).isEqualTo("本科");
		client.decide(staff, correction, "reject", "单位已由工作人员更新，请核对后重新申请").andExpect(status().isOk());
	}

	@Test
	void twoReviewersAtOnceCannotBothWin() throws Exception {
		Member member = client.member(staff, "并发甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800010010");
		long correction = client.requested(member, "{\"phone\":\"13900010010\"}", "换号");
		String other = client.token("zhugen");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (String token : List.of(staff, other)) {
			answers.add(pool.submit(() -> {
				start.await();
				return client.decide(token, correction, "approve", null).andReturn().getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		Collections.sort(statuses);
		assertThat(statuses.get(0)).isEqualTo(200);
		assertThat(statuses.get(1)).isIn(400, 409);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CORRECTION_APPROVED' and target_id = :id")
			.param("id", String.valueOf(member.personId())).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from members_person_change where person_id = :id and source = 'SELF_SERVICE'")
			.param("id", member.personId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aDisabledLoginNoLongerWorksAndTheDisablingIsAudited() throws Exception {
		Member member = client.member(staff, "停用甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800010011");
		mvc.perform(post("/api/v1/members/" + member.personId() + "/account/disable")
				.header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		assertThat(mvc.perform(get("/api/v1/me/profile").header("Authorization", SelfServiceClient.bearer(member.token())))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBER_ACCOUNT_DISABLED' and target_id = :id")
			.param("id", String.valueOf(member.personId())).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'USER_DISABLED' and detail like :u")
			.param("u", "%" + member.username() + "%").query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/api/v1/members/" + member.personId() + "/account/enable")
				.header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(jsonPath("$.enabled").value(true));
	}

}
