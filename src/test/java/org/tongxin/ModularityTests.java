package org.tongxin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles), and the
 * module documentation in docs/modules is regenerated from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void moduleBoundariesAreRespected() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModulesAsPlantUml();
		org.assertj.core.api.Assertions.assertThat(new java.io.File("docs/modules/components.puml")).exists();
	}

}
