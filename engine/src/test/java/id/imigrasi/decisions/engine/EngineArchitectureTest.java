package id.imigrasi.decisions.engine;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's walls run one way: its public types (this package) know nothing of its
 * internals, which implement them; the request contract knows nothing of the facts built
 * from it. Every package is its own slice, so a cycle between any two is reported.
 */
@AnalyzeClasses(packages = { "id.imigrasi.decisions.engine", "id.imigrasi.decisions.model" },
		importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("id.imigrasi.decisions.(**)").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule publicTypesKnowNoInternals = noClasses().that()
		.resideInAPackage("id.imigrasi.decisions.engine")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("id.imigrasi.decisions.engine.internal..");

	@ArchTest
	static final ArchRule requestContractStandsAlone = noClasses().that()
		.resideInAPackage("id.imigrasi.decisions.model.request..")
		.should()
		.dependOnClassesThat()
		.resideOutsideOfPackages("id.imigrasi.decisions.model.request..", "java..");

}
