package org.tongxin.org.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.ActorFixtures;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * A town officer of 竹根镇 (unit and below) sees the town and its villages, and nothing of 牛华镇:
 * every route that takes an id answers 404 for a unit there, reads and writes alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class TownOfficerScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	long zhugen;

	long niuhuaVillage;

	long zhugenVillage;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		zhugen = units.findByCode("511112100").orElseThrow().id();
		zhugenVillage = units.findByCode("511112100003").orElseThrow().id();
		niuhuaVillage = units.findByCode("511112101001").orElseThrow().id();
		officer = ActorFixtures.withActor(DataScope.UNIT_AND_BELOW, zhugen, Privilege.UNIT_VIEW, Privilege.UNIT_MANAGE);
	}

	@Test
	void theTreeStartsAtTheOfficersTownAndListsItsVillages() throws Exception {
		mvc.perform(get("/units").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("竹根镇")))
			.andExpect(content().string(containsString("黄桷井社区居委会")))
			.andExpect(content().string(not(containsString("牛华镇"))));
	}

	@Test
	void theOfficerSeesAVillageOfTheTownOnPageAndApi() throws Exception {
		mvc.perform(get("/units/{id}", zhugenVillage).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("黄桷井社区居委会")));
		mvc.perform(get("/api/v1/units/{id}", zhugenVillage).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("511112100003"));
		mvc.perform(get("/api/v1/units").with(officer)).andExpect(jsonPath("$[0].code").value("511112100"));
		mvc.perform(get("/api/v1/units/{id}/children", zhugen).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(19))
			.andExpect(jsonPath("$[*].name", hasItem("黄桷井社区居委会")));
	}

	@Test
	void everyReadOfAUnitOfAnotherTownAnswers404() throws Exception {
		expect404(get("/units/{id}", niuhuaVillage));
		expect404(get("/units").param("node", String.valueOf(niuhuaVillage)).header("HX-Request", "true"));
		expect404(get("/api/v1/units/{id}", niuhuaVillage));
		expect404(get("/api/v1/units/{id}/children", niuhuaVillage));
		expect404(get("/api/v1/units").param("parent", "511112101"));
		expect404(get("/units/{id}/rename", niuhuaVillage));
		expect404(get("/units/{id}/move", niuhuaVillage));
		expect404(get("/units/{id}/new", niuhuaVillage));
	}

	@Test
	void everyWriteToAUnitOfAnotherTownAnswers404() throws Exception {
		expect404(post("/units/{id}/rename", niuhuaVillage).param("name", "改名").with(csrf()));
		expect404(post("/units/{id}/move", niuhuaVillage).param("parentCode", "511112100").with(csrf()));
		expect404(post("/units/{id}/new", niuhuaVillage).param("kind", "OTHER").param("name", "新单位").with(csrf()));
		expect404(post("/units/{id}/deactivate", niuhuaVillage).with(csrf()));
		expect404(post("/units/{id}/reactivate", niuhuaVillage).with(csrf()));
		expect404(patch("/api/v1/units/{id}", niuhuaVillage).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名\"}"));
		expect404(post("/api/v1/units/{id}/move", niuhuaVillage).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentCode\":\"511112100\"}"));
		expect404(post("/api/v1/units/{id}/deactivate", niuhuaVillage));
		expect404(post("/api/v1/units/{id}/reactivate", niuhuaVillage));
		expect404(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + niuhuaVillage + ",\"kind\":\"OTHER\",\"name\":\"新单位\"}"));
	}

	@Test
	void aUnitCannotBeMovedUnderAParentOutsideTheScope() throws Exception {
		mvc.perform(post("/api/v1/units/{id}/move", zhugenVillage).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentCode\":\"511112101\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
	}

	@Test
	void anActorWithoutUnitManageIsRefusedWrites() throws Exception {
		RequestPostProcessor viewer = ActorFixtures.withActor(DataScope.UNIT_AND_BELOW, zhugen, Privilege.UNIT_VIEW);
		mvc.perform(patch("/api/v1/units/{id}", zhugenVillage).with(viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"改名\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/units/{id}/deactivate", zhugenVillage).with(viewer).with(csrf())).andExpect(status().isForbidden());
	}

	private void expect404(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(officer)).andExpect(status().isNotFound());
	}

}
