package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API reference is the OpenAPI document (the README no longer lists the endpoints): it builds,
 * anyone may fetch it, and every operation says what it does, with the rules a script author needs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTests {

	private static final String ACCEPT = "$.paths['/api/v1/demands/{id}/accept'].post";

	@Autowired
	MockMvc mvc;

	private DocumentContext document;

	@BeforeEach
	void fetch() throws Exception {
		String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		document = JsonPath.parse(json);
	}

	@Test
	void theDocumentSaysHowToAuthenticateAndWhatErrorsLookLike() {
		assertThat(document.read("$.info.title", String.class)).isEqualTo("Tongxin API");
		assertThat(document.read("$.info.description", String.class)).contains("POST /api/v1/tokens")
			.contains("application/problem+json")
			.contains("409");
		assertThat(document.read("$.components.securitySchemes.bearer.scheme", String.class)).isEqualTo("bearer");
	}

	@Test
	void theDemandAcceptStepNamesItsBodyAndItsErrorAnswers() {
		assertThat(document.read(ACCEPT + ".summary", String.class)).isEqualTo("Accept and assign a submitted case");
		assertThat(document.read(ACCEPT + ".description", String.class)).contains("`version`")
			.contains("`unitCode`")
			.contains("`leadUserId`")
			.contains("409")
			.contains("404");
		assertThat(document.read(ACCEPT + ".tags", List.class)).containsExactly("Demands");
	}

	@Test
	void stepsOfOtherWorkflowsCarryTheirRules() {
		assertThat(document.read("$.paths['/api/v1/proposals/{id}/assign'].post.description", String.class))
			.contains("`coUnitIds`")
			.contains("at most 10");
		assertThat(document.read("$.paths['/api/v1/members/imports'].post.description", String.class))
			.contains("100,000 rows");
		assertThat(document.read("$.paths['/api/v1/decisions/{id}/sources'].post.description", String.class))
			.contains("one decision only");
	}

	@Test
	void everyOperationHasASummaryADescriptionAndADescribedTag() {
		Set<String> describedTags = document.<List<Map<String, Object>>>read("$.tags")
			.stream()
			.filter(tag -> tag.get("description") != null)
			.map(tag -> (String) tag.get("name"))
			.collect(Collectors.toSet());
		List<String> undocumented = new ArrayList<>();
		Map<String, Map<String, Map<String, Object>>> paths = document.read("$.paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			@SuppressWarnings("unchecked")
			List<String> tags = (List<String>) operation.getOrDefault("tags", List.of());
			if (operation.get("summary") == null || operation.get("description") == null
					|| !describedTags.containsAll(tags) || tags.isEmpty()) {
				undocumented.add(method.toUpperCase() + " " + path);
			}
		}));
		assertThat(undocumented)
			.as("API operations without @Operation(summary, description) or a @Tag with a description on their controller")
			.isEmpty();
	}

}
