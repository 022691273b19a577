package id.imigrasi.decisions.engine.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.model.DepartureFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases the analysis enumerates are cases a real request can make. */
class CaseSpaceTest {

	private static final Map<String, FactCatalog.Property> PROPERTIES = FactCatalog.properties(DepartureFacts.class);

	@Test
	void shouldNotInventInterviewAnswersWithoutAnInterview() {
		assertThat(witness("interviewed == false", "canStateTripDuration == false")).isNull();
		assertThat(witness("interviewed == false", "intendsToWork == true")).isNull();
		assertThat(witness("interviewed == true", "canStateTripDuration == false")).isNotNull();
	}

	@Test
	void shouldNotInventAJobSectorWithoutAJobOffer() {
		assertThat(witness("jobOffered == false", "jobSector == JobSector.DOMESTIC_WORK")).isNull();
	}

	@Test
	void shouldTryAnAgeOnEachSideOfEveryThreshold() {
		CaseSpace.Case c = witness("age < 18", "age >= 17");

		assertThat(c).isNotNull();
		assertThat(c.get("age")).isEqualTo(17);
	}

	@Test
	void shouldKnowThatADestinationOnAListPutsTheRouteOnIt() {
		assertThat(witness("destinationLists contains \"DESTINATION_RISK\"",
				"routeLists not contains \"DESTINATION_RISK\""))
			.isNull();
	}

	@Test
	void shouldLeaveOutNotGivenOnlyForRequiredFields() {
		CaseSpace space = new CaseSpace(PROPERTIES, List.of(), Map.of());

		assertThat(space.candidates("statedPurpose")).doesNotContainNull();
		assertThat(space.candidates("accompaniedBy")).containsNull();
	}

	private static CaseSpace.Case witness(String... constraints) {
		List<Expr> conditions = java.util.Arrays.stream(constraints)
			.map((c) -> ConditionParser.parse(c, PROPERTIES, false))
			.toList();
		CaseSpace space = new CaseSpace(PROPERTIES, conditions, Map.of());
		Set<String> dimensions = new TreeSet<>();
		conditions.forEach((e) -> e.dimensions(dimensions));
		return space.find(dimensions, (c) -> conditions.stream().allMatch((e) -> Expr.holds(e, c)));
	}

}
