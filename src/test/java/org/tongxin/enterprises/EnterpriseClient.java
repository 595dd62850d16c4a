package org.tongxin.enterprises;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.DemoLogins;

/**
 * Demo accounts' sessions and tokens, and enterprises, contacts and measures made through the API
 * for a test, each with a fresh random credit code (tests share one database, also across runs).
 */
public final class EnterpriseClient {

	static final String ZHUGEN = "511112100";

	static final String NIUHUA = "511112101";

	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MockMvc mvc;

	EnterpriseClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A valid code of a company registered in 五通桥区 that no other test uses: 91 511112 + 9 random + check. */
	public static String freshCode() {
		StringBuilder code = new StringBuilder("91511112");
		for (int i = 0; i < 9; i++) {
			code.append(CHARACTERS.charAt(RANDOM.nextInt(CHARACTERS.length())));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return code.append(CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
	}

	/** The same code with a wrong check character. */
	static String withWrongCheck(String code) {
		char check = code.charAt(17);
		return code.substring(0, 17) + (check == '0' ? '1' : '0');
	}

	String token(String username) throws Exception {
		return DemoLogins.token(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	Cookie login(String username) throws Exception {
		return DemoLogins.login(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	long enterprise(String token, String name, String unitCode) throws Exception {
		return id(mvc.perform(api(post("/api/v1/enterprises"), token).content("{\"name\":\"" + name + "\",\"creditCode\":\""
				+ freshCode() + "\",\"unitCode\":\"" + unitCode + "\",\"park\":\"五通桥新型工业基地\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long contact(String token, long enterprise, String name, String phone) throws Exception {
		return id(mvc.perform(api(post("/api/v1/enterprises/" + enterprise + "/contacts"), token)
				.content("{\"name\":\"" + name + "\",\"title\":\"总经理\",\"phone\":\"" + phone + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long measure(String token, long enterprise, String json) throws Exception {
		return id(mvc.perform(api(post("/api/v1/enterprises/" + enterprise + "/measures"), token).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON);
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
