package id.imigrasi.decisions.service;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's walls: features (decision, audit, ruleset, scenario, validation) may use
 * the contract and the shared concerns of {@code system}; {@code system} knows no
 * feature; no package cycle; the engine only through its public types.
 */
@AnalyzeClasses(packages = "id.imigrasi.decisions.service", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceArchitectureTest {

	private static final String SYSTEM = "id.imigrasi.decisions.service.system..";

	private static final String CONTRACT = "id.imigrasi.decisions.service.contract..";

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("id.imigrasi.decisions.service.(**)")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule engineOnlyThroughItsPublicTypes = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("id.imigrasi.decisions.engine.internal..")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("id.imigrasi.decisions.engine.EngineServices");

	/** Any class of a feature: the service's classes outside system and contract. */
	private static final DescribedPredicate<JavaClass> FEATURE = resideInAPackage("id.imigrasi.decisions.service..")
		.and(not(resideInAnyPackage(SYSTEM, CONTRACT)))
		.as("a feature of the service");

	@ArchTest
	static final ArchRule sharedConcernsKnowNoFeature = noClasses().that()
		.resideInAPackage(SYSTEM)
		.should()
		.dependOnClassesThat(FEATURE);

	@ArchTest
	static final ArchRule contractKnowsNoFeature = noClasses().that()
		.resideInAPackage(CONTRACT)
		.should()
		.dependOnClassesThat(FEATURE);

	@ArchTest
	static final ArchRule controllersOnlyInFeatures = classes().that()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(Controller.class)
		.should()
		.resideOutsideOfPackages(SYSTEM, CONTRACT, "id.imigrasi.decisions.service");

}
