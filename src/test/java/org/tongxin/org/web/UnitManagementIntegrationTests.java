package org.tongxin.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.ActorFixtures;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** Creating, renaming, moving and deactivating units, through the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class UnitManagementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin() {
		return ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW, Privilege.UNIT_MANAGE);
	}

	@Test
	void aFunctionalUnitCreatedWithoutCodeGetsAGeneratedOneAndAnAuditRecord() throws Exception {
		long park = units.findByCode("PARK-XXGY").orElseThrow().id();
		long audits = audits("UNIT_CREATED");
		mvc.perform(post("/api/v1/units").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + park + ",\"kind\":\"OTHER\",\"name\":\"园区党群服务中心\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/units/")))
			.andExpect(jsonPath("$.code", startsWith("F")))
			.andExpect(jsonPath("$.depth").value(4))
			.andExpect(jsonPath("$.parentId").value(park));
		assertThat(audits("UNIT_CREATED")).isEqualTo(audits + 1);
	}

	@Test
	void theApiRefusesInvalidInputWithFieldNames() throws Exception {
		long root = units.deploymentRoot().id();
		mvc.perform(post("/api/v1/units").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + root + ",\"kind\":\"VILLAGE\",\"name\":\"某村\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(post("/api/v1/units").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + root + ",\"kind\":\"PARK\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void movingAUnitMovesItsWholeSubtree() throws Exception {
		UnitSummary park = units.findByCode("PARK-XXGY").orElseThrow();
		UnitSummary town = units.findByCode("511112104").orElseThrow();
		mvc.perform(post("/api/v1/units/{id}/move", park.id()).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + town.id() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path").value(town.path() + park.id() + "/"));
		UnitSummary station = units.findByCode("SS-XXGY").orElseThrow();
		assertThat(station.path()).isEqualTo(town.path() + park.id() + "/" + station.id() + "/");
		assertThat(station.depth()).isEqualTo(town.depth() + 2);
		assertThat(audits("UNIT_MOVED")).isPositive();
	}

	@Test
	void aUnitCannotMoveBelowItself() throws Exception {
		UnitSummary park = units.findByCode("PARK-XXGY").orElseThrow();
		mvc.perform(post("/units/{id}/move", park.id()).with(admin()).with(csrf()).param("parentCode", "SS-XXGY"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("moveForm", "parentCode", "unit.move.intoItself"));
		assertThat(units.findByCode("PARK-XXGY").orElseThrow().parentId()).isEqualTo(park.parentId());
	}

	@Test
	void renamingOnThePageRedirectsWithAFlashMessage() throws Exception {
		long chamber = units.findByCode("CH-GUIGU").orElseThrow().id();
		mvc.perform(post("/units/{id}/rename", chamber).with(admin()).with(csrf()).param("name", "五通桥区硅谷商会"))
			.andExpect(redirectedUrl("/units/" + chamber))
			.andExpect(flash().attribute("flash", "unit.flash.renamed"));
		assertThat(units.find(chamber)).map(UnitSummary::name).contains("五通桥区硅谷商会");
		assertThat(audits("UNIT_RENAMED")).isPositive();
	}

	@Test
	void anEmptyNameIsShownNextToTheField() throws Exception {
		long chamber = units.findByCode("CH-GUIGU").orElseThrow().id();
		mvc.perform(post("/units/{id}/rename", chamber).with(admin()).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("renameForm", "name"))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		long chamber = units.findByCode("CH-GUIGU").orElseThrow().id();
		mvc.perform(patch("/api/v1/units/{id}", chamber).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"新名称\",\"version\":99}")).andExpect(status().isConflict());
		assertThat(units.find(chamber)).map(UnitSummary::name).contains("硅谷商会");
	}

	@Test
	void aTownWithActiveVillagesCannotBeDeactivatedButAVillageCanAndComesBack() throws Exception {
		long town = units.findByCode("511112105").orElseThrow().id();
		mvc.perform(post("/api/v1/units/{id}/deactivate", town).with(admin())).andExpect(status().isBadRequest());
		mvc.perform(post("/units/{id}/deactivate", town).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/units/" + town))
			.andExpect(flash().attribute("flashError", "unit.deactivate.activeChildren"));
		long village = units.findByCode("511112105001").orElseThrow().id();
		mvc.perform(post("/units/{id}/deactivate", village).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/units/" + village));
		assertThat(units.find(village)).map(UnitSummary::active).contains(false);
		mvc.perform(post("/api/v1/units/{id}/reactivate", village).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		assertThat(audits("UNIT_DEACTIVATED")).isPositive();
		assertThat(audits("UNIT_REACTIVATED")).isPositive();
	}

	@Test
	void theTreeLoadsChildrenAsAFragmentForHtmx() throws Exception {
		long town = units.findByCode("511112100").orElseThrow().id();
		mvc.perform(get("/units").param("node", String.valueOf(town)).header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("黄桷井社区居委会")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		mvc.perform(get("/units/{id}", town).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("五通桥区")))
			.andExpect(content().string(containsString("/units/" + town + "/rename")));
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
	}

}
