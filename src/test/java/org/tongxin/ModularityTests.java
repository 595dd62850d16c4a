package org.tongxin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles), and the
 * module documentation in docs/modules is regenerated from the code.
 */
class ModularityTests {

	private static final Path OUTPUT = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void moduleBoundariesAreRespected() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModulesAsPlantUml();
		sortRelationsOfEveryDiagram();
		assertThat(OUTPUT.resolve("components.puml")).exists();
	}

	@Test
	void relationsAreSortedWithinTheirBlockOnly() {
		List<String> lines = List.of("@startuml", "Rel(b, a)", "Rel(a, b)", "", "Rel(d, c)", "Rel(c, d)", "@enduml");
		assertThat(sortRelations(lines))
			.containsExactly("@startuml", "Rel(a, b)", "Rel(b, a)", "", "Rel(c, d)", "Rel(d, c)", "@enduml");
	}

	/**
	 * Structurizr writes a diagram's relations in the order of a hash set, so every run reordered
	 * them and dirtied the working tree; sorted, a run on unchanged code rewrites the same files.
	 */
	private static void sortRelationsOfEveryDiagram() throws IOException {
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				String text = String.join("\n", sortRelations(lines));
				Files.writeString(file, Files.readString(file).endsWith("\n") ? text + "\n" : text);
			}
		}
	}

	/** Each run of consecutive {@code Rel(} lines sorted; every other line stays where it is. */
	static List<String> sortRelations(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			run.sort(null);
			sorted.addAll(run);
			run.clear();
			sorted.add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
