package org.tongxin.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.ActorFixtures;
import org.tongxin.org.DivisionImport;
import org.tongxin.org.ImportReport;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** Division files in, through the page and the API: all or nothing, and idempotent. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class DivisionImportIntegrationTests {

	private static final String HEADER = "code,name,level,parent_code\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DivisionImport divisionImport;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** Direct calls of the service run as the importer, as a request would. */
	ImportReport importAsAdministrator(byte[] content) {
		ActorFixtures.TestActor actor = importerActor();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null,
				actor.privileges().stream().map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.name())).toList()));
		return divisionImport.importFile(actor, content);
	}

	RequestPostProcessor importer() {
		return ActorFixtures.as(importerActor());
	}

	ActorFixtures.TestActor importerActor() {
		return ActorFixtures.actor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW, Privilege.DIVISION_IMPORT);
	}

	@Test
	void importRefusesAFileWithAMissingParentAndChangesNothing() throws Exception {
		long before = count();
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				(HEADER + "511112100099,新村,VILLAGE,511112199\n").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/divisions/import").file(file).with(importer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rows[2].parent_code"))
			.andExpect(jsonPath("$.errors[0].message", containsString("511112199")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void importRefusesAMissingOrEmptyFileWithAFieldError() throws Exception {
		mvc.perform(multipart("/api/v1/divisions/import").file(new MockMultipartFile("file", new byte[0])).with(importer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void importRefusesAGbkFileWithAClearMessageAndChangesNothing() throws Exception {
		long before = count();
		byte[] gbk = (HEADER + "511112100099,新村,VILLAGE,511112100\n").getBytes(Charset.forName("GBK"));
		mvc.perform(post("/api/v1/divisions/import").contentType("text/csv").content(gbk).with(importer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void importRefusesAFileWithOneBadLineAmongGoodOnesAndWritesNone() throws Exception {
		long before = count();
		String text = HEADER + "511112100098,好村,VILLAGE,511112100\n511112100097,另一个村,VILLAGE,511112100\n"
				+ "511112100098,重复村,VILLAGE,511112100\n5111121,坏代码,VILLAGE,511112100\n";
		ImportReport report = importAsAdministrator(text.getBytes(StandardCharsets.UTF_8));
		assertThat(report.accepted()).isFalse();
		assertThat(report.problems()).extracting(p -> p.row() + ":" + p.code())
			.containsExactly("4:division.code.duplicate", "5:division.code.format");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void thePageShowsTheProblemsAndOffersThemAsACsvDownload() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "dup.csv", "text/csv",
				(HEADER + "51,四川省,PROVINCE,\n51,四川,PROVINCE,\n").getBytes(StandardCharsets.UTF_8));
		MvcResult page = mvc.perform(multipart("/units/import").file(file).with(importer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("reportToken"))
			.andExpect(content().string(containsString("dup.csv")))
			.andReturn();
		String token = (String) page.getModelAndView().getModel().get("reportToken");
		// the session lives in the database (Spring Session); its cookie brings it back
		Cookie session = page.getResponse().getCookie("TONGXIN_SESSION");
		String csv = mvc.perform(get("/units/import/report/{token}", token).cookie(session).with(importer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("3,code,51,"));
		mvc.perform(get("/units/import/report/{token}", token).with(importer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAcceptedFileOnThePageRedirectsWithTheCounts() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "new.csv", "text/csv",
				("\uFEFF" + HEADER + "511112100096,新建村,VILLAGE,511112100\n").getBytes(StandardCharsets.UTF_8));
		MvcResult result = mvc.perform(multipart("/units/import").file(file).with(importer()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		ImportReport report = (ImportReport) result.getFlashMap().get("imported");
		assertThat(report.created()).isEqualTo(1);
		assertThat(units.findByCode("511112100096")).isPresent();
	}

	@Test
	void reimportingTheDemoFileChangesNothing() throws Exception {
		byte[] demo = new ClassPathResource("demo/divisions-511112.csv").getContentAsByteArray();
		long before = count();
		mvc.perform(post("/api/v1/divisions/import").contentType("text/csv").content(demo).with(importer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(130))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(130));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aChangedNameOrParentIsUpdatedInPlace() {
		String text = HEADER + "511112100001,两河口社区,VILLAGE,511112100\n511112100002,佑君社区居委会,VILLAGE,511112101\n";
		ImportReport report = importAsAdministrator(text.getBytes(StandardCharsets.UTF_8));
		assertThat(report.updated()).isEqualTo(2);
		assertThat(units.findByCode("511112100001").orElseThrow().name()).isEqualTo("两河口社区");
		assertThat(units.findByCode("511112100002").orElseThrow().path())
			.startsWith(units.findByCode("511112101").orElseThrow().path());
	}

	@Test
	void anActorWithoutDivisionImportIsRefused() throws Exception {
		RequestPostProcessor clerk = ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW);
		mvc.perform(post("/api/v1/divisions/import").contentType("text/csv").content(HEADER).with(clerk))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/import").with(clerk)).andExpect(status().isForbidden());
	}

	@Test
	void theWholeProvinceImportsQuicklyAndAgainChangesNothing() throws Exception {
		Path file = Path.of("/work/shared/data/divisions-51.csv");
		Assumptions.assumeTrue(Files.exists(file), "divisions-51.csv not available");
		byte[] bytes = Files.readAllBytes(file);
		long started = System.nanoTime();
		ImportReport first = importAsAdministrator(bytes);
		long firstMs = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		ImportReport second = importAsAdministrator(bytes);
		long secondMs = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("divisions-51.csv: %d rows, first import %d ms (%d created), re-import %d ms%n", first.rows(),
				firstMs, first.created(), secondMs);
		assertThat(first.accepted()).isTrue();
		assertThat(first.rows()).isEqualTo(37728);
		assertThat(second.unchanged()).isEqualTo(37728);
		assertThat(count("VILLAGE", units.findByCode("5111").orElseThrow().path())).isGreaterThan(1000);
		assertThat(firstMs).isLessThan(30_000);
	}

	private long count() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private long count(String kind, String path) {
		return jdbc.sql("select count(*) from org_unit where kind = :k and path like :p || '%'")
			.param("k", kind)
			.param("p", path)
			.query(Long.class)
			.single();
	}

}
