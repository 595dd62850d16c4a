package org.tongxin;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.tongxin.org.UnitMoved;
import org.tongxin.shared.security.DataScope;

/**
 * House rules that a reviewer would otherwise have to remember: privileges are declared typed
 * ({@code @Requires}), htmx requests are read one way ({@code Htmx}), the data scope meets the unit
 * tree in org alone ({@code UnitScope}), and copies of unit paths are rebased by org alone
 * ({@code UnitPathColumns}).
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
	void onlyOrgTurnsADataScopeIntoUnits() {
		noClasses().that(are(outsideOrg()).and(not(declaringRolesOrDemoActors())).and(not(equivalentTo(DataScope.class))))
			.should().accessField(DataScope.class, DataScope.UNIT_AND_BELOW.name())
			.because("UnitAccess makes the actor's UnitScope, which carries both the Java check and the SQL condition")
			.check(MAIN);
	}

	@Test
	void onlyOrgRebasesCopiesOfUnitPaths() {
		noMethods().that().areDeclaredInClassesThat(outsideOrg())
			.should().haveRawParameterTypes(UnitMoved.class)
			.because("a module declares its path columns as a UnitPathColumns bean and org rebases them after a move")
			.check(MAIN);
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
