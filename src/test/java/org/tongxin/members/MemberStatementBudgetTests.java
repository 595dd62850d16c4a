package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.StatementCounter;

/**
 * The member pages hold to the page budget of quality.md (at most 10 statements, session handling
 * included), whatever the page size: a full list page, a filtered one, and an unmasked detail
 * with its audit record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberStatementBudgetTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void memberPagesStayWithinTheStatementBudget() throws Exception {
		Cookie session = new MemberClient(mvc).login("staff");
		long person = jdbc.sql("select id from members_person where id_number_enc is not null order by id limit 1")
			.query(Long.class).single();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/members", "/members?page=2&sort=birthDate&dir=desc",
				"/members?q=z&category=PRIVATE_ECONOMY&ageFrom=30&ageTo=70&unit=511112100", "/members/" + person,
				"/members/" + person + "/edit", "/members/new", "/members/" + person + "/history")) {
			mvc.perform(get(page).cookie(session));
			StatementCounter.reset();
			int status = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus();
			assertThat(status).as(page).isEqualTo(200);
			counts.put(page, StatementCounter.count());
			assertThat(StatementCounter.count()).as("%s ran %s", page, StatementCounter.statements())
				.isLessThanOrEqualTo(BUDGET);
		}
		System.out.println("Statements per member page: " + counts);
	}

}
