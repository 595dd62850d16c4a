package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.org.Units;

/**
 * Every page and list holds to a statement budget (quality.md: at most 10 per page, session
 * handling included), so that an N+1 shows up as a failing test, not as a slow page in a town
 * with a thousand rows. New list pages join {@link #pages()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageStatementBudgetTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private List<String> pages() {
		long district = units.findByCode("511112").orElseThrow().id();
		long town = units.findByCode("511112100").orElseThrow().id();
		long withPosts = jdbc.sql("select person_id from members_post group by person_id order by count(*) desc, person_id limit 1")
			.query(Long.class).single();
		// the enterprise with the most measures (and so a plan worth loading), and one of its measures
		long enterprise = jdbc.sql("select e.id from enterprises_enterprise e left join enterprises_measure m"
				+ " on m.enterprise_id = e.id group by e.id order by count(m.id) desc, e.id limit 1").query(Long.class).single();
		long measure = jdbc.sql("select id from enterprises_measure where enterprise_id = :e order by id limit 1")
			.param("e", enterprise).query(Long.class).single();
		// a decision with the most results (and so updates to show): any there is, otherwise one made here
		long decision = jdbc.sql("select d.id from proposals_decision d left join proposals_result r on r.decision_id = d.id"
				+ " group by d.id order by count(r.id) desc, d.id limit 1").query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("insert into proposals_decision (issuer, reference, title, decided_on, created_by, created_at)"
					+ " values ('JOINT', '预算测试〔2026〕1号', '预算测试', date '2026-06-01', 0, now()) returning id")
				.query(Long.class).single());
		return List.of("/", "/home/figures", "/home/figures/members", "/home/figures/demands", "/home/figures/proposals", "/inbox", "/inbox/section", "/inbox/badge", "/units", "/units?node=" + town, "/units/" + district, "/units/" + town, "/admin/users",
				"/admin/users?page=1", "/admin/roles", "/admin/audit", "/account", "/account/tokens",
				"/members/" + withPosts + "/posts", "/members/posts/session-end", "/members/coverage",
				"/admin/calendar?year=2026", "/admin/demand-categories", "/admin/demand-categories/" + jdbc.sql(
						"select id from demands_category where code = 'POLICY'").query(Long.class).single(),
				"/enterprises", "/enterprises?q=乐山&unit=511112100&park=园区&page=0",
				"/enterprises/new", "/enterprises/" + enterprise, "/enterprises/" + enterprise + "/plan",
				"/enterprises/" + enterprise + "/edit", "/enterprises/measures/" + measure + "/edit",
				"/enterprises/suggest?q=牛华", "/demands/figures",
				"/demands/figures?unit=511112100&from=2024-02-15&to=2024-04-10", "/decisions", "/decisions?year=2026&issuer=JOINT",
				"/decisions/new", "/decisions/" + decision, "/decisions/" + decision + "/edit", "/reports",
				"/reports?status=ACCEPTED&category=OTHER&year=2026&level=CITY", "/reports/new", "/reports/" + report(), "/performance",
				"/performance?year=2021", "/performance/me", "/proposal-figures", "/proposal-figures?unit=511112&year=2021",
				"/proposal-search?q=乡村振兴", "/admin/proposal-scoring", "/admin/proposal-scoring/" + jdbc.sql(
						"select id from proposals_session where name = '第九届'").query(Long.class).single());
	}

	/** A public-opinion report with something recorded on it: the first accepted one, otherwise one made here. */
	private long report() {
		return jdbc.sql("select id from proposals_report where status = 'ACCEPTED' order by id limit 1").query(Long.class)
			.optional()
			.orElseGet(() -> {
				long id = jdbc.sql("insert into proposals_report (id, report_no, category_code, title, body, reporter_kind,"
						+ " reporter_unit_id, reporter_unit_path, reporter_name, author_user_id, status, submitted_at)"
						+ " select nextval('proposals_report_id_seq'), 'XXBUDGET' || currval('proposals_report_id_seq'),"
						+ " 'OTHER', '语句预算', '语句预算', 'UNIT', u.id, u.path, u.name, 1, 'ACCEPTED', now()"
						+ " from org_unit u where u.code = '511112100' returning id").query(Long.class).single();
				jdbc.sql("insert into proposals_report_adoption (report_id, level, adopted_by, adopted_on, recorded_by,"
						+ " recorded_at) values (:id, 'CITY', '市委办', current_date, 1, now())").param("id", id).update();
				jdbc.sql("insert into proposals_report_event (report_id, at, actor_user_id, actor_name, kind)"
						+ " values (:id, now(), 1, '系统', 'SUBMITTED')").param("id", id).update();
				return id;
			});
	}

	/**
	 * A member sees a small share of the records: their search reads the public rows and their own
	 * (the owning parts list those), and their lists show what they may see, within the same budget.
	 */
	@Test
	void aMembersPagesStayWithinTheBudgetToo() throws Exception {
		assertWithinBudget(DemoLogins.login(mvc, "member", DemoLogins.DEMO_PASSWORD),
				List.of("/proposal-search?q=建议", "/proposal-search?q=乡村振兴", "/proposals", "/reports", "/performance/me"));
	}

	@Test
	void everyPageStaysWithinItsStatementBudget() throws Exception {
		assertWithinBudget(mvc.perform(formLogin("/login").user("admin").password(adminPassword))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION"), pages());
	}

	/** Each page opened twice, the second time counted (the first warms caches and the session). */
	private void assertWithinBudget(Cookie session, List<String> pages) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, List<String>> statements = new LinkedHashMap<>();
		for (String page : pages) {
			mvc.perform(get(page).cookie(session));
			StatementCounter.reset();
			int status = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus();
			assertThat(status).as(page).isEqualTo(200);
			counts.put(page, StatementCounter.count());
			statements.put(page, StatementCounter.statements());
		}
		System.out.println("Statements per page: " + counts);
		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as("%s ran %s", page, statements.get(page))
			.isLessThanOrEqualTo(BUDGET));
	}

}
