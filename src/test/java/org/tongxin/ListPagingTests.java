package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * through the one pager fragment; sizes and pages from the address are bounded on the server: a page
 * past the last shows the last, and a page or size that is no number is named on the pager.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ListPagingTests {

	private static final List<String> LISTS = List.of("/members", "/demands", "/proposals", "/reports", "/decisions",
			"/enterprises", "/admin/users", "/admin/audit", "/members/corrections", "/members/talent/plans");

	private static final List<String> LISTS_WITH_INBOX = java.util.stream.Stream
		.concat(LISTS.stream(), java.util.stream.Stream.of("/inbox", "/members/talent/plans?overdue=true"))
		.toList();

	/** The pager's position, "第 3/14 页". */
	private static final Pattern PAGE_OF = Pattern.compile("第 ([\\d,]+)/([\\d,]+) 页");

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

	/** A page past the last shows the last; the pager never reads "page 100 of 4". */
	@Test
	void aPagePastTheLastShowsTheLast() throws Exception {
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		for (String list : LISTS_WITH_INBOX) {
			for (String query : List.of("page=99", "page=2147483647", "jump=99999", "page=99&size=100")) {
				String html = open(admin, list + (list.contains("?") ? "&" : "?") + query).getResponse().getContentAsString();
				Matcher position = PAGE_OF.matcher(html);
				while (position.find()) {
					assertThat(Integer.parseInt(position.group(1).replace(",", ""))).as(list + "?" + query)
						.isLessThanOrEqualTo(Integer.parseInt(position.group(2).replace(",", "")));
				}
			}
		}
		String members = open(admin, "/members?page=99").getResponse().getContentAsString();
		Matcher last = PAGE_OF.matcher(members);
		assertThat(last.find()).as("the demo's members fill several pages").isTrue();
		assertThat(last.group(1)).isEqualTo(last.group(2));
		assertThat(members).doesNotContain("没有符合条件的统战对象");
	}

	/** A page or size that is no number is named as the pager's problem, on every list, never as another field's. */
	@Test
	void aPageOrSizeThatIsNoNumberIsNamedOnThePager() throws Exception {
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		for (String list : LISTS_WITH_INBOX) {
			String join = list.contains("?") ? "&" : "?";
			MvcResult page = open(admin, list + join + "page=abc");
			assertThat(page.getResponse().getStatus()).as(list).isEqualTo(200);
			assertThat(page.getResponse().getContentAsString()).as(list)
				.contains("页码“abc”无效，已显示第 1 页。")
				.doesNotContain("年龄须为整数", "筛选条件无效");
			assertThat(open(admin, list + join + "jump=x1").getResponse().getContentAsString()).as(list)
				.contains("页码“x1”无效");
			assertThat(open(admin, list + join + "size=lots").getResponse().getContentAsString()).as(list)
				.contains("每页条数“lots”无效，已按每页 20 条显示。");
		}
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
