package id.imigrasi.decisions.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.VisaType;

import static id.imigrasi.decisions.engine.Cases.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Rows, lists, citations and agency names apply by the case's legal date, on both sides
 * of every date that matters (SPEC 2.4 item 4, 2.6).
 */
class LegalDateTest {

	private static final LocalDate KUHP_EVE = LocalDate.of(2026, 1, 1);

	private static final LocalDate KUHP_DAY = LocalDate.of(2026, 1, 2);

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	/** A dated citation: the rule that cites it, on a case built for a date. */
	static Stream<Arguments> datedCitations() {
		Function<LocalDate, Object> trafficking = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.interview((i) -> i.recruiterPresent = true);
		});
		Function<LocalDate, Object> smuggling = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.accompaniedBy = Companion.UNRELATED_ESCORT;
			d.interview((i) -> i.recruiterPresent = true);
		});
		Function<LocalDate, Object> forgery = (date) -> Cases.passport((p) -> {
			p.date = date;
			p.forgery = true;
		});
		Function<LocalDate, Object> falseStatement = (date) -> Cases.passport((p) -> {
			p.date = date;
			p.falseStatement = true;
		});
		Function<LocalDate, Object> visaMismatch = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.purpose = Purpose.UMRAH;
			d.destination = "SA";
		});
		Function<LocalDate, Object> prevention = (date) -> Cases.passport((p) -> {
			p.date = date;
			p.person.prevention = true;
		});
		Function<LocalDate, Object> wanted = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.person.wanted = true;
		});
		Function<LocalDate, Object> domesticWork = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.destination = "SA";
			d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
		});
		Function<LocalDate, Object> childWithAnOffer = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.person.birthDate = date.minusYears(16);
			d.interview((i) -> i.sector = JobSector.FACTORY);
		});
		Function<LocalDate, Object> witness = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.interview((i) -> {
				i.passportHeldByOther = true;
				i.willingToTestify = true;
			});
		});
		Function<LocalDate, Object> noReturnTicket = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.returnTicket = false;
			d.interview((i) -> i.canStateTripDuration = false);
		});
		Function<LocalDate, Object> umrahOnATouristVisa = (date) -> Cases.departure((d) -> {
			d.date = date;
			d.purpose = Purpose.UMRAH;
			d.destination = "SA";
			d.visa = VisaType.TOURIST;
			d.noInterview();
		});
		// Taking a citizen out of Indonesia to exploit them is UU 21/2007 Pasal 4 on both
		// sides of the KUHP: Pasal 622 ayat (1) huruf q revokes only Pasal 2 (SPEC 2.6).
		return Stream.of(
				arguments("outbound trafficking", "RF-001", trafficking, KUHP_EVE, "UU 21/2007 Pasal 4", "UU 21/2007"),
				arguments("outbound trafficking", "RF-001", trafficking, KUHP_DAY, "UU 21/2007 Pasal 4", "UU 21/2007"),
				arguments("SMUGGLING_OFFENCE", "RF-002", smuggling, KUHP_EVE, "UU 6/2011 Pasal 120 ayat (1)",
						"UU 6/2011"),
				arguments("SMUGGLING_OFFENCE", "RF-002", smuggling, KUHP_DAY, "UU 1/2023 (KUHP) Pasal 457",
						"UU 1/2023 (KUHP)"),
				arguments("PASSPORT_FORGERY_OFFENCE", "RF-003", forgery, KUHP_EVE, "UU 6/2011 Pasal 126 huruf e",
						"UU 6/2011"),
				arguments("PASSPORT_FORGERY_OFFENCE", "RF-003", forgery, KUHP_DAY,
						"UU 1/2023 (KUHP) Pasal 398 ayat (1)", "UU 1/2023 (KUHP)"),
				arguments("FALSE_STATEMENT_OFFENCE", "RF-003", falseStatement, KUHP_EVE, "UU 6/2011 Pasal 126 huruf c",
						"UU 6/2011"),
				arguments("FALSE_STATEMENT_OFFENCE", "RF-003", falseStatement, KUHP_DAY, "UU 6/2011 Pasal 126 huruf c",
						"UU 6/2011"),
				arguments("TPI_EXAMINATION", "DC-011", visaMismatch, LocalDate.of(2015, 12, 31), "UU 6/2011 Pasal 9",
						"UU 6/2011"),
				arguments("TPI_EXAMINATION", "DC-011", visaMismatch, LocalDate.of(2016, 1, 1),
						"Permenkumham 44/2015 jo. UU 6/2011 Pasal 9", "Permenkumham 44/2015"),
				arguments("TPI_EXAMINATION", "DC-011", visaMismatch, LocalDate.of(2024, 6, 17),
						"Permenkumham 44/2015 jo. UU 6/2011 Pasal 9", "Permenkumham 44/2015"),
				arguments("TPI_EXAMINATION", "DC-011", visaMismatch, LocalDate.of(2024, 6, 18),
						"Permenkumham 9/2024 jo. UU 6/2011 Pasal 9", "Permenkumham 9/2024"),
				arguments("PASSPORT_REGULATION", "PA-001", prevention, LocalDate.of(2012, 6, 4),
						"Kepmenkeh M.01-IZ.03.10 Tahun 1995 (sebagaimana telah diubah)",
						"Kepmenkeh M.01-IZ.03.10/1995"),
				arguments("PASSPORT_REGULATION", "PA-001", prevention, LocalDate.of(2014, 6, 1), "Permenkumham 8/2014",
						"Permenkumham 8/2014"),
				arguments("PASSPORT_REGULATION", "PA-001", prevention, LocalDate.of(2022, 9, 28), "Permenkumham 8/2014",
						"Permenkumham 8/2014"),
				arguments("PASSPORT_REGULATION", "PA-001", prevention, LocalDate.of(2022, 9, 29),
						"Permenkumham 8/2014 jo. Permenkumham 18/2022", "Permenkumham 18/2022"),
				arguments("EXIT_INVESTIGATION_GROUND", "DC-002", wanted, LocalDate.of(2012, 12, 31),
						"UU 6/2011 Pasal 16 ayat (1) huruf b", "UU 6/2011"),
				arguments("EXIT_INVESTIGATION_GROUND", "DC-002", wanted, LocalDate.of(2013, 1, 1),
						"UU 6/2011 Pasal 16 ayat (1) huruf b jo. Putusan MK 40/PUU-IX/2011",
						"Putusan MK 40/PUU-IX/2011"),
				arguments("MIGRANT_WORKER_PLACEMENT_BAN", "DC-013", domesticWork, LocalDate.of(2017, 11, 21),
						"UU 39/2004 Pasal 27 ayat (2)", "UU 39/2004"),
				arguments("MIGRANT_WORKER_PLACEMENT_BAN", "DC-013", domesticWork, LocalDate.of(2017, 11, 22),
						"UU 18/2017 Pasal 32", "UU 18/2017"),
				arguments("MIGRANT_WORKER_MIN_AGE", "DC-015", childWithAnOffer, LocalDate.of(2017, 11, 21),
						"UU 39/2004 Pasal 35 huruf a", "UU 39/2004"),
				arguments("MIGRANT_WORKER_MIN_AGE", "DC-015", childWithAnOffer, LocalDate.of(2017, 11, 22),
						"UU 18/2017 Pasal 5 huruf a", "UU 18/2017"),
				arguments("CHILD_SPECIAL_PROTECTION", "RF-022", childWithAnOffer, LocalDate.of(2014, 10, 16),
						"UU 23/2002 Pasal 59", "UU 23/2002"),
				arguments("CHILD_SPECIAL_PROTECTION", "RF-022", childWithAnOffer, LocalDate.of(2014, 10, 17),
						"UU 23/2002 jo. UU 35/2014 Pasal 59", "UU 35/2014"),
				arguments("LPSK_LAW", "RF-030", witness, LocalDate.of(2014, 10, 16), "UU 13/2006", "UU 13/2006"),
				arguments("LPSK_LAW", "RF-030", witness, LocalDate.of(2014, 10, 17), "UU 13/2006 jo. UU 31/2014",
						"UU 31/2014"),
				arguments("MIGRANT_AGENCY_MANDATE", "RF-010", noReturnTicket, LocalDate.of(2019, 12, 30),
						"Perpres 81/2006 (BNP2TKI)", "Perpres 81/2006"),
				arguments("MIGRANT_AGENCY_MANDATE", "RF-010", noReturnTicket, LocalDate.of(2019, 12, 31),
						"Perpres 90/2019 (BP2MI)", "Perpres 90/2019"),
				arguments("UMRAH_ORGANISER", "DC-016", umrahOnATouristVisa, LocalDate.of(2025, 9, 4),
						"UU 8/2019 jo. UU 14/2025 Pasal 86 ayat (1) dan Pasal 87A", "UU 14/2025"));
	}

	@ParameterizedTest(name = "{0} on {3}: {4}")
	@MethodSource("datedCitations")
	void shouldCiteTheLawAsItStoodOnTheLegalDate(String key, String ruleId, Function<LocalDate, Object> caseOn,
			LocalDate date, String citation, String instrument) {
		Decision decision = Explanations.evaluate(engine, caseOn.apply(date));

		Finding finding = Explanations.finding(decision, ruleId);
		assertThat(finding.legalBasis()).contains(new Citation(citation, instrument));
		assertThat(decision.findings()).flatExtracting(Finding::legalBasis)
			.extracting(Citation::citation)
			.noneMatch((c) -> c.contains("{"));
		if (finding.agency() != null) {
			assertThat(Explanations.referral(decision, finding.agency()).legalBasis())
				.contains(new Citation(citation, instrument));
		}
	}

	@Test
	void shouldCiteOutboundTraffickingAsPasal4NeverPasal2NorKuhp455OnEitherSideOfTheKuhp() {
		Function<LocalDate, Decision> trafficking = (date) -> engine.evaluate(
				Cases.departure().with((d) -> d.date = date).interview((i) -> i.passportHeldByOther = true).build());

		for (LocalDate date : List.of(KUHP_EVE, KUHP_DAY)) {
			assertThat(citations(trafficking.apply(date))).as("on %s", date)
				.contains("UU 21/2007 Pasal 4")
				.doesNotContain("UU 21/2007 Pasal 2", "UU 1/2023 (KUHP) Pasal 455");
		}
	}

	@Test
	void shouldNameTheMigrantWorkerAgencyBp2miUntilItBecameKp2mi() {
		Function<LocalDate, Referral> kp2mi = (date) -> Explanations.referral(engine.evaluate(Cases.departure((d) -> {
			d.date = date;
			d.interview((i) -> i.intendsToWork = true);
		})), Agency.KP2MI);

		assertThat(kp2mi.apply(LocalDate.of(2019, 12, 30)).agencyName()).startsWith("BNP2TKI");
		assertThat(kp2mi.apply(LocalDate.of(2019, 12, 31)).agencyName()).startsWith("BP2MI");
		assertThat(kp2mi.apply(LocalDate.of(2024, 10, 20)).agencyName()).startsWith("BP2MI").doesNotContain("KP2MI");
		assertThat(kp2mi.apply(LocalDate.of(2024, 10, 21)).agencyName()).startsWith("KP2MI");
		assertThat(kp2mi.apply(LocalDate.of(2024, 10, 20)).agency()).isEqualTo(Agency.KP2MI);
	}

	@Test
	void shouldApplyTheMoratoriumFromFirstJuly2015() {
		Function<LocalDate, Decision> domesticWorkInSaudi = (date) -> engine.evaluate(Cases.departure((d) -> {
			d.date = date;
			d.destination = "SA";
			d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
		}));

		assertThat(Explanations.ruleIds(domesticWorkInSaudi.apply(LocalDate.of(2015, 6, 30)))).doesNotContain("DC-013",
				"RF-005");
		assertThat(Explanations.ruleIds(domesticWorkInSaudi.apply(LocalDate.of(2015, 7, 1)))).contains("DC-013",
				"RF-005");
		assertThat(row("DC-013").validFrom()).isEqualTo(LocalDate.of(2015, 7, 1));
	}

	@Test
	void shouldCiteUu18Of2017ForTheMoratoriumOnlyOnceItWasInForce() {
		Function<LocalDate, Finding> moratorium = (date) -> Explanations
			.finding(engine.evaluate(Cases.departure((d) -> {
				d.date = date;
				d.destination = "SA";
				d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
			})), "DC-013");

		// UU 18/2017 took effect on 2017-11-22; before that UU 39/2004 Pasal 27 ayat (2)
		// closed countries to placement (the key once cited nothing then: review
		// MEDIUM-9).
		assertThat(Explanations.citations(moratorium.apply(LocalDate.of(2017, 11, 21))))
			.containsExactly("Kepmenaker 260/2015", "UU 39/2004 Pasal 27 ayat (2)");
		assertThat(Explanations.citations(moratorium.apply(LocalDate.of(2017, 11, 22))))
			.containsExactly("Kepmenaker 260/2015", "UU 18/2017 Pasal 32");
	}

	@Test
	void shouldApplyARowFromItsValidFromDateAndNotTheDayBefore() {
		Function<LocalDate, Decision> unregisteredWorker = (date) -> engine.evaluate(Cases.departure((d) -> {
			d.procedural().date = date;
			d.worker = new MigrantWorker(false, true, true, true, true);
		}));
		LocalDate uu18 = row("DC-010").validFrom();

		assertThat(uu18).isEqualTo(LocalDate.of(2017, 11, 22));
		// the Disnaker referral (RF-011) rests on UU 39/2004 before UU 18/2017
		assertThat(Explanations.ruleIds(unregisteredWorker.apply(uu18.minusDays(1)))).containsExactly("RF-011");
		assertThat(Explanations.ruleIds(unregisteredWorker.apply(uu18))).contains("DC-010", "RF-010", "RF-011");
	}

	/** Every row case of the three tables, moved to the day before its row applies. */
	static Stream<RowCase> everyRowCase() {
		return Stream.of(PassportApplicationRowsTest.rows(), DepartureRowsTest.rows(), ReferralRowsTest.rows())
			.flatMap(List::stream);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRowCase")
	void shouldNotApplyAnyRowBeforeItsValidFrom(RowCase row) {
		String source = row.source(engine.ruleset().info());
		LocalDate validFrom = engine.ruleset()
			.info()
			.rows()
			.stream()
			.filter((r) -> r.source().equals(source))
			.findFirst()
			.orElseThrow()
			.validFrom();

		Decision decision = Explanations.evaluate(engine, onDate(row.firing(), validFrom.minusDays(1)));

		assertThat(Explanations.sources(decision)).doesNotContain(source);
	}

	@Test
	void shouldCountAgeAtTheLegalDateTheDayBeforeAndOnThe18thBirthday() {
		for (String ruleId : List.of("PA-011", "PA-040", "DC-015")) {
			assertThat(Explanations.ruleIds(minorCase(ruleId, DAY.plusDays(1)))).as("%s the day before", ruleId)
				.contains(ruleId);
			assertThat(Explanations.ruleIds(minorCase(ruleId, DAY))).as("%s on the 18th birthday", ruleId)
				.doesNotContain(ruleId);
		}
	}

	@Test
	void shouldReportTheAgeItComputedAtTheLegalDate() {
		Decision decision = minorCase("PA-040", DAY.plusDays(1));

		assertThat(Explanations.finding(decision, "PA-040").facts()).containsEntry("age", 17);
	}

	@Test
	void shouldTreatAPassportAsValidThroughItsExpiryDate() {
		Function<LocalDate, Decision> expiringOn = (expiry) -> engine
			.evaluate(Cases.departure((d) -> d.expiry = expiry));

		assertThat(expiringOn.apply(DAY).findings()).isEmpty();
		assertThat(Explanations.ruleIds(expiringOn.apply(DAY.minusDays(1)))).containsExactly("DC-001");
	}

	@Test
	void shouldRefuseWhileAnIssuanceSuspensionRunsThroughItsLastDay() {
		Function<LocalDate, Decision> suspendedUntil = (until) -> engine
			.evaluate(Cases.passport((p) -> p.person.suspendedUntil = until));

		assertThat(Explanations.ruleIds(suspendedUntil.apply(DAY.plusDays(30)))).containsExactly("PA-002");
		assertThat(Explanations.ruleIds(suspendedUntil.apply(DAY))).containsExactly("PA-002");
		assertThat(suspendedUntil.apply(DAY.minusDays(1)).findings()).isEmpty();
	}

	@Test
	void shouldTakeTodayInJakartaAsTheLegalDateWhenTheRequestGivesNone() {
		Ruleset ruleset = engine.ruleset();
		// 2026-01-01T17:00Z is already 2026-01-02 00:00 in Asia/Jakarta (UTC+7).
		DecisionEngine atMidnightInJakarta = new DecisionEngine(ruleset,
				Clock.fixed(Instant.parse("2026-01-01T17:00:00Z"), ZoneOffset.UTC));
		DecisionEngine aSecondBefore = new DecisionEngine(ruleset,
				Clock.fixed(Instant.parse("2026-01-01T16:59:59Z"), ZoneOffset.UTC));
		Departure undated = Cases.departure()
			.with((d) -> d.date = null)
			.with((d) -> d.accompaniedBy = Companion.UNRELATED_ESCORT)
			.interview((i) -> i.recruiterPresent = true)
			.build();

		Decision after = atMidnightInJakarta.evaluate(undated);
		Decision before = aSecondBefore.evaluate(undated);

		assertThat(after.legalDate()).isEqualTo(KUHP_DAY);
		assertThat(before.legalDate()).isEqualTo(KUHP_EVE);
		assertThat(citations(after)).contains("UU 1/2023 (KUHP) Pasal 457");
		assertThat(citations(before)).contains("UU 6/2011 Pasal 120 ayat (1)");
	}

	/** A 17-year-old (18 on {@code birthday}) in the case that fires {@code ruleId}. */
	private static Decision minorCase(String ruleId, LocalDate birthday) {
		return switch (ruleId) {
			case "PA-011" -> engine.evaluate(Cases.passport((p) -> {
				p.purpose = Purpose.WORK;
				p.person.turns18On(birthday);
				p.documents(DocumentType.DISNAKER_RECOMMENDATION, DocumentType.HEALTH_CERTIFICATE,
						DocumentType.PARENTAL_CONSENT);
			}));
			case "PA-040" -> engine.evaluate(Cases.passport((p) -> p.person.turns18On(birthday)));
			case "DC-015" -> engine.evaluate(Cases.departure((d) -> {
				d.person.turns18On(birthday);
				d.accompaniedBy = Companion.NONE;
				d.visa = VisaType.TOURIST;
				d.interview((i) -> i.sector = JobSector.HOSPITALITY);
			}));
			default -> throw new IllegalArgumentException(ruleId);
		};
	}

	private static List<String> citations(Decision decision) {
		return decision.findings().stream().flatMap((f) -> Explanations.citations(f).stream()).toList();
	}

	private static RulesetInfo.Row row(String ruleId) {
		return engine.ruleset()
			.info()
			.rows()
			.stream()
			.filter((r) -> r.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow();
	}

	/** The same request on another legal date. */
	static Object onDate(Object request, LocalDate date) {
		if (request instanceof PassportApplication p) {
			return new PassportApplication(p.applicationId(), date, p.applicationType(), p.person(), p.statedPurpose(),
					p.destinationCountry(), p.documents(), p.documentFindings(), p.interview());
		}
		Departure d = (Departure) request;
		return new Departure(d.checkId(), date, d.checkpoint(), d.person(), d.travelDocument(),
				d.passengerAnalysisFlag(), d.statedPurpose(), d.destinationCountry(), d.transitCountries(),
				d.visaType(), d.returnTicket(), d.migrantWorker(), d.accompaniedBy(), d.interview());
	}

}
