package org.tongxin.members.importing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the acceptance sheet of issue 13 (10,000 rows in the older header style, 300 bad) to a
 * file outside the repository, to try on a running application; skipped unless asked for:
 * {@code mvn -o -q test -Dtest=OlderHeadersSheetFile -Dacceptance.sheet=/tmp/acceptance-older-headers.xlsx}.
 * Upload it as staff: the mapping step asks for 家庭住址 (choose 忽略); 9,700 people come in, and
 * the same file again changes nothing. Each run has ID numbers of its own.
 */
class OlderHeadersSheetFile {

	@Test
	@EnabledIfSystemProperty(named = "acceptance.sheet", matches = ".+")
	void write() throws Exception {
		Path target = Path.of(System.getProperty("acceptance.sheet"));
		Files.write(target, OlderHeadersSheet.of(10_000, 0.03, 0).xlsx());
		System.out.println("Acceptance sheet written to " + target.toAbsolutePath());
	}

}
