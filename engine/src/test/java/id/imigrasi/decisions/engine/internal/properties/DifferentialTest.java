package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.ApplicationType;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.DocumentFindings;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.Domicile;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.JobOffer;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.request.Occupation;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Person;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.request.TravelDocument;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;
import id.imigrasi.decisions.model.request.Watchlist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property checker's model of the tables against Drools: random requests, drawn from
 * the values the rows name and a few they do not, at random legal dates, fire the same
 * rows in the model's three-valued evaluation (every fact known) as in the engine. The
 * search is only as sound as this agreement.
 */
class DifferentialTest {

	private static final int CASES = 1500;

	/**
	 * Checkpoints: an airport, and land-border posts toward MY, TL and PG (revision 2).
	 */
	private static final String[] CHECKPOINTS = { "CGK", "ETK", "MTA", "SKW", "SBY" };

	private static Ruleset fixture;

	private static Ruleset committed;

	@BeforeAll
	static void compile() {
		fixture = Tables.compile(Tables.of0e24d9e());
		committed = Tables.compileAsDeclared(id.imigrasi.decisions.engine.Workbooks.committed());
	}

	@Test
	void shouldFireTheSameRowsAsDroolsOnRandomCases() {
		compare(fixture, new Random(20261202L), new String[] { "CGK" }, 40);
	}

	/**
	 * The committed tables, with the facts of revision 2: land-border posts (a Pas Lintas
	 * Batas toward its neighbour or elsewhere), the passenger-analysis flag, the umrah
	 * service receipt.
	 */
	@Test
	void shouldFireTheSameRowsAsDroolsOnTheCommittedTables() {
		compare(committed, new Random(20261203L), CHECKPOINTS, 50);
	}

	private static void compare(Ruleset ruleset, Random random, String[] checkpoints, int rowsReached) {
		TableModel model = TableModel.of(ruleset.workbooks());
		Map<String, Space> spaces = new HashMap<>();
		Set<String> reached = new TreeSet<>();
		List<String> disagreements = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 18));
			CaseRequest request = random.nextBoolean() ? departure(random, date, pick(random, checkpoints))
					: application(random, date);
			Decision decision = ruleset.evaluate(request, date);
			Set<String> fired = new TreeSet<>();
			decision.findings().forEach((f) -> fired.add(f.source()));
			Space space = spaces.computeIfAbsent(request.service() + "|" + date,
					(k) -> Space.build(model, request.service(), date, List.of()));
			Set<String> predicted = space.firedSources(space.worldOf(request, model.lists()));
			if (!predicted.equals(fired)) {
				disagreements.add(request + " on " + date + ": model " + predicted + ", Drools " + fired);
			}
			reached.addAll(fired);
		}

		assertThat(disagreements).isEmpty();
		assertThat(reached).as("rows the random cases reach").hasSizeGreaterThan(rowsReached);
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static Boolean maybe(Random random) {
		int r = random.nextInt(3);
		return (r == 0) ? null : r == 1;
	}

	private static Person person(Random random, LocalDate date) {
		LocalDate birth = date.minusYears(10 + random.nextInt(40)).minusDays(random.nextInt(365));
		return new Person("3201010101900001", null, birth, pick(random, Sex.values()),
				random.nextBoolean() ? new Domicile("Jawa Barat", "Indramayu") : null,
				random.nextBoolean() ? pick(random, Occupation.values()) : null,
				new Watchlist(random.nextInt(8) == 0, random.nextInt(8) == 0,
						random.nextInt(6) == 0 ? date.plusDays(random.nextInt(60) - 30) : null));
	}

	private static Interview interview(Random random) {
		if (random.nextInt(4) == 0) {
			return null;
		}
		JobOffer offer = random.nextBoolean()
				? new JobOffer(random.nextBoolean() ? pick(random, JobSector.values()) : null, maybe(random)) : null;
		return new Interview(maybe(random), maybe(random), maybe(random), offer,
				random.nextBoolean() ? pick(random, RecruitmentChannel.values()) : null, maybe(random), maybe(random),
				maybe(random), maybe(random));
	}

	private static final String[] COUNTRIES = { "FR", "MY", "SA", "KH", "MM", "LA", "TH", "DZ", "AE", "JP", "TL",
			"PG" };

	private static Departure departure(Random random, LocalDate date, String checkpoint) {
		List<String> transits = new ArrayList<>();
		for (int t = random.nextInt(4) - 1; t > 0; t--) {
			transits.add(pick(random, COUNTRIES));
		}
		MigrantWorker worker = random.nextBoolean() ? null : new MigrantWorker(random.nextBoolean(),
				random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
		return new Departure("DIFF", date, checkpoint, person(random, date),
				new TravelDocument(pick(random, TravelDocumentType.values()), "X1",
						date.plusDays(random.nextInt(400) - 30)),
				maybe(random), pick(random, Purpose.values()), pick(random, COUNTRIES),
				transits.isEmpty() ? null : transits, pick(random, VisaType.values()), random.nextBoolean(), worker,
				random.nextBoolean() ? pick(random, Companion.values()) : null, interview(random));
	}

	private static PassportApplication application(Random random, LocalDate date) {
		List<DocumentType> documents = new ArrayList<>();
		for (DocumentType type : DocumentType.values()) {
			if (random.nextBoolean()) {
				documents.add(type);
			}
		}
		return new PassportApplication("DIFF", date, pick(random, ApplicationType.values()), person(random, date),
				pick(random, Purpose.values()), random.nextInt(5) == 0 ? null : pick(random, COUNTRIES), documents,
				new DocumentFindings(random.nextInt(6) == 0, random.nextInt(6) == 0, random.nextInt(6) == 0,
						random.nextInt(6) == 0),
				interview(random));
	}

}
