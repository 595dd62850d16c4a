package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.members.internal.SearchIndexCheck;

/** People the import writes with COPY (past Hibernate) are in the search index once the import committed. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportedPeopleSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndexCheck searchIndex;

	@Test
	void importedPeopleAreFoundByNamePinyinAndInitials() throws Exception {
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		ImportClient staff = new ImportClient(mvc, token);
		int base = 14_000 + (int) (System.nanoTime() % 900);
		byte[] file = workbook(HEADERS, List.of(row("欧阳导搜", "511112100003", idNumber(base).value(), "", "其他"),
				row("覃导搜", "511112100003", idNumber(base + 1).value(), "", "其他")));
		long id = ImportClient.id(staff.stage(file));
		staff.apply(id, "SKIP").andExpect(status().isOk());
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		for (String text : new String[] { "导搜", "欧阳导搜", "ouyangdaosou", "oyds", "qindaosou", "qds" }) {
			String body = mvc.perform(get("/api/v1/members").param("q", text).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<String> names = JsonPath.read(body, "$.content[*].name");
			assertThat(names).as(text).containsAnyOf("欧阳导搜", "覃导搜");
		}
	}

}
