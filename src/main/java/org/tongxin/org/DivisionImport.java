package org.tongxin.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tongxin.org.internal.DivisionImporter;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Imports a file of administrative divisions ({@code code,name,level,parent_code}, UTF-8). Needs
 * DIVISION_IMPORT and the data scope ALL: a file may touch any part of the network. The report
 * says what was written, or, when anything is wrong, every problem found and that nothing was.
 */
@Service
public class DivisionImport {

	private final DivisionImporter importer;

	DivisionImport(DivisionImporter importer) {
		this.importer = importer;
	}

	@Requires(Privilege.DIVISION_IMPORT)
	public ImportReport importFile(Actor actor, byte[] content) {
		if (!actor.can(Privilege.DIVISION_IMPORT) || actor.scope() != DataScope.ALL) {
			throw new AccessDeniedException("DIVISION_IMPORT with scope ALL required");
		}
		return importer.run(content, actor);
	}

	public static long maxBytes() {
		return DivisionImporter.MAX_BYTES;
	}

}
