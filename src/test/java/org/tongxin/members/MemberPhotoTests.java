package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * People's photos: only real JPEG and PNG are kept, re-encoded to at most 480 px without their
 * metadata, served privately with an ETag; bad uploads name the field and change nothing; every
 * change is audited and in the history; another town's person is a 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberPhotoTests {

	static final String ZHUGEN_VILLAGE = "511112100003";

	static final String NIUHUA_VILLAGE = "511112101004";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MemberClient client;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		client = new MemberClient(mvc);
		staff = client.token("staff");
	}

	private long person(String name, String unit) throws Exception {
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"unitCode\":\"" + unit + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private ResultActions put(long person, String token, String filename, String type, byte[] bytes) throws Exception {
		return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/members/" + person + "/photo")
			.file(new MockMultipartFile("photo", filename, type, bytes))
			.header("Authorization", MemberClient.bearer(token)));
	}

	private long count(String sql, long person) {
		return jdbc.sql(sql).param("p", person).query(Long.class).single();
	}

	private long photoAudits(long person) {
		return count("select count(*) from audit_event where action = 'MEMBER_PHOTO_CHANGED' and target_id = :p::text", person);
	}

	static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 60, 40));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(20, 90, 200, 128));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) throws Exception {
		BufferedImage source = image;
		if (format.equals("jpeg")) {
			source = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			source.createGraphics().drawImage(image, 0, 0, null);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(source, format, out)).isTrue();
		return out.toByteArray();
	}

	/** A PNG chunk: length, type, data, CRC over type and data. */
	static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
			.put(data).putInt((int) crc.getValue()).array();
	}

	/** A PNG with a text chunk after the header (IHDR ends at byte 33). */
	static byte[] pngWithText(BufferedImage image, String text) throws Exception {
		byte[] png = encode(image, "png");
		byte[] chunk = chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1));
		return ByteBuffer.allocate(png.length + chunk.length).put(png, 0, 33).put(chunk).put(png, 33, png.length - 33).array();
	}

	/** A JPEG with an EXIF segment (APP1) right after the start of image. */
	static byte[] jpegWithExif(BufferedImage image, String text) throws Exception {
		byte[] jpeg = encode(image, "jpeg");
		byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
		return out.put(jpeg, 2, jpeg.length - 2).array();
	}

	/** A valid small PNG whose header claims other dimensions (as a decompression bomb does). */
	static byte[] pngClaiming(int width, int height) throws Exception {
		byte[] png = encode(picture(8, 8), "png");
		ByteBuffer.wrap(png).putInt(16, width).putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
		return png;
	}

	private static BufferedImage decode(byte[] bytes) throws Exception {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	@Test
	void aPngIsReencodedSmallerWithoutItsMetadataAndServedPrivately() throws Exception {
		long person = person("像一", ZHUGEN_VILLAGE);
		byte[] upload = pngWithText(picture(1200, 800), "secret-location-30.57N");
		assertThat(decode(upload).getWidth()).as("the test image itself is readable").isEqualTo(1200);
		put(person, staff, "portrait.png", "image/png", upload)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.width").value(480))
			.andExpect(jsonPath("$.height").value(320));

		byte[] served = mvc.perform(get("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, Matchers.containsString("private")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served[0] & 0xFF).isEqualTo(0xFF);
		assertThat(served[1] & 0xFF).isEqualTo(0xD8);
		assertThat(decode(served).getWidth()).isEqualTo(480);
		assertThat(decode(served).getHeight()).isEqualTo(320);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("secret-location");
		String etag = mvc.perform(get("/members/" + person + "/photo").cookie(client.login("zhugen")))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(staff))
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());

		assertThat(photoAudits(person)).isEqualTo(1);
		assertThat(count("select count(*) from members_person_change where person_id = :p and field = 'photo'"
				+ " and old_value is null and new_value is not null", person)).isEqualTo(1);
		// the same image again changes nothing
		put(person, staff, "portrait.png", "image/png", upload).andExpect(status().isOk());
		assertThat(photoAudits(person)).isEqualTo(1);
	}

	@Test
	void aJpegLosesItsExifAndAPortraitStaysUpright() throws Exception {
		long person = person("像二", ZHUGEN_VILLAGE);
		put(person, staff, "camera.jpg", "image/jpeg", jpegWithExif(picture(900, 1600), "GPSLatitude 29.41N 103.82E"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.width").value(270))
			.andExpect(jsonPath("$.height").value(480));
		byte[] stored = jdbc.sql("select content from members_person_photo where person_id = :p").param("p", person)
			.query(byte[].class).single();
		String text = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPSLatitude");
		assertThat(decode(stored).getHeight()).isEqualTo(480);
		// a small image is not enlarged
		put(person, staff, "small.png", "image/png", encode(picture(200, 100), "png"))
			.andExpect(jsonPath("$.width").value(200));
	}

	@Test
	void badUploadsNameTheFieldAndChangeNothing() throws Exception {
		long person = person("像三", ZHUGEN_VILLAGE);
		byte[] executable = ("MZ\u0090\0\3\0\0\0This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);
		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] brokenJpeg = new byte[2048];
		brokenJpeg[0] = (byte) 0xFF;
		brokenJpeg[1] = (byte) 0xD8;
		brokenJpeg[2] = (byte) 0xFF;
		byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(encode(picture(4, 4), "png"), 0, tooLarge, 0, 8);
		String[][] cases = { { "setup.jpg", "image/jpeg", "JPG 或 PNG" }, { "page.jpg", "image/jpeg", "JPG 或 PNG" },
				{ "broken.jpg", "image/jpeg", "无法读取" }, { "bomb.png", "image/png", "图片尺寸过大（50000×50000" },
				{ "huge.png", "image/png", "不能超过 5 MB" }, { "empty.png", "image/png", "请选择" } };
		byte[][] bodies = { executable, html, brokenJpeg, pngClaiming(50000, 50000), tooLarge, new byte[0] };
		for (int i = 0; i < cases.length; i++) {
			put(person, staff, cases[i][0], cases[i][1], bodies[i])
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("photo"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(cases[i][2])));
		}
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/members/" + person + "/photo")
				.header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photo"));
		assertThat(count("select count(*) from members_person_photo where person_id = :p", person)).isZero();
		assertThat(photoAudits(person)).isZero();
		// a role that may only read cannot upload
		put(person, client.token("leader"), "a.png", "image/png", encode(picture(10, 10), "png"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEditPageUploadsShowsRefusalsAndRemoves() throws Exception {
		long person = person("像四", ZHUGEN_VILLAGE);
		Cookie session = client.login("zhugen");
		// no photo yet: a placeholder image, so the detail page needs no query to know
		mvc.perform(get("/members/" + person + "/photo").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"));
		mvc.perform(get("/members/" + person + "/edit").cookie(session))
			.andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));

		mvc.perform(multipart("/members/" + person + "/photo")
				.file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "<html></html>".getBytes(StandardCharsets.UTF_8)))
				.cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/members/" + person + "/edit#photo"))
			.andExpect(flash().attributeExists("photoProblem"));
		mvc.perform(get("/members/" + person + "/edit").cookie(session)
				.flashAttr("photoProblem", new org.tongxin.shared.domain.Rejection.FieldProblem("photo", "photo.type")))
			.andExpect(content().string(Matchers.containsString("只能上传 JPG 或 PNG 格式的图片")));

		mvc.perform(multipart("/members/" + person + "/photo")
				.file(new MockMultipartFile("photo", "me.png", "image/png", encode(picture(600, 600), "png")))
				.cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/members/" + person))
			.andExpect(flash().attribute("flash", "photo.flash.saved"));
		mvc.perform(get("/members/" + person + "/photo").cookie(session))
			.andExpect(content().contentType(MediaType.IMAGE_JPEG));

		mvc.perform(post("/members/" + person + "/photo/delete").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/members/" + person))
			.andExpect(flash().attribute("flash", "photo.flash.removed"));
		mvc.perform(get("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isNoContent());
		assertThat(photoAudits(person)).as("upload and removal, not the refused upload nor the second removal").isEqualTo(2);
		mvc.perform(get("/members/" + person + "/history").cookie(session))
			.andExpect(content().string(Matchers.containsString("上传照片")))
			.andExpect(content().string(Matchers.containsString("删除照片")));
	}

	@Test
	void anotherTownsPersonPhotoIsNotFound() throws Exception {
		long person = person("像五", NIUHUA_VILLAGE);
		put(person, staff, "a.png", "image/png", encode(picture(50, 50), "png")).andExpect(status().isOk());
		String zhugen = client.token("zhugen");
		mvc.perform(get("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(zhugen)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/members/" + person + "/photo").cookie(client.login("zhugen")))
			.andExpect(status().isNotFound());
		put(person, zhugen, "b.png", "image/png", encode(picture(60, 60), "png")).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/members/" + person + "/photo").header("Authorization", MemberClient.bearer(zhugen)))
			.andExpect(status().isNotFound());
		assertThat(count("select width from members_person_photo where person_id = :p", person)).isEqualTo(50);
	}

}
