package id.imigrasi.decisions.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.imigrasi.decisions.engine.Cases.PersonBuilder;
import id.imigrasi.decisions.model.request.Occupation;
import id.imigrasi.decisions.model.request.Sex;

import static id.imigrasi.decisions.engine.Cases.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sex, age, domicile region and occupation may raise triage but are never the only
 * grounds of REFUSE, SUSPEND, DEFER or REFUSE_EXIT (SPEC 2.5; UU 6/2011 Pasal 2). Each is
 * varied over all its values on cases that are otherwise clean.
 */
class NonDiscriminationTest {

	private static final List<Integer> AGES = List.of(0, 10, 17, 18, 19, 25, 45, 60, 80);

	private static final List<String> PROVINCES = List.of("Jawa Barat", "Jawa Timur", "Nusa Tenggara Barat",
			"Nusa Tenggara Timur", "Kalimantan Barat", "Sulawesi Selatan", "Papua", "Aceh", "DKI Jakarta");

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	@ParameterizedTest
	@EnumSource(Sex.class)
	void shouldNeverRestrictOnSexAlone(Sex sex) {
		assertNotRestricted((p) -> p.sex = sex);
	}

	@ParameterizedTest
	@EnumSource(Occupation.class)
	void shouldNeverRestrictOnOccupationAlone(Occupation occupation) {
		assertNotRestricted((p) -> p.occupation = occupation);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10, 17, 18, 19, 25, 45, 60, 80 })
	void shouldNeverRestrictOnAgeAlone(int age) {
		assertNotRestricted((p) -> p.birthDate = DAY.minusYears(age).minusDays(40));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jawa Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Papua", "Aceh" })
	void shouldNeverRestrictOnRegionAlone(String province) {
		assertNotRestricted((p) -> p.province = province);
	}

	@Test
	void shouldNeverRestrictOnAnyCombinationOfThemAlone() {
		List<String> restricted = new ArrayList<>();
		for (Sex sex : Sex.values()) {
			for (Occupation occupation : Occupation.values()) {
				for (int age : AGES) {
					for (String province : PROVINCES) {
						Consumer<PersonBuilder> person = (p) -> {
							p.sex = sex;
							p.occupation = occupation;
							p.birthDate = DAY.minusYears(age).minusDays(40);
							p.province = province;
						};
						for (Decision decision : bothServices(person)) {
							if (decision.recommendation().restrictive()) {
								restricted.add(sex + " " + occupation + " " + age + " " + province + ": "
										+ Explanations.ruleIds(decision));
							}
						}
					}
				}
			}
		}
		assertThat(restricted).isEmpty();
	}

	private static void assertNotRestricted(Consumer<PersonBuilder> person) {
		for (Decision decision : bothServices(person)) {
			assertThat(decision.recommendation().restrictive()).as("%s: %s", decision.service(), decision.findings())
				.isFalse();
			assertThat(decision.findings()).noneMatch((f) -> f.outcome().restrictive());
		}
	}

	/** The clean application and the clean departure, with only the person changed. */
	private static List<Decision> bothServices(Consumer<PersonBuilder> person) {
		return List.of(engine.evaluate(Cases.passport((p) -> person.accept(p.person))),
				engine.evaluate(Cases.departure((d) -> person.accept(d.person))));
	}

}
