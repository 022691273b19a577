package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.Workbooks;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ruleset built into the KJAR: every table compiled into rules, identified by version
 * and hash, with the lists SPEC 5 names.
 */
class EmbeddedRulesetTest {

	private static CompiledRuleset ruleset;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		ruleset = RulesetBuilder.embedded();
	}

	@Test
	void shouldCompileRowsFromEachOfTheThreeRuleTables() {
		assertThat(ruleset.info().tables()).extracting(RulesetInfo.Table::file)
			.containsExactlyInAnyOrder("departure.drl.xlsx", "passport-application.drl.xlsx", "referral.drl.xlsx");
		assertThat(ruleset.info().tables()).allSatisfy((table) -> assertThat(table.rows()).isPositive());
		assertThat(ruleset.info().rows())
			.hasSize(ruleset.info().tables().stream().mapToInt(RulesetInfo.Table::rows).sum());
	}

	@Test
	void shouldIdentifyTheRulesetByABuiltinVersionAndTheHashOfItsWorkbooks() {
		assertThat(ruleset.info().version()).startsWith("builtin-");
		assertThat(ruleset.info().sha256()).matches("[0-9a-f]{64}");
		assertThat(ruleset.info().sha256()).isEqualTo(RulesetBuilder.sha256(ruleset.workbooks()));
	}

	@Test
	void shouldEmbedTheWorkbooksCommittedInDecisionTables() {
		assertThat(ruleset.info().sha256()).isEqualTo(RulesetBuilder.sha256(Workbooks.committed()));
	}

	@Test
	void shouldHaveEverySpecRuleIdInItsTable() {
		Set<String> ids = ruleset.info().rows().stream().map(RulesetInfo.Row::ruleId).collect(Collectors.toSet());

		assertThat(ids).contains("PA-001", "PA-002", "PA-003", "PA-004", "PA-005", "PA-010", "PA-011", "PA-012",
				"PA-013", "PA-020", "PA-030", "PA-040", "PA-050", "PA-051", "PA-060", "DC-001", "DC-002", "DC-003",
				"DC-010", "DC-011", "DC-012", "DC-013", "DC-014", "DC-015", "DC-020", "RF-001", "RF-002", "RF-003",
				"RF-010", "RF-011", "RF-020", "RF-021", "RF-030", "RF-040");
	}

	@Test
	void shouldPutSaudiArabiaOnTheMoratoriumListFromItsFirstDay() {
		assertThat(ruleset.lists().listsOf("SA", LocalDate.of(2015, 6, 30))).doesNotContain("MORATORIUM_260_2015");
		assertThat(ruleset.lists().listsOf("SA", LocalDate.of(2015, 7, 1))).contains("MORATORIUM_260_2015");
	}

	/**
	 * SPEC 2.5: sex, age, region and occupation alone never ground a restrictive row; the
	 * property check (P-FAIR) tests the same on cases, this on the cells.
	 */
	@Test
	void shouldGroundEveryRestrictiveRowOnAtLeastOneFactThatIsNotTriageOnly() {
		List<CompiledRow> restrictive = ruleset.rows().stream().filter((r) -> r.outcome().restrictive()).toList();

		assertThat(restrictive).isNotEmpty().allSatisfy((row) -> {
			List<FactCatalog.Property> reads = row.conditions().stream().flatMap((c) -> c.reads().stream()).toList();
			assertThat(reads).as("facts read by %s at %s", row.ruleId(), row.source())
				.anyMatch((p) -> !p.path().triageOnly());
		});
	}

	@Test
	void shouldCarryTheRiskListAndThe19CountryMoratoriumList() {
		ReferenceLists lists = ruleset.lists();
		LocalDate today = LocalDate.of(2025, 5, 19);

		assertThat(countriesOn(lists, "DESTINATION_RISK", today)).containsExactlyInAnyOrder("MY", "SA", "AE", "QA",
				"KH", "MM", "LA", "TH", "TR", "JP", "KR", "HK", "TW", "SG", "BN");
		assertThat(countriesOn(lists, "MORATORIUM_260_2015", today)).hasSize(19).contains("SA", "AE", "QA", "JO");
		assertThat(countriesOn(lists, "MORATORIUM_260_2015", today)).as("Sudan, not South Sudan (revision 2)")
			.contains("SD")
			.doesNotContain("SS");
		assertThat(lists.citationKeys()).contains("TPPO_DOMESTIC_OFFENCE", "SMUGGLING_OFFENCE",
				"PASSPORT_FORGERY_OFFENCE", "FALSE_STATEMENT_OFFENCE", "TPI_EXAMINATION", "PASSPORT_REGULATION");
		assertThat(lists.landBorderNeighbour("ETK", today)).isEqualTo("MY");
		assertThat(lists.landBorderNeighbour("NPN", LocalDate.of(2024, 10, 1))).isNull();
		assertThat(lists.landBorderNeighbour("NPN", LocalDate.of(2024, 10, 2))).isEqualTo("TL");
		assertThat(lists.landBorderNeighbour("CGK", today)).isNull();
		assertThat(lists.unreadable()).isEmpty();
		assertThat(lists.missingSheets()).isEmpty();
		assertThat(lists.missingOptionalSheets()).isEmpty();
	}

	@Test
	void shouldNameEveryDatedCitationKeyARowUsesInTheLists() {
		Set<String> used = ruleset.info()
			.rows()
			.stream()
			.flatMap((r) -> r.legalBasis().stream())
			.map(CitationResolver::keyOf)
			.filter((k) -> k != null)
			.collect(Collectors.toSet());

		assertThat(used).isNotEmpty();
		assertThat(ruleset.lists().citationKeys()).containsAll(used);
	}

	private static Set<String> countriesOn(ReferenceLists lists, String list, LocalDate date) {
		return lists.countries()
			.stream()
			.filter((c) -> c.list().equals(list))
			.map(ReferenceLists.CountryEntry::country)
			.filter((country) -> lists.listsOf(country, date).contains(list))
			.collect(Collectors.toSet());
	}

}
