package id.imigrasi.decisions.engine.internal.properties;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.Ruleset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped property broken by one fault planted in a copy of the tables, as a policy
 * officer might: the check reports it, and the counterexample, decided again by the
 * engine, really breaks it. The non-discrimination bypasses of issue 14 are among them:
 * rows the syntactic check lets through.
 */
class PlantedFaultsTest {

	@Test
	void shouldCatchAMinorTouristDeferredOnAgeAlone() {
		// "age under 18 + purpose TOURISM + interviewed -> DEFER": purpose and interview
		// are
		// not triage-only facts, so the syntactic check lets it through.
		Map<String, byte[]> workbooks = Tables.withCells(Tables.DEPARTURE, "B27", "DC-090", "S27", "18", "I27",
				"TOURISM", "V27", "true", "W27", "DEFER", "X27", "Anak berwisata ditunda.", "Y27",
				"A child on holiday is deferred.", "Z27", "{TPI_EXAMINATION}", "AA27", "2016-01-01");

		Counterexample example = violated(workbooks, "P-FAIR");

		assertThat(example.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!B27");
		assertThat(Breaks.pFair(Tables.compile(workbooks), example)).as(example.scenarioYaml()).isTrue();
		assertThat(example.summary().en()).contains("changing only age=");
	}

	@Test
	void shouldCatchAPoliceReferralOfWomenAndChildren() {
		// RF-020 "female or under 18" sent to POLRI, with no trafficking indicator.
		Map<String, byte[]> workbooks = Tables.withCells(Tables.REFERRAL, "C22", null, "P22", "POLRI");

		Counterexample example = violated(workbooks, "P-FAIR");

		assertThat(example.location()).isEqualTo("referral.drl.xlsx!Rujukan!B22");
		assertThat(Breaks.pFair(Tables.compile(workbooks), example)).as(example.scenarioYaml()).isTrue();
	}

	@Test
	void shouldCatchAPreventionListMatchThatIsOnlyDeferred() {
		Map<String, byte[]> workbooks = Tables.withCells(Tables.DEPARTURE, "W14", "DEFER");

		Counterexample example = violated(workbooks, "P-MANDATORY");

		assertThat(Breaks.pMandatory(Tables.compile(workbooks), example)).as(example.scenarioYaml()).isTrue();
		assertThat(example.summary().en()).contains("person.watchlist.preventionListMatch=true");
	}

	@Test
	void shouldCatchARowThatAnIndicatorSwitchesOff() {
		// DC-012 made to defer those who CAN state the trip's length: saying one cannot
		// then lets the traveller through.
		Map<String, byte[]> workbooks = Tables.withCells(Tables.DEPARTURE, "L19", "true");

		Counterexample example = violated(workbooks, "P-MONOTONE");

		assertThat(Breaks.pMonotone(Tables.compile(workbooks), example)).as(example.scenarioYaml()).isTrue();
	}

	@Test
	void shouldCatchACitationOfAnInstrumentBeforeItExisted() {
		Map<String, byte[]> workbooks = Tables.with(Tables.of0e24d9e(), Tables.LISTS, (workbook) -> {
			Sheet sheet = workbook.createSheet("Instrumen");
			Tables.set(sheet, "A1", "Instrumen\nInstrument");
			Tables.set(sheet, "B1", "Berlaku sejak\nValid from");
			Tables.set(sheet, "C1", "Berlaku sampai\nValid to");
			Tables.set(sheet, "A2", "Permenkumham 8/2014");
			Tables.set(sheet, "B2", "2014-03-06");
		});
		Ruleset ruleset = Tables.compile(workbooks);

		PropertyReport report = check(ruleset);

		assertThat(result(report, "P-CITED").counterexamples()).anySatisfy((example) -> {
			assertThat(example.location()).startsWith("passport-application.drl.xlsx!Permohonan Paspor!V");
			assertThat(example.summary().en())
				.contains("it cites Permenkumham 8/2014, but Permenkumham 8/2014 is in force only 2014-03-06..");
			assertThat(Breaks.citesOutside(ruleset, example, "Permenkumham 8/2014", LocalDate.of(2014, 3, 6))).isTrue();
		});
	}

	@Test
	void shouldHoldWithoutImmediateReferralsAndCatchOnePlanted() {
		String[] routine = new String[] { "Q11", "ROUTINE", "Q12", "ROUTINE", "Q15", "ROUTINE", "Q17", "ROUTINE", "Q18",
				"ROUTINE", "Q22", "ROUTINE", "Q24", "ROUTINE" };
		Map<String, byte[]> clean = Tables.withCells(Tables.REFERRAL, routine);
		Map<String, byte[]> planted = Tables.with(clean, Tables.REFERRAL,
				(workbook) -> Tables.set(workbook.getSheetAt(0), "Q25", "IMMEDIATE"));

		assertThat(result(check(Tables.compile(clean)), "P-IMMEDIATE").status()).isEqualTo(PropertyResult.Status.HOLDS);
		Counterexample example = violated(planted, "P-IMMEDIATE");

		assertThat(Breaks.pImmediate(Tables.compile(planted), example)).as(example.scenarioYaml()).isTrue();
		assertThat(example.requests().get(0).toString()).doesNotContain("3201010101900001");
	}

	private static Counterexample violated(Map<String, byte[]> workbooks, String property) {
		PropertyResult result = result(check(Tables.compile(workbooks)), property);
		assertThat(result.status()).isEqualTo(PropertyResult.Status.VIOLATED);
		return result.counterexamples().get(0);
	}

	private static PropertyReport check(Ruleset ruleset) {
		return id.imigrasi.decisions.engine.Properties.check(ruleset, Map.of(), Duration.ofSeconds(120));
	}

	private static PropertyResult result(PropertyReport report, String id) {
		return report.results().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

}
