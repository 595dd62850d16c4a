package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * Bad input to the demand API gets a clear reason naming the field and changes nothing: unknown
 * category, markup in the text, an executable named like a photo, a file over the limit, an amount
 * where none belongs, illegal steps. And the case scope: another town's handler, another member.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DemandClient demands;

	private SelfServiceClient members;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		demands = new DemandClient(mvc, jdbc);
		members = new SelfServiceClient(mvc);
		staff = members.token("staff");
		zhugen = members.token("zhugen");
	}

	private long cases(String title) {
		return jdbc.sql("select count(*) from demands_case where title = :t").param("t", title).query(Long.class).single();
	}

	@Test
	void unknownCategoriesAndMarkupAreRefusedNamingTheFieldAndNothingIsKept() throws Exception {
		Member member = members.member(staff, "拒收甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800030001");
		demands.submit(member.token(), "{\"categoryId\":999999,\"title\":\"拒收一\",\"description\":\"内容\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categoryId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("999999")));
		demands.submit(member.token(), "{\"categoryCode\":\"NOPE\",\"title\":\"拒收一\",\"description\":\"内容\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categoryCode"));
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"拒收一\",\"description\":\"<script>alert(1)</script>\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"<img src=x onerror=alert(1)>\",\"description\":\"收入<3000元，>2人\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"\",\"description\":\"内容\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		assertThat(cases("拒收一")).isZero();
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"拒收一\",\"description\":\"<!-- 注释 -->\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		assertThat(cases("拒收一")).isZero();
		// a "<" that is no tag is text like any other
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"拒收一\",\"description\":\"收入<3000元，家里>2人\"}")
			.andExpect(status().isCreated());
		demands.submit(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"路灯 a<b & c>d\",\"description\":\"1<2 且 3>2\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void anExecutableNamedLikeAPhotoAndAnOversizedFileAreRefusedAndNothingIsStored() throws Exception {
		Member member = members.member(staff, "拒收乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030002");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"附件测试\",\"description\":\"内容\"}");
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		attach(member.token(), id, new MockMultipartFile("files", "photo.jpg", "image/jpeg", exe))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("files"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("photo.jpg")))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("可执行程序")));
		byte[] big = new byte[11 * 1024 * 1024];
		big[0] = '%';
		big[1] = 'P';
		big[2] = 'D';
		big[3] = 'F';
		big[4] = '-';
		attach(member.token(), id, new MockMultipartFile("files", "big.pdf", "application/pdf", big))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("files"));
		// a good photo with a bad one: neither is kept
		attach(member.token(), id, new MockMultipartFile("files", "good.png", "image/png", png()),
				new MockMultipartFile("files", "bad.png", "image/png", exe))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from demands_attachment where case_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
		// a real photo is kept sealed, listed, and served back as it was, inline, never sniffed
		attach(member.token(), id, new MockMultipartFile("files", "lamp.png", "image/png", png()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].name").value("lamp.png"))
			.andExpect(jsonPath("$.history[1].kind").value("ATTACHED"));
		long attachment = jdbc.sql("select id from demands_attachment where case_id = :id").param("id", id)
			.query(Long.class).single();
		byte[] stored = jdbc.sql("select content_enc from demands_attachment where id = :id").param("id", attachment)
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
		byte[] served = mvc.perform(get("/api/v1/demands/" + id + "/attachments/" + attachment)
				.header("Authorization", DemandClient.bearer(member.token())))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(png());
		// another town's officer sees neither the case nor its file
		mvc.perform(get("/api/v1/demands/" + id + "/attachments/" + attachment)
				.header("Authorization", DemandClient.bearer(members.token("niuhua"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void illegalStepsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
		Member member = members.member(staff, "拒收丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030003");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"步骤测试\",\"description\":\"内容\"}");
		long version = demands.version(id);
		demands.step(zhugen, id, "answer", "{\"version\":" + version + ",\"answer\":\"还没受理就答复\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		demands.step(member.token(), id, "accept", "{\"version\":" + version + ",\"unitCode\":\"511112100\",\"leadUserId\":1}")
			.andExpect(status().isForbidden());
		demands.step(zhugen, id, "accept", "{\"version\":" + version + ",\"unitCode\":\"511112100003\",\"leadUserId\":"
				+ demands.userId("niuhua") + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("leadUserId"));
		demands.step(zhugen, id, "accept", "{\"version\":" + version + ",\"unitCode\":\"000000\",\"leadUserId\":1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		demands.step(zhugen, id, "decline", "{\"version\":" + version + ",\"reason\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(demands.version(id)).isEqualTo(version);
		demands.step(zhugen, id, "accept", "{\"version\":" + version + ",\"unitCode\":\"511112100003\",\"leadUserId\":"
				+ demands.userId("huangjuejing") + "}").andExpect(status().isOk());
		// policy enquiries record no money
		demands.step(members.token("huangjuejing"), id, "answer", "{\"version\":" + demands.version(id)
				+ ",\"answer\":\"答复\",\"amount\":100}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		demands.step(member.token(), id, "rate", "{\"version\":" + demands.version(id) + ",\"rating\":\"SATISFIED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		demands.step(zhugen, id, "decline", "{\"version\":" + demands.version(id) + ",\"reason\":\"已受理不能再拒\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void aHandlerOfAnotherTownAndAnotherMemberCannotReadOrActOnACase() throws Exception {
		Member member = members.member(staff, "拒收丁", SelfServiceClient.ZHUGEN_VILLAGE, "13800030004");
		Member other = members.member(staff, "拒收戊", SelfServiceClient.ZHUGEN_VILLAGE, "13800030005");
		long id = demands.submitted(member.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"范围测试\",\"description\":\"内容\"}");
		String niuhua = members.token("niuhua");
		demands.get(niuhua, id).andExpect(status().isNotFound());
		demands.get(other.token(), id).andExpect(status().isNotFound());
		demands.step(niuhua, id, "accept", "{\"version\":" + demands.version(id) + ",\"unitCode\":\"511112101004\",\"leadUserId\":"
				+ demands.userId("niuhua") + "}").andExpect(status().isNotFound());
		demands.step(niuhua, id, "supervise", "{\"note\":\"越权督办\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/demands").header("Authorization", DemandClient.bearer(other.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/demands").header("Authorization", DemandClient.bearer(niuhua)))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/demands").header("Authorization", DemandClient.bearer(member.token())))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
		assertThat(jdbc.sql("select count(*) from demands_event where case_id = :id").param("id", id).query(Long.class)
			.single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions attach(String token, long id, MockMultipartFile... files)
			throws Exception {
		var request = multipart("/api/v1/demands/" + id + "/attachments");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		return mvc.perform(request.header("Authorization", DemandClient.bearer(token)));
	}

	private static byte[] png() throws Exception {
		var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
