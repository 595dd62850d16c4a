package org.tongxin.inbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;

/**
 * The inbox API as tests read it. The inbox follows each step after it commits (its event is
 * handled asynchronously), so a test waits for what it expects, up to a few seconds.
 */
public final class InboxClient {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final MockMvc mvc;

	public InboxClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The caller's inbox as JSON (first 100 items). */
	public String read(String token) throws Exception {
		return read(token, null);
	}

	/** The caller's inbox of one module (null: all) as JSON (first 100 items). */
	public String read(String token, String module) throws Exception {
		var request = get("/api/v1/inbox").param("size", "100").header("Authorization", SelfServiceClient.bearer(token));
		if (module != null) {
			request.param("module", module);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/** The kinds of work waiting for the caller on one record. */
	public List<String> kindsOn(String token, String type, long recordId) throws Exception {
		return kinds(read(token), type, recordId);
	}

	/**
	 * The same within one module: work without a deadline is listed last, so a busy officer's may
	 * lie beyond the first hundred of all modules.
	 */
	public List<String> kindsOn(String token, String module, String type, long recordId) throws Exception {
		return kinds(read(token, module), type, recordId);
	}

	/** Waits until the kinds of work on the record in one module (null: all) satisfy the expectation; returns them. */
	public List<String> awaitKinds(String token, String module, String type, long recordId,
			Predicate<List<String>> expected) throws Exception {
		Instant until = Instant.now().plus(PATIENCE);
		List<String> kinds = kindsOn(token, module, type, recordId);
		while (!expected.test(kinds) && Instant.now().isBefore(until)) {
			Thread.sleep(50);
			kinds = kindsOn(token, module, type, recordId);
		}
		return kinds;
	}

	private static List<String> kinds(String json, String type, long recordId) {
		return JsonPath.read(json, "$.items[?(@.type == '" + type + "' && @.recordId == " + recordId + ")].kind");
	}

	/** Waits until the kinds of work on the record satisfy the expectation; returns them (the last read if never). */
	public List<String> awaitKinds(String token, String type, long recordId, Predicate<List<String>> expected)
			throws Exception {
		return awaitKinds(token, null, type, recordId, expected);
	}

}
