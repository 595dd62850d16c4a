package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.FollowRedirect;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * The accept form as a town officer meets it: it proposes the nearest unit with someone who may
 * handle demands (a village without a handler hands to its town), takes the unit by name, keeps the
 * chosen lead while the unit stays the same, and refuses another town's village as out of scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandAssignmentFormTests {

	/** A 竹根镇 community with no user of its own who handles demands. */
	private static final String WITHOUT_HANDLER = "511112100001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private DemandClient demands;

	private Cookie zhugen;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		demands = new DemandClient(mvc, jdbc);
		zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
	}

	private long submittedFrom(String village, String name, String phone) throws Exception {
		Member member = members.member(members.token("staff"), name, village, phone);
		return demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"承办单位建议\",\"description\":\"内容\"}");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(java.net.URI.create(url)).cookie(zhugen)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theAcceptFormProposesAUnitWithAHandler() throws Exception {
		long withoutHandler = submittedFrom(WITHOUT_HANDLER, "承办建议甲", "13800070001");
		assertThat(page("/demands/" + withoutHandler)).contains("value=\"竹根镇 (511112100)\"");
		long withHandler = submittedFrom(SelfServiceClient.ZHUGEN_VILLAGE, "承办建议乙", "13800070002");
		assertThat(page("/demands/" + withHandler)).contains("value=\"黄桷井社区居委会 (" + SelfServiceClient.ZHUGEN_VILLAGE + ")\"");
	}

	@Test
	void theLeadStaysChosenWhileTheUnitStaysTheSame() throws Exception {
		long lead = demands.userId("zhugen");
		String same = page("/demands/handlers?unitCode=" + enc("竹根镇 (511112100)") + "&leadUserId=" + lead);
		assertThat(Pattern.compile("<option[^>]*value=\"" + lead + "\"[^>]*selected").matcher(same).find()).isTrue();
		String other = page("/demands/handlers?unitCode=" + enc("黄桷井社区居委会") + "&leadUserId=" + lead);
		assertThat(other).contains("value=\"" + demands.userId("huangjuejing") + "\"").doesNotContain("selected");
	}

	@Test
	void aUnitTypedByNameIsAcceptedAndAnotherTownsVillageRefused() throws Exception {
		long id = submittedFrom(WITHOUT_HANDLER, "承办建议丙", "13800070003");
		String refused = FollowRedirect.page(mvc, zhugen, accept(id, "三塔村委会", "zhugen"), "/demands/" + id);
		assertThat(refused).contains("承办单位：没有找到“三塔村委会”", "不在您的管辖范围内");
		assertThat(accept(id, "竹根镇", "zhugen").getResponse().getRedirectedUrl()).isEqualTo("/demands/" + id);
		assertThat(handlingUnit(id)).isEqualTo("511112100");
	}

	/** A town officer assigns within the town or to the district's departments, never to another town. */
	@Test
	void anotherTownIsRefusedAsTheHandlingUnitAtItsField() throws Exception {
		long id = submittedFrom(WITHOUT_HANDLER, "承办建议丁", "13800070004");
		String refused = FollowRedirect.page(mvc, zhugen, accept(id, "牛华镇 (511112101)", "niuhua"), "/demands/" + id);
		assertThat(refused).contains("承办单位：没有找到“牛华镇 (511112101)”，或该单位不在您的管辖范围内");
		assertThat(jdbc.sql("select status from demands_case where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("SUBMITTED");
		assertThat(accept(id, "区经信局", "jingxin").getResponse().getRedirectedUrl()).isEqualTo("/demands/" + id);
		assertThat(handlingUnit(id)).isEqualTo("LG-JXJ");
	}

	/** zhugen posts the accept form: the unit as typed, the lead by username; the redirect it answers. */
	private org.springframework.test.web.servlet.MvcResult accept(long id, String unit, String lead) throws Exception {
		return mvc.perform(post("/demands/" + id + "/accept").cookie(zhugen).with(csrf())
				.param("version", String.valueOf(demands.version(id))).param("unitCode", unit)
				.param("leadUserId", String.valueOf(demands.userId(lead))))
			.andExpect(status().is3xxRedirection()).andReturn();
	}

	private String handlingUnit(long id) {
		return jdbc.sql("select u.code from demands_case c join org_unit u on u.id = c.handling_unit_id where c.id = :id")
			.param("id", id).query(String.class).single();
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
