package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxin.members.internal.SearchIndexCheck;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.shared.person.ChineseIdNumber;

/** The pages: list (whole and htmx results), search by pinyin initials, new and edit forms with their errors. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	private SearchIndexCheck searchIndex;

	@Autowired
	JdbcClient jdbc;

	private Cookie zhugen;

	@BeforeEach
	void signIn() throws Exception {
		zhugen = new MemberClient(mvc).login("zhugen");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String idNumber,
			String phone) {
		return request.cookie(zhugen).with(csrf()).param("name", name).param("unitCode", "511112100003")
			.param("idNumber", idNumber).param("phone", phone).param("gender", "").param("birthDate", "")
			.param("ethnicity", "汉族").param("workUnit", "竹根镇农业服务中心").param("categories", "NEW_SOCIAL_CLASS");
	}

	@Test
	void theListAndItsHtmxResultsShowTheTownsPeople() throws Exception {
		mvc.perform(get("/members").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("member-results")))
			.andExpect(content().string(Matchers.containsString("统战对象")));
		mvc.perform(get("/members").param("sort", "birthDate").param("dir", "desc").header("HX-Request", "true").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.startsWith("<section id=\"member-results\"")));
		mvc.perform(get("/members").param("sort", "id; drop table members_person").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("不能按此排序")));
	}

	@Test
	void aPersonIsFoundByNamePinyinAndInitials() throws Exception {
		ChineseIdNumber id = MemberClient.freshIdNumber(true);
		mvc.perform(form(post("/members"), "欧阳拼音", id.value(), "13700001111")).andExpect(status().is3xxRedirection());
		searchIndex.awaitCurrent(java.time.Duration.ofSeconds(30));
		for (String text : new String[] { "欧阳拼", "ouyangpin", "oyp" }) {
			mvc.perform(get("/members").param("q", text).header("HX-Request", "true").cookie(zhugen))
				.andExpect(content().string(Matchers.containsString("欧阳拼音")));
		}
	}

	@Test
	void aPersonIsRegisteredAndEditedThroughTheForms() throws Exception {
		ChineseIdNumber id = MemberClient.freshIdNumber(false);
		String location = mvc.perform(form(post("/members"), "钱九", id.value(), "13811112222"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long personId = Long.parseLong(location.substring("/members/".length()));
		mvc.perform(get(location).cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(id.masked())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(id.value()))));
		mvc.perform(get(location + "/edit").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(id.value()))));
		// the officer cannot see the ID number: leaving it empty keeps it
		mvc.perform(form(post(location + "/edit"), "钱玖", "", "").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select name, id_number_mask, phone_mask, ethnicity from members_person where id = :id")
			.param("id", personId).query().singleRow())
			.containsEntry("name", "钱玖").containsEntry("id_number_mask", id.masked())
			.containsEntry("phone_mask", "138****2222").containsEntry("ethnicity", "汉族");
	}

	@Test
	void aBadFieldIsShownNextToItAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from members_person").query(Long.class).single();
		mvc.perform(form(post("/members"), "吴十", "511112", "138"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("身份证号应为 18 位")))
			.andExpect(content().string(Matchers.containsString("电话号码格式不正确")));
		assertThat(jdbc.sql("select count(*) from members_person").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aStaleEditTellsTheUser() throws Exception {
		String location = mvc.perform(form(post("/members"), "郑十一", MemberClient.freshIdNumber(true).value(), ""))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(form(post(location + "/edit"), "郑十一", "", "").param("post", "主任").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post(location + "/edit"), "郑十一", "", "").param("post", "副主任").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("他人已修改")));
	}

}
