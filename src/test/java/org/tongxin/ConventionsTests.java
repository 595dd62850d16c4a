package org.tongxin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.files.DocumentCheck;
import org.tongxin.shared.web.RefusedForm;
import org.tongxin.shared.web.StepFlow;
import org.tongxin.shared.workflow.RecordAttachments;

import org.tongxin.org.UnitMoved;
import org.tongxin.shared.security.DataScope;

/**
 * House rules that a reviewer would otherwise have to remember: privileges are declared typed
 * ({@code @Requires}), htmx requests are read one way ({@code Htmx}), the workflow kernel's parts
 * stay written once (record files: {@code RecordAttachments}; step forms: {@code StepFlow}; the
 * history on the page: {@code fragments/timeline.html}), the data scope meets the unit tree in org
 * alone ({@code UnitScope}), and copies of unit paths are rebased by org alone ({@code UnitPathColumns}).
 */
class ConventionsTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tongxin");

	@Test
	void privilegesAreDeclaredTypedNotAsExpressionStrings() {
		noClasses().should()
			.beAnnotatedWith(PreAuthorize.class)
			.because("@Requires(Privilege.X) names a privilege the compiler checks")
			.check(MAIN);
		noMethods().should()
			.beAnnotatedWith(PreAuthorize.class)
			.because("@Requires(Privilege.X) names a privilege the compiler checks")
			.check(MAIN);
	}

	@Test
	void htmxHeadersAreReadOnlyThroughTheHtmxParameter() {
		noMethods().should(readHeader("HX-Request").or(readHeader("HX-History-Restore-Request")))
			.because("a handler takes an Htmx parameter, which also sets Vary: HX-Request")
			.check(MAIN);
	}

	@Test
	void uploadedFilesAreCheckedAndSealedOnlyByTheKernelsRecordAttachments() {
		noClasses().that().doNotBelongToAnyOf(RecordAttachments.class)
			.should().callMethod(DocumentCheck.class, "check", String.class, String.class, byte[].class, long.class)
			.because("a record's files are checked, limited and stored by RecordAttachments, for every module")
			.check(MAIN);
		noClasses().that().doNotBelongToAnyOf(RecordAttachments.class, FieldCipher.class)
			.and().resideOutsideOfPackage("org.tongxin.members.importing..")
			.should().callMethod(FieldCipher.class, "seal", String.class, byte[].class)
			.orShould().callMethod(FieldCipher.class, "open", String.class, byte[].class)
			.because("a record's files are sealed and opened by RecordAttachments (a member import keeps only its"
					+ " workbook sealed between preview and commit)")
			.check(MAIN);
	}

	@Test
	void onlyOrgTurnsADataScopeIntoUnits() {
		noClasses().that(are(outsideOrg()).and(not(declaringRolesOrDemoActors())).and(not(equivalentTo(DataScope.class))))
			.should().accessField(DataScope.class, DataScope.UNIT_AND_BELOW.name())
			.because("UnitAccess makes the actor's UnitScope, which carries both the Java check and the SQL condition")
			.check(MAIN);
	}

	@Test
	void stepFormsAreAnsweredOnlyThroughTheStepFlow() {
		noClasses().that().doNotBelongToAnyOf(StepFlow.class)
			.should().callMethod(RefusedForm.class, "backToStep", RedirectAttributes.class, BindingResult.class,
					String.class, String.class, long.class, String.class)
			.because("StepFlow answers every step of a workflow page one way (refused, stale, damaged, done, 404)")
			.check(MAIN);
		classes().that().haveSimpleNameEndingWith("StepController")
			.should().dependOnClassesThat().belongToAnyOf(StepFlow.class)
			.because("a workflow page's steps are one-line mappings onto StepFlow")
			.check(MAIN);
	}

	@Test
	void theHistoryOfARecordIsShownOnlyByTheTimelineFragment() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			List<Path> copies = files.filter(f -> f.toString().endsWith(".html"))
				.filter(f -> !f.endsWith(Path.of("fragments", "timeline.html")))
				.filter(f -> read(f).contains("tx-timeline"))
				.toList();
			assertThat(copies).as("pages that lay out a history themselves instead of using fragments/timeline").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void onlyOrgRebasesCopiesOfUnitPaths() {
		noMethods().that().areDeclaredInClassesThat(outsideOrg())
			.should().haveRawParameterTypes(UnitMoved.class)
			.because("a module declares its path columns as a UnitPathColumns bean and org rebases them after a move")
			.check(MAIN);
	}

	@Test
	void demoLoadersAndBenchSupportLiveInTheirOwnPackages() {
		classes().that().haveSimpleNameStartingWith("Demo")
			.should().resideInAPackage("..demo..")
			.because("demo data loaders sit in <module>.demo, away from the rules they feed")
			.check(MAIN);
		classes().that().haveSimpleNameContaining("Bench")
			.should().resideInAPackage("..bench..")
			.andShould().resideOutsideOfPackage("org.tongxin.shared..")
			.because("bench support sits in <module>.bench (platform.bench for the shared part), never in the kernel")
			.check(MAIN);
	}

	/**
	 * Records of more than 12 positional values (the issue 12 acceptance line for workflow aggregates
	 * and their views) are read by counting commas: they become a few named value parts instead. The
	 * rule holds for every record, since a view or row of 20 values is as hard to read as an aggregate.
	 */
	@Test
	void noRecordHasMoreThanTwelveComponents() {
		classes().that().areAssignableTo(Record.class)
			.and(not(DescribedPredicate.describe("allowed for now", c -> ALLOWED_FOR_NOW.contains(c.getName()))))
			.should(haveAtMost(MAX_RECORD_COMPONENTS))
			.because("a record of many positional values is grouped into value parts (e.g. Handling, Deadlines)")
			.check(MAIN);
	}

	private static final int MAX_RECORD_COMPONENTS = 12;

	/**
	 * Records over the limit that may stay for now, by name. Nothing new is added here: a new record
	 * of more than 12 values is grouped into parts from the start.
	 */
	private static final java.util.Set<String> ALLOWED_FOR_NOW = java.util.Set.of(
			// no workflow's: figure rows, member and enterprise records, filters and API views, left to a
			// later decision (they were over the limit when this rule came)
			"org.tongxin.demands.figures.FigureCounts", "org.tongxin.proposals.performance.FigureCounts",
			"org.tongxin.members.coverage.CoverageFigures", "org.tongxin.enterprises.internal.EnterpriseStore$Stored",
			"org.tongxin.enterprises.internal.Views$Enterprise", "org.tongxin.enterprises.internal.Views$Measure",
			"org.tongxin.identity.web.ApiViews$UserView", "org.tongxin.members.MemberDetail",
			"org.tongxin.members.MemberDraft", "org.tongxin.members.MemberFilter", "org.tongxin.members.MemberRow",
			"org.tongxin.members.importing.ImportApiController$PreviewJson",
			"org.tongxin.members.internal.MemberCriteria", "org.tongxin.members.internal.PersonValues",
			"org.tongxin.members.web.MemberApiViews$MemberView", "org.tongxin.members.demo.DemoPerson");

	private static ArchCondition<JavaClass> haveAtMost(int components) {
		return new ArchCondition<>("have at most " + components + " components") {
			@Override
			public void check(JavaClass record, ConditionEvents events) {
				long count = record.getFields().stream()
					.filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
					.count();
				if (count > components) {
					events.add(SimpleConditionEvent.violated(record, record.getName() + " has " + count + " components"));
				}
			}
		};
	}

	private static DescribedPredicate<JavaClass> outsideOrg() {
		return JavaClass.Predicates.resideOutsideOfPackage("org.tongxin.org..");
	}

	/** Role definitions and demo loaders name a scope for the actors they create; they do not interpret it. */
	private static DescribedPredicate<JavaClass> declaringRolesOrDemoActors() {
		return DescribedPredicate.describe("declaring roles or demo actors",
				c -> c.getName().matches(".*\\.(DefaultRoles|Demo\\w*)(\\$.*)?"));
	}

	private static ArchCondition<JavaMethod> readHeader(String header) {
		return new ArchCondition<>("read the header " + header) {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				for (JavaParameter parameter : method.getParameters()) {
					if (parameter.isAnnotatedWith(RequestHeader.class)) {
						RequestHeader annotation = parameter.getAnnotationOfType(RequestHeader.class);
						if (header.equalsIgnoreCase(annotation.value()) || header.equalsIgnoreCase(annotation.name())) {
							events.add(SimpleConditionEvent.violated(method, method.getFullName() + " reads " + header));
						}
					}
				}
			}
		};
	}

}
