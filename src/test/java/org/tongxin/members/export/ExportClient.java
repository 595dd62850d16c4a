package org.tongxin.members.export;

import org.tongxin.DemoLogins;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions and tokens of demo and test-made users, and the produced workbook read back. */
public final class ExportClient {

	public static final String DEMO_PASSWORD = "Tongxin@2026";

	private static final String TEMPORARY_PASSWORD = "Temporary#Given2026";

	private static final String NEW_PASSWORD = "Fresh#Export2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvc mvc;

	public ExportClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	String token(String username, String password) throws Exception {
		return DemoLogins.token(mvc, username, password);
	}

	Cookie login(String username, String password) throws Exception {
		return DemoLogins.login(mvc, username, password);
	}

	/**
	 * A user of a new role (scope UNIT_AND_BELOW; the given privileges) homed at the unit, made by
	 * the administrator through the API; logged in with the password it was made to choose.
	 */
	public Cookie newUser(String adminToken, String unitCode, String privileges) throws Exception {
		int n = SEQUENCE.incrementAndGet();
		String role = "EXPORT_TEST_" + System.nanoTime() % 1_000_000 + "_" + n;
		mvc.perform(post("/api/v1/roles").header("Authorization", "Bearer " + adminToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + role + "\",\"nameZh\":\"导出测试\",\"nameEn\":\"Export test\","
						+ "\"scope\":\"UNIT_AND_BELOW\",\"privileges\":[" + privileges + "]}"))
			.andExpect(status().isCreated());
		String username = "exporter-" + System.nanoTime() % 100_000 + "-" + n;
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"displayName\":\"导出测试用户\",\"homeUnitCode\":\"" + unitCode
						+ "\",\"roles\":[\"" + role + "\"],\"password\":\"" + TEMPORARY_PASSWORD + "\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/account/password").cookie(login(username, TEMPORARY_PASSWORD)).with(csrf())
				.param("currentPassword", TEMPORARY_PASSWORD).param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().is3xxRedirection());
		return login(username, NEW_PASSWORD);
	}

	/** Every row of the first sheet, header included. */
	public static List<Row> rows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read();
		}
	}

	/** A cell's text, empty when the row ends before it (empty trailing cells are not written). */
	public static String text(Row row, int column) {
		return column < row.getCellCount() && row.getCell(column) != null ? row.getCellText(column) : "";
	}

}
