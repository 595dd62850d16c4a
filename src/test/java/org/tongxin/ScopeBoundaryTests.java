package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongxin.identity.internal.RoleRepository;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;

/**
 * Walks every route that takes an id in its path, with every method it answers, as the united
 * front officer of 竹根镇 (Zhugen Town) against records of 牛华镇 (Niuhua Town), in pages and in the
 * API, and expects 403 or 404 on all of them, with nothing changed. A new route with an id fails
 * this test until its out-of-scope record is named in {@link #outOfScopeIds}: that is how every
 * module joins the pattern.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScopeBoundaryTests {

	private static final String DEMO_PASSWORD = "Tongxin@2026";

	/**
	 * Routes whose variable is not a record of anyone's but a value every signed-in user may read
	 * alike (a year of the business calendar): nothing in them is scoped, so a 200 is no leak.
	 */
	private static final Pattern SHARED_READS = Pattern.compile("^/api/v1/calendar/\\{year}$");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Units units;

	@Autowired
	UserAccountRepository users;

	@Autowired
	RoleRepository roles;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private String zhugenToken;

	private Cookie zhugenSession;

	private String niuhuaToken;

	private long niuhuaTokenId;

	private UnitSummary niuhuaVillage;

	private UnitSummary zhugenVillage;

	@BeforeEach
	void signIn() throws Exception {
		zhugenToken = token("zhugen");
		niuhuaToken = token("niuhua");
		niuhuaTokenId = Long.parseLong(mvc.perform(request(HttpMethod.GET, "/api/v1/tokens")
			.header("Authorization", "Bearer " + niuhuaToken)).andReturn().getResponse().getContentAsString()
			.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
		zhugenSession = mvc.perform(post("/login").param("username", "zhugen").param("password", DEMO_PASSWORD).with(csrf()))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION");
		niuhuaVillage = units.findByCode("511112101004").orElseThrow();
		zhugenVillage = units.findByCode("511112100003").orElseThrow();
	}

	/** The record of 牛华镇 each kind of route is tried with. */
	private Map<Pattern, Supplier<Object>> outOfScopeIds() {
		Map<Pattern, Supplier<Object>> ids = new LinkedHashMap<>();
		ids.put(Pattern.compile("^/(api/v1/)?units/\\{id}"), () -> niuhuaVillage.id());
		ids.put(Pattern.compile("^/(api/v1/users|admin/users)/\\{id}"),
				() -> users.findByUsernameIgnoreCase("niuhua").orElseThrow().getId());
		ids.put(Pattern.compile("^/(api/v1/roles|admin/roles)/\\{id}"),
				() -> roles.findByCode("TOWN_OFFICER").orElseThrow().getId());
		ids.put(Pattern.compile("^/(api/v1/tokens|account/tokens)/\\{id}"), () -> niuhuaTokenId);
		ids.put(Pattern.compile("^/units/import/report/\\{token}"), () -> "report-of-another-user");
		ids.put(Pattern.compile("^/(api/v1/)?members/posts/\\{postId}"), this::niuhuaPost);
		ids.put(Pattern.compile("^/(api/v1/)?members/awards/\\{awardId}"), this::niuhuaAward);
		ids.put(Pattern.compile("^/(api/v1/members/imports|members/import)/\\{id}"), this::niuhuaImport);
		ids.put(Pattern.compile("^/(api/v1/)?members/talent/plans/\\{planId}"), this::niuhuaPlan);
		ids.put(Pattern.compile("^/(api/v1/)?members/talent/steps/\\{stepId}"), this::niuhuaStep);
		// the tag vocabulary is the department's: a town officer is refused (403) whatever the code
		ids.put(Pattern.compile("^/(api/v1/)?members/talent/tags/\\{code}"), () -> "YOUNG_CADRE");
		// the home page's figures of a module whose figures a town officer may not see (no PROPOSAL_VIEW)
		ids.put(Pattern.compile("^/home/figures/\\{module}"), () -> "proposals");
		// the dashboard's section of a module a town officer may not see (no PROPOSAL_VIEW); the unit of
		// any section is checked against his scope (DashboardTests asks for 牛华镇)
		ids.put(Pattern.compile("^/dashboard/sections/\\{module}"), () -> "proposals");
		ids.put(Pattern.compile("^/(api/v1/)?(members|me)/corrections/\\{id}"), this::niuhuaCorrection);
		// a day of the business calendar is no town's record; changing it needs CALENDAR_MANAGE (403 for a town officer)
		ids.put(Pattern.compile("^/api/v1/calendar/days/\\{date}"), () -> "2026-10-01");
		// a demand category is no town's record; reading one with its version and changing it need
		// DEMAND_CATEGORY_MANAGE (403 for a town officer)
		ids.put(Pattern.compile("^/(api/v1/demands/categories|admin/demand-categories)/\\{id}"), () -> jdbc.sql(
				"select id from demands_category where code = 'OTHER'").query(Long.class).single());
		// a member category is no town's record; reading one with its version and changing it need
		// MEMBER_CATEGORY_MANAGE (403 for a town officer)
		ids.put(Pattern.compile("^/(api/v1/members/categories|admin/member-categories)/\\{code}"), () -> "OTHER");
		// a session (届次) is no town's record; reading and changing one need PROPOSAL_SCORING_MANAGE (403)
		ids.put(Pattern.compile("^/(api/v1/proposal-scoring/sessions|admin/proposal-scoring)/\\{id}"), () -> jdbc.sql(
				"select id from proposals_session where name = '第九届'").query(Long.class).single());
		// a congress or conference session with its seats is the department's: a town officer may read but
		// not change one (403)
		ids.put(Pattern.compile("^/(api/v1/member-sessions|members/sessions)/\\{id}"), () -> jdbc.sql(
				"select id from members_body_session where kind = 'CPPCC' and level = 'COUNTY' and session_number = 9")
			.query(Long.class).single());
		ids.put(Pattern.compile("^/(api/v1/)?demands/\\{id}"), this::niuhuaCase);
		ids.put(Pattern.compile("^/(api/v1/)?proposals/\\{id}"), this::niuhuaProposal);
		// a decision a 竹根镇 handler neither manages nor sees: no source of theirs, its one result owned in 牛华镇
		ids.put(Pattern.compile("^/(api/v1/)?decisions/results/\\{rid}"), this::niuhuaResult);
		// an unknown kind names no proposal or report (the id takes the place of the kind)
		ids.put(Pattern.compile("^/(api/v1/)?decisions/of/\\{kind}/\\{id}"), this::niuhuaResult);
		ids.put(Pattern.compile("^/(api/v1/)?decisions/\\{id}"), this::niuhuaDecision);
		ids.put(Pattern.compile("^/demands/of-enterprise/\\{enterpriseId}"), this::niuhuaEnterprise);
		ids.put(Pattern.compile("^/(api/v1/)?reports/\\{id}"), this::niuhuaReport);
		ids.put(Pattern.compile("^/(api/v1/)?enterprises/contacts/\\{contactId}"), this::niuhuaContact);
		ids.put(Pattern.compile("^/(api/v1/)?enterprises/measures/\\{measureId}"), this::niuhuaMeasure);
		ids.put(Pattern.compile("^/(api/v1/)?enterprises/\\{id}"), this::niuhuaEnterprise);
		ids.put(Pattern.compile("^/(api/v1/)?members/\\{id}"), () -> jdbc.sql(
				"select id from members_person where unit_path like :path order by id limit 1")
			.param("path", units.findByCode("511112101").orElseThrow().path() + "%")
			.query(Long.class).single());
		return ids;
	}

	/** An enterprise of 牛华镇: the demo's when there is one, otherwise one made here. */
	private long niuhuaEnterprise() {
		UnitSummary niuhua = units.findByCode("511112101").orElseThrow();
		return jdbc.sql("select id from enterprises_enterprise where unit_path like :path order by id limit 1")
			.param("path", niuhua.path() + "%").query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into enterprises_enterprise (name, credit_code, unit_id, unit_path)"
					+ " values ('越权测试企业', '91511112MA62D4GB6Y', :unit, :path) returning id")
				.param("unit", niuhua.id()).param("path", niuhua.path()).query(Long.class).single());
	}

	/** A contact of a 牛华镇 enterprise: the first there is, otherwise one made here. */
	private long niuhuaContact() {
		long enterprise = niuhuaEnterprise();
		return jdbc.sql("select id from enterprises_contact where enterprise_id = :e order by id limit 1").param("e", enterprise)
			.query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into enterprises_contact (enterprise_id, name) values (:e, '越权测试') returning id")
				.param("e", enterprise).query(Long.class).single());
	}

	/** A measure of a 牛华镇 enterprise's plan: the first there is, otherwise one made here. */
	private long niuhuaMeasure() {
		long enterprise = niuhuaEnterprise();
		return jdbc.sql("select id from enterprises_measure where enterprise_id = :e order by id limit 1").param("e", enterprise)
			.query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into enterprises_measure (enterprise_id, text, starts_on, due_on)"
					+ " values (:e, '越权测试', date '2026-01-01', date '2026-12-31') returning id")
				.param("e", enterprise).query(Long.class).single());
	}

	/** A pending correction of a 牛华镇 person: one there is, otherwise one made here (a member's own is theirs alone). */
	private long niuhuaCorrection() {
		String niuhua = units.findByCode("511112101").orElseThrow().path() + "%";
		return jdbc.sql("select c.id from members_correction c join members_person p on p.id = c.person_id"
				+ " where c.status = 'PENDING' and p.unit_path like :path order by c.id limit 1")
			.param("path", niuhua).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into members_correction (person_id, requested_by, requested_at, reason, status)"
					+ " select id, 0, now(), '越权测试', 'PENDING' from members_person where unit_path like :path"
					+ " order by id limit 1 returning id")
				.param("path", niuhua).query(Long.class).single());
	}

	/** A demand case arising and handled in a 牛华镇 village, submitted by niuhua. */
	private long niuhuaCase() {
		long niuhua = users.findByUsernameIgnoreCase("niuhua").orElseThrow().getId();
		return jdbc.sql("insert into demands_case (id, case_no, category_id, title, description, submitted_by_user_id, channel,"
				+ " unit_id, unit_path, handling_unit_id, handling_unit_path, lead_user_id, status, submitted_at, accept_due,"
				+ " accepted_at, due_date) select nextval('demands_case_id_seq'), 'SCOPE' || currval('demands_case_id_seq'),"
				+ " c.id, '越权测试', '越权测试', :user, 'ON_BEHALF', :unit, :path, :unit, :path, :user, 'HANDLING', now(),"
				+ " current_date + 2, now(), current_date + 10 from demands_category c where c.code = 'OTHER' returning id")
			.param("user", niuhua).param("unit", niuhuaVillage.id()).param("path", niuhuaVillage.path())
			.query(Long.class).single();
	}

	/** A decision whose only result is owned by a 牛华镇 village: made here once. */
	private long niuhuaDecision() {
		return jdbc.sql("select decision_id from proposals_result where title = '越权测试' order by id limit 1")
			.query(Long.class).optional()
			.orElseGet(() -> {
				long decision = jdbc.sql("insert into proposals_decision (issuer, reference, title, decided_on, created_by,"
						+ " created_at) values ('GOVERNMENT', '越权测试〔2026〕1号', '越权测试', date '2026-06-01', 0, now()) returning id")
					.query(Long.class).single();
				jdbc.sql("insert into proposals_result (decision_id, title, owner_unit_id, owner_unit_path, updated_at)"
						+ " values (:d, '越权测试', :unit, :path, now())")
					.param("d", decision).param("unit", niuhuaVillage.id()).param("path", niuhuaVillage.path()).update();
				return decision;
			});
	}

	/** That decision's result, owned in 牛华镇. */
	private long niuhuaResult() {
		return jdbc.sql("select id from proposals_result where decision_id = :d order by id limit 1")
			.param("d", niuhuaDecision()).query(Long.class).single();
	}

	/** A proposal written in a 牛华镇 village, registered, not public, handled by that village. */
	private long niuhuaProposal() {
		long niuhua = users.findByUsernameIgnoreCase("niuhua").orElseThrow().getId();
		return jdbc.sql("insert into proposals_proposal (id, proposal_no, category_code, title, body, proposer_kind,"
				+ " proposer_unit_id, proposer_unit_path, proposer_name, author_user_id, status, created_at, submitted_at,"
				+ " lead_unit_id, lead_unit_path, assigned_at, due_date)"
				+ " values (nextval('proposals_proposal_id_seq'), 'SCOPE' || currval('proposals_proposal_id_seq'), 'OTHER',"
				+ " '越权测试', '越权测试', 'ORGANISATION', :unit, :path, '越权测试', :user, 'HANDLING', now(), now(), :unit,"
				+ " :path, now(), current_date + 30) returning id")
			.param("user", niuhua).param("unit", niuhuaVillage.id()).param("path", niuhuaVillage.path())
			.query(Long.class).single();
	}

	/** A staged import of niuhua's (an import belongs to its uploader alone). */
	private long niuhuaImport() {
		return jdbc.sql("insert into members_import (owner_user_id, file_name, file_sha256, file_enc, status, rows_total, rows_new,"
				+ " rows_existing, rows_changed_by_update, rows_changed_by_fill, rows_bad, created_at)"
				+ " values (:owner, 'niuhua.xlsx', repeat('0', 64), '\\x00', 'STAGED', 0, 0, 0, 0, 0, 0, now()) returning id")
			.param("owner", users.findByUsernameIgnoreCase("niuhua").orElseThrow().getId())
			.query(Long.class)
			.single();
	}

	/** A public-opinion report made in 牛华镇's name (by its office account): one there is, otherwise one made here. */
	private long niuhuaReport() {
		UnitSummary niuhua = units.findByCode("511112101").orElseThrow();
		return jdbc.sql("select id from proposals_report where reporter_unit_id = :unit and reporter_kind = 'UNIT'"
				+ " order by id limit 1")
			.param("unit", niuhua.id()).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into proposals_report (id, report_no, category_code, title, body, reporter_kind,"
					+ " reporter_unit_id, reporter_unit_path, reporter_name, author_user_id, status, submitted_at)"
					+ " select nextval('proposals_report_id_seq'), 'XXSCOPE' || currval('proposals_report_id_seq'), 'OTHER',"
					+ " '越权测试', '越权测试', 'UNIT', :unit, :path, :name, u.id, 'ACCEPTED', now()"
					+ " from identity_user u where u.username = 'niuhua' returning id")
				.param("unit", niuhua.id()).param("path", niuhua.path()).param("name", niuhua.name())
				.query(Long.class).single());
	}

	/** A representative post of a 牛华镇 person: the demo's when there is one, otherwise one made here. */
	private long niuhuaPost() {
		String niuhua = units.findByCode("511112101").orElseThrow().path() + "%";
		return jdbc.sql("select m.id from members_post m join members_person p on p.id = m.person_id"
				+ " where p.unit_path like :path order by m.id limit 1")
			.param("path", niuhua).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into members_post (person_id, kind, level, session_number, position, started_on)"
					+ " select id, 'CPPCC', 'COUNTY', 10, '委员', date '2021-12-31' from members_person"
					+ " where unit_path like :path order by id limit 1 returning id")
				.param("path", niuhua).query(Long.class).single());
	}

	/** An award of a 牛华镇 person: the first there is, otherwise one made here. */
	private long niuhuaAward() {
		String niuhua = units.findByCode("511112101").orElseThrow().path() + "%";
		return jdbc.sql("select a.id from members_person_award a join members_person p on p.id = a.person_id"
				+ " where p.unit_path like :path order by a.id limit 1")
			.param("path", niuhua).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into members_person_award (person_id, title, level, year)"
					+ " select id, '越权测试荣誉', 'CITY', 2020 from members_person"
					+ " where unit_path like :path order by id limit 1 returning id")
				.param("path", niuhua).query(Long.class).single());
	}

	/** A step of a 牛华镇 person's plan: the first there is, otherwise one made here. */
	private long niuhuaStep() {
		long plan = niuhuaPlan();
		return jdbc.sql("select id from members_cultivation_step where plan_id = :plan order by id limit 1").param("plan", plan)
			.query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into members_cultivation_step (plan_id, position, title, due_on)"
					+ " values (:plan, 1, '越权测试', date '2026-06-30') returning id")
				.param("plan", plan).query(Long.class).single());
	}

	/** A cultivation plan of a 牛华镇 person: the demo's when there is one, otherwise one made here. */
	private long niuhuaPlan() {
		String niuhua = units.findByCode("511112101").orElseThrow().path() + "%";
		return jdbc.sql("select c.id from members_cultivation_plan c join members_person p on p.id = c.person_id"
				+ " where p.unit_path like :path order by c.id limit 1")
			.param("path", niuhua).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into members_cultivation_plan (person_id, title, starts_on, ends_on)"
					+ " select id, '越权测试', date '2026-01-01', date '2026-12-31' from members_person"
					+ " where unit_path like :path order by id limit 1 returning id")
				.param("path", niuhua).query(Long.class).single());
	}

	@Test
	void everyRouteWithAnIdRefusesARecordOfAnotherTown() throws Exception {
		List<String> leaks = new ArrayList<>();
		int tried = 0;
		for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.contains("{") || SHARED_READS.matcher(pattern).find()) {
					continue;
				}
				Object id = idFor(pattern);
				for (HttpMethod method : methodsOf(entry.getKey())) {
					int status = call(method, VARIABLE.matcher(pattern).replaceAll(String.valueOf(id))).getResponse().getStatus();
					tried++;
					if (status != 403 && status != 404) {
						leaks.add(method + " " + pattern + " -> " + status);
					}
				}
			}
		}
		assertThat(leaks).as("routes that answered a 竹根镇 officer about 牛华镇 records").isEmpty();
		assertThat(tried).as("routes walked").isGreaterThan(25);
		assertNothingChanged();
	}

	@Test
	void theSameOfficerDoesReachTheirOwnVillage() throws Exception {
		assertThat(call(HttpMethod.GET, "/units/" + zhugenVillage.id()).getResponse().getStatus()).isEqualTo(200);
		assertThat(call(HttpMethod.GET, "/api/v1/units/" + zhugenVillage.id()).getResponse().getStatus()).isEqualTo(200);
		assertThat(call(HttpMethod.GET, "/api/v1/units/" + niuhuaVillage.id()).getResponse().getStatus()).isEqualTo(404);
	}

	private Object idFor(String pattern) {
		return outOfScopeIds().entrySet()
			.stream()
			.filter(e -> e.getKey().matcher(pattern).find())
			.map(e -> e.getValue().get())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No out-of-scope record is named for " + pattern
					+ ": add one to ScopeBoundaryTests.outOfScopeIds()"));
	}

	private org.springframework.test.web.servlet.MvcResult call(HttpMethod method, String path) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path);
		if (path.startsWith("/api/")) {
			request.header("Authorization", "Bearer " + zhugenToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content(plausibleJson());
		}
		else {
			request.cookie(zhugenSession).with(csrf());
			plausibleForm().forEach(request::param);
		}
		return mvc.perform(request).andReturn();
	}

	/** A body of the right shape, so that a refusal is about the record, not the input. */
	private String plausibleJson() {
		return "{\"name\":\"越权测试\",\"parentId\":" + zhugenVillage.id() + ",\"parentCode\":\"511112100\",\"version\":0,"
				+ "\"displayName\":\"越权测试\",\"homeUnitCode\":\"511112100\",\"roleCodes\":[],\"roles\":[],"
				+ "\"nameZh\":\"越权\",\"nameEn\":\"x\",\"scope\":\"UNIT\",\"privileges\":[],\"newPassword\":\"Qiao#Bridge88\"}";
	}

	private Map<String, String> plausibleForm() {
		return Map.of("name", "越权测试", "parentCode", "511112100", "version", "0", "displayName", "越权测试",
				"homeUnitCode", "511112100", "kind", "OTHER", "nameZh", "越权", "nameEn", "x", "scope", "UNIT");
	}

	private static Set<HttpMethod> methodsOf(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return Set.of(HttpMethod.GET, HttpMethod.POST);
		}
		return declared.stream().map(m -> HttpMethod.valueOf(m.name())).collect(java.util.stream.Collectors.toSet());
	}

	private void assertNothingChanged() throws Exception {
		UnitSummary after = units.find(niuhuaVillage.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(niuhuaVillage.name());
		assertThat(after.parentId()).isEqualTo(niuhuaVillage.parentId());
		assertThat(after.active()).isTrue();
		assertThat(users.findByUsernameIgnoreCase("niuhua").orElseThrow().isEnabled()).isTrue();
		assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/tokens").header("Authorization", "Bearer " + niuhuaToken))
			.andReturn().getResponse().getStatus()).as("niuhua's token still works").isEqualTo(200);
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
		assertThat(token.find()).as(body).isTrue();
		return token.group(1);
	}

}
