package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every list page says how many records it holds and offers the page size and a page to jump to,
 * through the one pager fragment; sizes and pages from the address are bounded on the server.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ListPagingTests {

	private static final List<String> LISTS = List.of("/members", "/demands", "/proposals", "/reports", "/decisions",
			"/enterprises", "/admin/users", "/admin/audit", "/members/corrections", "/members/talent/plans");

	@Autowired
	MockMvc mvc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private MvcResult open(Cookie session, String url) throws Exception {
		return mvc.perform(get(URI.create(url)).cookie(session)).andReturn();
	}

	@Test
	void everyListSaysHowManyAndOffersSizeAndJump() throws Exception {
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		for (String list : List.of("/members", "/demands", "/proposals", "/admin/audit")) {
			String html = open(admin, list).getResponse().getContentAsString();
			assertThat(html).as(list).contains("class=\"tx-pager", "共 ", "name=\"jump\"", "每页");
		}
		String fifty = open(admin, "/admin/audit?size=50").getResponse().getContentAsString();
		assertThat(fifty).contains("size=50").containsPattern("class=\"btn btn-outline-secondary active\"[^>]*>50<");
		String jumped = open(admin, "/members?jump=2").getResponse().getContentAsString();
		assertThat(jumped).contains("第 2/");
	}

	/** Sizes and pages as typed by a hostile hand: clamped, never a 5xx, never an unbounded page. */
	@Test
	void hostileSizesAndPagesAreBounded() throws Exception {
		Cookie staff = DemoLogins.login(mvc, "admin", adminPassword);
		for (String list : LISTS) {
			for (String query : List.of("size=100000&jump=-1", "size=abc&jump=99999999999", "size=%00&jump=%00",
					"size=" + "9".repeat(1000) + "&jump=abc", "page=2147483647&size=100")) {
				MvcResult result = open(staff, list + "?" + query);
				assertThat(result.getResponse().getStatus()).as(list + "?" + query).isLessThan(500);
			}
		}
		String huge = open(staff, "/admin/audit?size=100000").getResponse().getContentAsString();
		assertThat(huge).contains("size=100").doesNotContain("size=100000");
	}

}
