package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Spring test either shares the one main test context or keeps out of the search index's
 * work. A context of its own is a second Hibernate Search outbox processor over the same database:
 * on CI's external database it takes the main context's index events, and search tests fail there
 * only (as two scope tests did on 2026-12-06).
 */
class TestContextConventionsTests {

	private static final String NO_INDEX_WORK = "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false";

	/** The annotations of the main test context, and those that do not change the context. */
	private static final Set<Class<? extends Annotation>> SHARED = Set.of(SpringBootTest.class,
			AutoConfigureMockMvc.class, ActiveProfiles.class, Transactional.class, TestInstance.class, Tag.class);

	@Test
	void aTestWithAContextOfItsOwnDoesNoSearchIndexWork() {
		List<String> offenders = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("org.tongxin")
			.stream()
			.filter(c -> c.isAnnotatedWith(SpringBootTest.class))
			.filter(c -> !c.getName().startsWith(TestContextConventionsTests.class.getName())) // its own examples
			.map(JavaClass::reflect)
			.filter(TestContextConventionsTests::hasAContextOfItsOwn)
			.filter(c -> !keepsOutOfIndexWork(c))
			.map(Class::getName)
			.toList();
		assertThat(offenders).as("Spring tests with a context of their own that still process search index events")
			.isEmpty();
	}

	@Test
	void theRuleSeesAContextOfItsOwn() throws ClassNotFoundException {
		Class<?> strict = Class.forName("org.tongxin.identity.StrictSecurityTests");
		assertThat(hasAContextOfItsOwn(strict)).isTrue();
		assertThat(keepsOutOfIndexWork(strict)).isTrue();
		assertThat(hasAContextOfItsOwn(Class.forName("org.tongxin.OpenApiDocumentTests"))).isFalse();
		assertThat(hasAContextOfItsOwn(WithoutMockMvc.class)).as("a context without MockMvc is another context").isTrue();
	}

	/**
	 * Whether the test's context differs from the main one: other profiles, a missing MockMvc (the
	 * main context has one; CaseQueryTotalsTests lacked it and took the search index's events on CI's
	 * external database), or any other Spring annotation on the class.
	 */
	private static boolean hasAContextOfItsOwn(Class<?> test) {
		ActiveProfiles profiles = test.getAnnotation(ActiveProfiles.class);
		boolean otherProfiles = profiles == null || !Arrays.equals(profiles.value(), new String[] { "test" })
				|| !test.isAnnotationPresent(AutoConfigureMockMvc.class);
		boolean otherAnnotations = Arrays.stream(test.getAnnotations())
			.map(Annotation::annotationType)
			.filter(type -> type.getPackageName().startsWith("org.springframework"))
			.anyMatch(type -> !SHARED.contains(type));
		return otherProfiles || otherAnnotations;
	}

	@SpringBootTest
	@ActiveProfiles("test")
	static class WithoutMockMvc {
	}

	private static boolean keepsOutOfIndexWork(Class<?> test) {
		TestPropertySource properties = test.getAnnotation(TestPropertySource.class);
		return properties != null && Arrays.asList(properties.properties()).contains(NO_INDEX_WORK);
	}

}
