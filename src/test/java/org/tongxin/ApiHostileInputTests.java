package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every operation of the OpenAPI document, as the administrator (who may reach every one), with
 * hostile values in each path variable, each query parameter and each field of its JSON body one
 * at a time, and with hostile bodies as a whole: none may answer 5xx. A new route joins this test
 * by being in the document.
 *
 * <p>Path variables only ever get values that name no record (negative, non-numeric, too large),
 * so that the hostile bodies cannot change the demo records other tests read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiHostileInputTests {

	/** Values for text: empty, control characters, NUL, injection, markup, huge, numbers out of range, broken Unicode. */
	static final List<String> TEXTS = List.of("", "\u0000", "' OR '1'='1' --", "<script>alert(1)</script>", "x".repeat(2_000),
			"-1", "99999999999999999999", "2026-02-30", "\ud800x", "%00");

	/** JSON values for a body field, of every type, whatever the field's own type. */
	static final List<Object> JSON_VALUES = List.of("", "\u0000", "x".repeat(2_000), -1,
			new java.math.BigInteger("9223372036854775808"), 1e300, true, Map.of(), java.util.Arrays.asList((Object) null),
			List.of("<b>x</b>"));

	/** Whole bodies that are not what any operation takes. */
	static final List<String> BODIES = List.of("", "null", "[]", "{", "\"x\"", "{\"a\":1}", "[".repeat(2_000) + "]".repeat(2_000));

	/** Path variable values that name nothing: negative, zero, non-numeric, beyond a long. */
	static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "abc", "%00");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void noOperationAnswersHostileInputWithAServerError() throws Exception {
		String token = DemoLogins.token(mvc, "admin", "Tongxin#Test2026");
		DocumentContext document = JsonPath
			.parse(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		Map<String, Map<String, Map<String, Object>>> paths = document.read("$.paths");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (var path : paths.entrySet()) {
			for (var operation : path.getValue().entrySet()) {
				Operation op = new Operation(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
						operation.getValue(), document);
				for (Attempt attempt : op.attempts()) {
					requests++;
					int status = mvc.perform(attempt.build(token)).andReturn().getResponse().getStatus();
					if (status >= 500) {
						failures.add(status + " " + attempt);
					}
				}
			}
		}
		assertThat(requests).as("requests made").isGreaterThan(5_000);
		assertThat(failures).as("server errors").isEmpty();
	}

	/** One request: the address (variables filled and encoded), query parameters, and a body if any. */
	record Attempt(HttpMethod method, String uri, Map<String, String> query, String body, boolean upload) {

		RequestBuilder build(String token) {
			StringBuilder address = new StringBuilder(uri);
			String separator = "?";
			for (var parameter : query.entrySet()) {
				address.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
				separator = "&";
			}
			URI target = URI.create(address.toString());
			if (upload) {
				return multipart(method, target)
					.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", body.getBytes(StandardCharsets.UTF_8)))
					.header("Authorization", "Bearer " + token)
					.header("Accept-Language", "zh-CN");
			}
			MockHttpServletRequestBuilder builder = request(method, target).header("Authorization", "Bearer " + token)
				.header("Accept-Language", "zh-CN");
			if (body != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			return builder;
		}

		@Override
		public String toString() {
			String shownBody = body == null ? "" : " body " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
			Map<String, String> shownQuery = new LinkedHashMap<>();
			query.forEach((k, v) -> shownQuery.put(k, v.length() > 40 ? v.substring(0, 40) + "…" : v));
			return method + " " + (uri.length() > 120 ? uri.substring(0, 120) + "…" : uri) + " " + shownQuery + shownBody;
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

	/** An operation of the document and the hostile requests it gets. */
	private final class Operation {

		private final HttpMethod method;

		private final String path;

		private final List<String> queryParameters = new ArrayList<>();

		private final List<String> bodyFields = new ArrayList<>();

		private final boolean jsonBody;

		private final boolean multipartBody;

		@SuppressWarnings("unchecked")
		Operation(HttpMethod method, String path, Map<String, Object> spec, DocumentContext document) {
			this.method = method;
			this.path = path;
			for (Map<String, Object> parameter : (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of())) {
				if ("query".equals(parameter.get("in"))) {
					queryParameters.add((String) parameter.get("name"));
				}
			}
			Map<String, Object> content = spec.get("requestBody") instanceof Map<?, ?> body
					? (Map<String, Object>) body.get("content") : Map.of();
			jsonBody = content.containsKey("application/json");
			multipartBody = content.containsKey("multipart/form-data");
			if (jsonBody) {
				Object schema = ((Map<String, Object>) content.get("application/json")).get("schema");
				bodyFields.addAll(properties(schema, document));
			}
		}

		@SuppressWarnings("unchecked")
		private List<String> properties(Object schema, DocumentContext document) {
			if (!(schema instanceof Map<?, ?> map)) {
				return List.of();
			}
			Object ref = map.get("$ref");
			if (ref instanceof String name) {
				String key = name.substring(name.lastIndexOf('/') + 1);
				return properties(document.read("$.components.schemas['" + key + "']"), document);
			}
			Object properties = map.get("properties");
			return properties instanceof Map<?, ?> p ? new ArrayList<>(((Map<String, Object>) p).keySet()) : List.of();
		}

		List<Attempt> attempts() throws Exception {
			List<Attempt> attempts = new ArrayList<>();
			String neutralBody = jsonBody ? "{}" : null;
			for (String value : PATH_VALUES) {
				attempts.add(new Attempt(method, fill(value), Map.of(), neutralBody, false));
			}
			String address = fill("-1");
			for (String parameter : queryParameters) {
				for (String value : TEXTS) {
					attempts.add(new Attempt(method, address, Map.of(parameter, value), neutralBody, false));
				}
			}
			if (jsonBody) {
				for (String body : BODIES) {
					attempts.add(new Attempt(method, address, Map.of(), body, false));
				}
				for (String field : bodyFields) {
					for (Object value : JSON_VALUES) {
						Map<String, Object> body = new LinkedHashMap<>();
						body.put(field, value);
						attempts.add(new Attempt(method, address, Map.of(), json.writeValueAsString(body), false));
					}
				}
			}
			if (multipartBody) {
				attempts.add(new Attempt(method, address, Map.of(), "", true));
				attempts.add(new Attempt(method, address, Map.of(), "PK\u0003\u0004 not a workbook", true));
			}
			return attempts;
		}

		/** The path with every variable set to {@code value}, percent-encoded unless it already is. */
		private String fill(String value) {
			Matcher variable = VARIABLE.matcher(path);
			String encoded = value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
			return variable.replaceAll(Matcher.quoteReplacement(encoded));
		}

	}

}
