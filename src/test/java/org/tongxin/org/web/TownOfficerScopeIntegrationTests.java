package org.tongxin.org.web;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void theOfficerChangesUnitsBelowHisTownButNeverTheTownItself() throws Exception {
		mvc.perform(patch("/api/v1/units/{id}", zhugen).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"改名镇\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/units/{id}/move", zhugen).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentCode\":\"511112100\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/units/{id}/deactivate", zhugen).with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/units/{id}/rename", zhugen).with(officer)).andExpect(status().isForbidden());
		mvc.perform(post("/units/{id}/rename", zhugen).with(officer).with(csrf()).param("name", "改名镇"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/units/{id}/deactivate", zhugen).with(officer).with(csrf())).andExpect(status().isForbidden());
		assertThat(units.find(zhugen).orElseThrow().name()).isEqualTo("竹根镇");

		// below the town he manages: a village is renamed, a unit is added under the town itself
		mvc.perform(patch("/api/v1/units/{id}", zhugenVillage).with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"黄桷井社区\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/units").with(officer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + zhugen + ",\"kind\":\"OTHER\",\"name\":\"竹根镇新联会\"}"))
			.andExpect(status().isCreated());

		// the pages offer what he may do: adding under the town, renaming a village
		mvc.perform(get("/units/{id}", zhugen).with(officer))
			.andExpect(content().string(not(containsString("/units/" + zhugen + "/rename"))))
			.andExpect(content().string(not(containsString("/units/" + zhugen + "/deactivate"))))
			.andExpect(content().string(containsString("/units/" + zhugen + "/new")));
		mvc.perform(get("/units/{id}", zhugenVillage).with(officer))
			.andExpect(content().string(containsString("/units/" + zhugenVillage + "/rename")));
	}

	@Test
	void theDepartmentStillManagesTheTowns() throws Exception {
		RequestPostProcessor department = ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(),
				Privilege.UNIT_VIEW, Privilege.UNIT_MANAGE);
		mvc.perform(patch("/api/v1/units/{id}", zhugen).with(department).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"竹根镇（更名）\"}")).andExpect(status().isOk());
		mvc.perform(get("/units/{id}", zhugen).with(department))
			.andExpect(content().string(containsString("/units/" + zhugen + "/rename")));
	}

	@Test
	void aUnitNameWithMarkupOrAControlCharacterIsRefusedAtTheField() throws Exception {
		for (String name : new String[] { "<b>黄桷井</b>", "黄桷井\u0000社区" }) {
			mvc.perform(patch("/api/v1/units/{id}", zhugenVillage).with(officer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name.replace("\u0000", "\\u0000") + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"));
		}
		mvc.perform(post("/units/{id}/rename", zhugenVillage).with(officer).with(csrf()).param("name", "<i>黄桷井</i>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名称不能包含 HTML 标记")));
		assertThat(units.find(zhugenVillage).orElseThrow().name()).isEqualTo("黄桷井社区居委会");
	}

	private void expect404(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(officer)).andExpect(status().isNotFound());
	}

}
