package org.tongxin.members.selfservice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.DemoLogins;
import org.tongxin.shared.person.ChineseIdNumber;

/**
 * People, their logins and their requests, made through the API as staff and members do. Every
 * person is new (tests share one database), with an ID number no other test uses.
 */
public final class SelfServiceClient {

	public static final String ZHUGEN_VILLAGE = "511112100003";

	public static final String NIUHUA_VILLAGE = "511112101004";

	static final String NEW_PASSWORD = "Fresh#Member2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A member's login once the initial password has been replaced. */
	public record Member(long personId, String username, Cookie session, String token) {
	}

	private final MockMvc mvc;

	public SelfServiceClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public String token(String demoUser) throws Exception {
		return DemoLogins.token(mvc, demoUser, DemoLogins.DEMO_PASSWORD);
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	/** A Shanghai ID number (neither the demo registry nor other tests use 310101), unique per call. */
	static String freshIdNumber() {
		int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 300) * 1000;
		return ChineseIdNumber.generate("310101", LocalDate.of(1965, 1, 1).plusDays(n % 12000), (n / 12000 + n) % 1000, n % 2 == 0)
			.value();
	}

	public long person(String staffToken, String name, String unitCode, String phone) throws Exception {
		String body = "{\"name\":\"" + name + "\",\"unitCode\":\"" + unitCode + "\",\"idNumber\":\"" + freshIdNumber()
				+ "\",\"phone\":\"" + phone + "\",\"workUnit\":\"原单位\",\"education\":\"本科\",\"ethnicity\":\"汉族\","
				+ "\"politicalAffiliation\":\"民盟盟员\",\"categories\":[\"DEMOCRATIC_PARTY\"]}";
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", bearer(staffToken))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	/** Opens the person's login through the API; returns {username, initial password}. */
	String[] open(String staffToken, long personId) throws Exception {
		String username = "m" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		String answer = mvc.perform(post("/api/v1/members/" + personId + "/account").header("Authorization", bearer(staffToken))
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + username + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { JsonPath.read(answer, "$.username"), JsonPath.read(answer, "$.initialPassword") };
	}

	Cookie login(String username, String password) throws Exception {
		return DemoLogins.login(mvc, username, password);
	}

	/** A person in {@code unitCode} with a login, which the member has started using (password replaced). */
	public Member member(String staffToken, String name, String unitCode, String phone) throws Exception {
		long personId = person(staffToken, name, unitCode, phone);
		String[] opened = open(staffToken, personId);
		Cookie first = login(opened[0], opened[1]);
		mvc.perform(post("/account/password").cookie(first).with(csrf()).param("currentPassword", opened[1])
			.param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD)).andExpect(status().is3xxRedirection());
		Cookie session = login(opened[0], NEW_PASSWORD);
		return new Member(personId, opened[0], session, DemoLogins.token(mvc, opened[0], NEW_PASSWORD));
	}

	/** Asks for corrections through the API (JSON object of changes). */
	ResultActions request(Member member, String changesJson, String reason) throws Exception {
		return mvc.perform(post("/api/v1/me/profile").header("Authorization", bearer(member.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"changes\":" + changesJson + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}"));
	}

	long requested(Member member, String changesJson, String reason) throws Exception {
		String answer = request(member, changesJson, reason).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	ResultActions decide(String token, long correctionId, String decision, String reason) throws Exception {
		return mvc.perform(post("/api/v1/members/corrections/" + correctionId + "/" + decision)
			.header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"));
	}

}
