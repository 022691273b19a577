package id.imigrasi.decisions.engine.internal.properties;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.PassportApplicationFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy staff's own properties: read from YAML with every mistake named in both
 * languages, checked beside the shipped ones, and never in their place.
 */
class PropertyFilesTest {

	@Test
	void shouldShipTheSixPropertiesOfTheSpec() {
		assertThat(PropertyChecker.shipped()).extracting(PropertySpec::id)
			.containsExactly("P-FAIR", "P-MINOR", "P-IMMEDIATE", "P-MANDATORY", "P-CITED", "P-MONOTONE");
	}

	@Test
	void shouldNameEveryMistakeOfAPropertyFile() {
		List<Problem> problems = PropertyChecker.read(Map.of("properties/salah.yaml", yaml("""
				id: P-LOCAL-1
				kind: implication
				title: {id: Contoh, en: Example}
				checks:
				  - when:
				      statedPurpse: HAJJ
				      visaType: HAJ
				    then:
				      recommendation: [DEFFER]
				""")));

		assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.PROPERTY_INVALID);
		assertThat(problems).extracting(Problem::message)
			.anySatisfy((m) -> assertThat(m).contains("names no fact: 'statedPurpse'; did you mean 'statedPurpose'?"))
			.anySatisfy((m) -> assertThat(m).contains("'HAJ' is not a VisaType; did you mean 'HAJJ'?"))
			.anySatisfy((m) -> assertThat(m).contains("'DEFFER' is not a Outcome; did you mean 'DEFER'?"));
		assertThat(problems).extracting(Problem::messageId)
			.allSatisfy((m) -> assertThat(m).startsWith("Berkas properti"));
	}

	@Test
	void shouldNeverLetAFileReplaceAShippedProperty() {
		List<Problem> problems = PropertyChecker.read(Map.of("properties/longgar.yaml", yaml("""
				id: P-MINOR
				kind: citations
				title: {id: Dilonggarkan, en: Loosened}
				""")));

		assertThat(problems).extracting(Problem::message)
			.containsExactly(
					"The property ID P-MINOR is a property shipped in the engine, which cannot be replaced; give this property an ID of its own.");
	}

	@Test
	void shouldCheckAPolicyPropertyBesideTheShippedOnes() {
		byte[] hajj = yaml("""
				id: P-LOCAL-HAJJ
				kind: implication
				title:
				  id: Jemaah haji tanpa visa haji ditolak keluar
				  en: A hajj pilgrim without a hajj visa is refused exit
				from: 2016-01-01
				checks:
				  - service: departure
				    when:
				      statedPurpose: HAJJ
				      visaType: {not: HAJJ}
				    then:
				      recommendation: [REFUSE_EXIT]
				""");

		PropertyReport report = id.imigrasi.decisions.engine.Properties.check(Tables.compile(Tables.of0e24d9e()),
				Map.of("properties/haji.yaml", hajj), Duration.ofSeconds(120));

		PropertyResult local = report.results().get(report.results().size() - 1);
		assertThat(report.results()).hasSize(7);
		assertThat(local.id()).isEqualTo("P-LOCAL-HAJJ");
		assertThat(local.source()).isEqualTo("properties/haji.yaml");
		assertThat(local.status()).isEqualTo(PropertyResult.Status.VIOLATED);
		assertThat(local.counterexamples().get(0).legalDate()).isEqualTo("2016-01-01");
		assertThat(local.counterexamples().get(0).decisions().get(0).recommendation().name()).isEqualTo("DEFER");
		assertThat(report.problems()).filteredOn((p) -> p.file().equals("properties/haji.yaml")).hasSize(1);
	}

	@Test
	void shouldKnowHowToWriteEveryDerivedFactIntoARequest() {
		Set<String> derived = new TreeSet<>();
		for (Class<?> type : Arrays.asList(DepartureFacts.class, PassportApplicationFacts.class)) {
			FactCatalog.properties(type)
				.values()
				.stream()
				.filter((p) -> p.path().derivedFrom().length > 0)
				.forEach((p) -> derived.add(p.path().value()));
		}

		assertThat(Requests.DERIVED).as("Requests.DERIVED: add a way to write each new derived fact")
			.containsAll(derived);
	}

	private static byte[] yaml(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
