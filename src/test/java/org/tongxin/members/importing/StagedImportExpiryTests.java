package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/** A staged import left alone past the retention loses its file; a recent one keeps it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StagedImportExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StagedImportExpiry expiry;

	@Test
	void oldStagedImportsAreDiscardedWithTheirFile() throws Exception {
		ImportClient staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
		byte[] file = workbook(HEADERS, List.of(row("过期", "511112100003", null, null, null)));
		long old = ImportClient.id(staff.stage(file));
		long recent = ImportClient.id(staff.stage(file));
		jdbc.sql("update members_import set created_at = created_at - interval '8 days' where id = :id").param("id", old).update();

		assertThat(expiry.expire()).isGreaterThanOrEqualTo(1);

		assertThat(state(old)).isEqualTo("DISCARDED:false");
		assertThat(state(recent)).isEqualTo("STAGED:true");
	}

	private String state(long id) {
		return jdbc.sql("select status || ':' || (file_enc is not null) from members_import where id = :id").param("id", id)
			.query(String.class).single();
	}

}
