package org.tongxin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS-terminating proxy (issue 13): with {@code TONGXIN_FORWARDED_HEADERS=native} a
 * request the proxy marks {@code X-Forwarded-Proto: https} gets a {@code Secure} session cookie and
 * HSTS; a plain HTTP request gets neither. Through a real Tomcat, where the valve lives.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// a context of its own: on a shared external database only the main test context applies search index work
// the deployment variable itself (application.yml maps it to server.forward-headers-strategy)
@TestPropertySource(properties = { "TONGXIN_FORWARDED_HEADERS=native",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	@Test
	void aLoginOverHttpsThroughTheProxyGetsASecureCookieAndHsts() throws Exception {
		HttpResponse<String> login = login("https");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error")
			.as("redirects keep https").startsWith("https://");
		assertThat(sessionCookie(login)).contains("; Secure").contains("HttpOnly");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
	}

	@Test
	void plainHttpGetsNeither() throws Exception {
		HttpResponse<String> login = login(null);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
		assertThat(sessionCookie(login)).doesNotContain("Secure");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** The login form as a browser behind the proxy uses it: the page (session, CSRF token), then the post. */
	private HttpResponse<String> login(String forwardedProto) throws IOException, InterruptedException {
		HttpResponse<String> page = http.send(request("/login", forwardedProto).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String form = Map.of("username", "admin", "password", adminPassword, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(request("/login", forwardedProto).header("Cookie", cookiePair(sessionCookie(page)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String forwardedProto) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (forwardedProto != null) {
			builder.header("X-Forwarded-Proto", forwardedProto);
		}
		return builder;
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("TONGXIN_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private static String cookiePair(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

}
