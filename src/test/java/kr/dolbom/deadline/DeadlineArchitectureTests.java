package kr.dolbom.deadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * style.md "Do" 7 and 10: the deadline rules are plain Java without Spring or SQL, and the web layer
 * never touches the repositories.
 */
class DeadlineArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("kr.dolbom.deadline");

	@Test
	void theRulesAreFreeOfSpringAndSql() {
		noClasses().that().resideInAPackage("kr.dolbom.deadline.internal.rules..")
				.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
				.check(classes);
	}

	@Test
	void theModuleApiIsFreeOfSpring() {
		noClasses().that().resideInAPackage("kr.dolbom.deadline").and().doNotHaveSimpleName("package-info")
				.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
				.check(classes);
	}

	@Test
	void controllersNeverTouchRepositories() {
		noClasses().that().resideInAPackage("kr.dolbom.deadline.web..")
				.should().dependOnClassesThat().haveSimpleNameStartingWith("Jdbc")
				.check(classes);
	}
}
