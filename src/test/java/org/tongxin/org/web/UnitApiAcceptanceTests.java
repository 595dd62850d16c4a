package org.tongxin.org.web;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The acceptance check, through a real token: the district lists its eight towns. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitApiAcceptanceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDistrictListsItsEightTownsToATokenHolder() throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"staff\",\"password\":\"Tongxin@2026\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		mvc.perform(get("/api/v1/units").param("parent", "511112").param("kind", "TOWNSHIP")
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[*].name", hasItems("竹根镇", "牛华镇", "金粟镇", "金山镇", "西坝镇", "冠英镇", "蔡金镇", "石麟镇")));
		mvc.perform(get("/api/v1/units").param("parent", "511112").param("kind", "PARK,SERVICE_STATION")
			.header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[*].kind", hasItems("PARK")));
		mvc.perform(get("/api/v1/units").param("parent", "511112").param("kind", "NO_SUCH_KIND")
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

}
