package org.tongxin.members.importing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The import API as a script would use it. */
final class ImportClient {

	private final MockMvc mvc;

	private final String token;

	ImportClient(MockMvc mvc, String token) {
		this.mvc = mvc;
		this.token = token;
	}

	ResultActions upload(byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "名单.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN"));
	}

	/** Uploads with a column mapping (JSON) in the multipart field {@code mapping}. */
	ResultActions upload(byte[] file, String mappingJson) throws Exception {
		return mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "名单.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.param("mapping", mappingJson)
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN"));
	}

	/** Uploads with a mapping a file that must be accepted; returns the preview. */
	Map<String, Object> stage(byte[] file, String mappingJson) throws Exception {
		MvcResult result = upload(file, mappingJson).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("upload refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$");
	}

	/** Uploads a file that must be accepted; returns the preview. */
	Map<String, Object> stage(byte[] file) throws Exception {
		MvcResult result = upload(file).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("upload refused: " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$");
	}

	ResultActions preview(long id, int page) throws Exception {
		return mvc.perform(get("/api/v1/members/imports/" + id).param("page", String.valueOf(page))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN"));
	}

	ResultActions apply(long id, String mode) throws Exception {
		return mvc.perform(post("/api/v1/members/imports/" + id + "/apply").header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\"}"));
	}

	/** Applies with the rows confirmed given as the JSON value of {@code confirmRows}. */
	ResultActions apply(long id, String mode, String confirmRowsJson) throws Exception {
		return mvc.perform(post("/api/v1/members/imports/" + id + "/apply").header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\",\"confirmRows\":" + confirmRowsJson + "}"));
	}

	/** Every problem of an import, all pages: "row:column:message". */
	List<String> problems(long id) throws Exception {
		List<String> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			String body = preview(id, page).andReturn().getResponse().getContentAsString();
			List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
			problems.forEach(p -> all.add(p.get("row") + ":" + p.get("column") + ":" + p.get("message")));
			if (!(Boolean) JsonPath.read(body, "$.more")) {
				return all;
			}
		}
	}

	static long id(Map<String, Object> preview) {
		return ((Number) preview.get("id")).longValue();
	}

	static int count(Map<String, Object> preview, String name) {
		return ((Number) preview.get(name)).intValue();
	}

}
