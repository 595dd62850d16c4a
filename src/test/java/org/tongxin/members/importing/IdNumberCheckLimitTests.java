package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.DemoLogins;
import org.tongxin.identity.IdentityTestClient;

/**
 * Issue 13, hole 1 (the last vector): "is this ID number registered?" is answered to whoever types
 * a number, by the duplicate refusal of the form and by an import's preview, so a role that may
 * not see ID numbers could test every candidate of a person's number. Such a role has at most the
 * limit (2,000 per 30 days) of distinct numbers checked; past it the sheet or the form is refused
 * with the reason, before any answer, the refusal is audited, and a number checked again is free.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdNumberCheckLimitTests {

	private static final String REGION = "320111";

	private static final String VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	@Test
	void aRoleThatMayNotSeeIdNumbersHasAtMostTheLimitCheckedAndIsToldWhy() throws Exception {
		IdentityTestClient identity = new IdentityTestClient(mvc);
		String username = IdentityTestClient.unique("quota");
		long officerId = identity.createUser(identity.token("admin", adminPassword), username, "511112100", Set.of("TOWN_OFFICER"));
		String token = identity.token(username, IdentityTestClient.NEW_PASSWORD);
		ImportClient officer = new ImportClient(mvc, token);

		// a sheet beyond the ration is refused whole before any row is matched, whatever its chunks
		officer.upload(sheet(0, 2100)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(zh("member.idChecks.sheetExhausted", 2000, 30, 2000)));
		assertThat(checked(officerId)).as("a refused sheet counts nothing").isZero();

		byte[] first = sheet(0, 1500);
		officer.stage(first);
		officer.stage(first);
		assertThat(checked(officerId)).as("the same numbers again are not counted again").isEqualTo(1500);

		int importsBefore = imports(officerId);
		officer.upload(sheet(1500, 600)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(zh("member.idChecks.sheetExhausted", 2000, 30, 500)));
		assertThat(imports(officerId)).as("a refused sheet is not kept").isEqualTo(importsBefore);
		assertThat(checked(officerId)).as("nor are its numbers counted").isEqualTo(1500);
		assertThat(refusalsAudited(officerId)).isEqualTo(2);

		officer.stage(sheet(1500, 499));
		create(token, idNumber(REGION, 5000).value()).andExpect(status().isCreated());
		assertThat(checked(officerId)).isEqualTo(2000);

		// past the limit the form answers the same for a free number and for one registered by somebody else
		String staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String registered = idNumber(REGION, 6000).value();
		create(staff, registered).andExpect(status().isCreated());
		for (String number : List.of(idNumber(REGION, 5001).value(), registered)) {
			create(token, number).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
				.andExpect(jsonPath("$.errors[0].message").value(zh("member.idChecks.exhausted", 2000, 30)));
		}
		assertThat(refusalsAudited(officerId)).isEqualTo(4);

		// staff may see ID numbers: nothing to ration
		create(staff, registered).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("该身份证号已登记在库")));
		assertThat(jdbc.sql("select count(*) from members_id_check c join identity_user u on u.id = c.user_id"
				+ " where u.username = 'staff'").query(Integer.class).single()).isZero();

		// a month on, the numbers of then no longer count
		jdbc.sql("update members_id_check set checked_at = checked_at - interval '31 days' where user_id = :u")
			.param("u", officerId).update();
		create(token, idNumber(REGION, 5001).value()).andExpect(status().isCreated());
		assertThat(checked(officerId)).isEqualTo(1);
	}

	private byte[] sheet(int from, int rows) {
		List<List<Object>> lines = new ArrayList<>();
		for (int i = from; i < from + rows; i++) {
			lines.add(row(name(i), VILLAGE, idNumber(REGION, i).value(), null, null));
		}
		return workbook(HEADERS, lines);
	}

	private ResultActions create(String token, String idNumber) throws Exception {
		return mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name(idNumber.hashCode() & 0xffff) + "\",\"unitCode\":\"" + VILLAGE + "\",\"idNumber\":\""
					+ idNumber + "\"}"));
	}

	private int checked(long userId) {
		return jdbc.sql("select count(*) from members_id_check where user_id = :u").param("u", userId).query(Integer.class).single();
	}

	private int imports(long userId) {
		return jdbc.sql("select count(*) from members_import where owner_user_id = :u").param("u", userId).query(Integer.class).single();
	}

	private int refusalsAudited(long userId) {
		return jdbc.sql("select count(*) from audit_event where action = 'MEMBER_ID_CHECKS_EXHAUSTED' and target_id = :u")
			.param("u", String.valueOf(userId)).query(Integer.class).single();
	}

	/** A name of Chinese characters only, distinct for each i. */
	private static String name(int i) {
		StringBuilder name = new StringBuilder("额度");
		for (char c : String.valueOf(i).toCharArray()) {
			name.append("零一二三四五六七八九".charAt(c - '0'));
		}
		return name.toString();
	}

	private String zh(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

}
