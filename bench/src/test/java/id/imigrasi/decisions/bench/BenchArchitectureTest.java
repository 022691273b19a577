package id.imigrasi.decisions.bench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The benchmark measures the engine through its public types only, as the service does.
 */
@AnalyzeClasses(packages = "id.imigrasi.decisions.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

	@ArchTest
	static final ArchRule engineOnlyThroughItsPublicTypes = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("id.imigrasi.decisions.engine.internal..");

}
