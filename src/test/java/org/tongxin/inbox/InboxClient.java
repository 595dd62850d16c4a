package org.tongxin.inbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;

/**
 * The inbox API as tests read it. The inbox follows each step after it commits (its event is
 * handled asynchronously), so a test waits for what it expects, up to a few seconds. Every page is
 * read: staff's inbox holds more than a page once the tests have left work waiting.
 */
public final class InboxClient {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final int PAGE_SIZE = 100;

	private final MockMvc mvc;

	public InboxClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The caller's inbox as JSON (first 100 items). */
	public String read(String token) throws Exception {
		return read(token, null, 0);
	}

	/** The caller's inbox of one module (null: all) as JSON (first 100 items). */
	public String read(String token, String module) throws Exception {
		return read(token, module, 0);
	}

	private String read(String token, String module, int page) throws Exception {
		var request = get("/api/v1/inbox").param("size", String.valueOf(PAGE_SIZE))
			.param("page", String.valueOf(page))
			.header("Authorization", SelfServiceClient.bearer(token));
		if (module != null) {
			request.param("module", module);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The /inbox page's entries that link to the record (their HTML, one after the other: a record
	 * may wait for several kinds of work), from the first page that lists it (100 a page), or "".
	 */
	public String entry(jakarta.servlet.http.Cookie session, String link) throws Exception {
		java.util.regex.Pattern item = java.util.regex.Pattern
			.compile("<li class=\"list-group-item tx-inbox-entry\">.*?</li>", java.util.regex.Pattern.DOTALL);
		for (int page = 0; page < 50; page++) {
			String html = mvc.perform(get("/inbox").param("size", String.valueOf(PAGE_SIZE))
				.param("page", String.valueOf(page))
				.cookie(session)).andReturn().getResponse().getContentAsString();
			java.util.regex.Matcher m = item.matcher(html);
			boolean any = false;
			StringBuilder found = new StringBuilder();
			while (m.find()) {
				any = true;
				if (m.group().contains("href=\"" + link + "\"")) {
					found.append(m.group());
				}
			}
			if (!any || !found.isEmpty()) {
				return found.toString();
			}
		}
		return "";
	}

	/** The kinds of work waiting for the caller on one record, wherever it is listed. */
	public List<String> kindsOn(String token, String type, long recordId) throws Exception {
		return kindsOn(token, null, type, recordId);
	}

	/** The same within one module (null: all). */
	public List<String> kindsOn(String token, String module, String type, long recordId) throws Exception {
		List<String> kinds = new ArrayList<>();
		long total = 1;
		for (int page = 0; (long) page * PAGE_SIZE < total; page++) {
			String answer = read(token, module, page);
			total = ((Number) JsonPath.read(answer, "$.total")).longValue();
			kinds.addAll(JsonPath.<List<String>>read(answer,
					"$.items[?(@.type == '" + type + "' && @.recordId == " + recordId + ")].kind"));
		}
		return kinds;
	}

	/** Waits until the kinds of work on the record satisfy the expectation; returns them (the last read if never). */
	public List<String> awaitKinds(String token, String type, long recordId, Predicate<List<String>> expected)
			throws Exception {
		return awaitKinds(token, null, type, recordId, expected);
	}

	/** The same within one module (null: all). */
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

}
