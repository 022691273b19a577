package id.imigrasi.decisions.engine.internal.tables;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The dated lists of {@code lists.xlsx}: country lists (destination risk list, the
 * Kepmenaker 260/2015 moratorium), citations that change with the date (SPEC 2.6), agency
 * display names (BNP2TKI, BP2MI, KP2MI) and the land-border posts where a Pas Lintas
 * Batas is valid. Each entry keeps the cell it came from. Columns are found by the
 * English line of their captions, so staff may add columns (a country's name beside its
 * code) without breaking the reading.
 */
public final class ReferenceLists {

	public static final String FILE = "lists.xlsx";

	public static final String COUNTRIES_SHEET = "Daftar Negara";

	public static final String CITATIONS_SHEET = "Rujukan Hukum";

	public static final String AGENCIES_SHEET = "Instansi";

	/**
	 * Land-border posts (PLBN) and their neighbouring country; optional in older lists.
	 */
	public static final String BORDER_POSTS_SHEET = "Pos Lintas Batas";

	/**
	 * The dates each instrument was in force (instrument, valid from, valid to);
	 * optional: without it the property check can date only the keyed citations.
	 */
	public static final String INSTRUMENTS_SHEET = "Instrumen";

	/** A country on a list. */
	public record CountryEntry(String list, String country, LocalDate from, LocalDate to, CellRef source) {
	}

	/** One dated text of a citation key such as {@code TPPO_OFFENCE}. */
	public record CitationEntry(String key, String citation, String instrument, LocalDate from, LocalDate to,
			CellRef source) {
	}

	/** One dated display name of an agency code. */
	public record AgencyEntry(String code, String name, LocalDate from, LocalDate to, CellRef source) {
	}

	/**
	 * A land-border post: the checkpoint code calling systems send, and the neighbouring
	 * country a Pas Lintas Batas crosses to there.
	 */
	public record BorderPost(String code, String name, String neighbour, LocalDate from, LocalDate to, CellRef source) {
	}

	/** The dates an instrument (a law, a regulation, a circular) was in force. */
	public record InstrumentEntry(String instrument, LocalDate from, LocalDate to, CellRef source) {
	}

	/** A row that could not be read, for the validator to report. */
	public record Unreadable(CellRef cell, String value, String problem) {
	}

	private final List<CountryEntry> countries;

	/**
	 * The entries of each country: every decision looks its route up here (bench: 7 %).
	 */
	private final Map<String, List<CountryEntry>> countriesByCode;

	/**
	 * The lists of every country, once per stretch of dates in which no entry starts or
	 * ends: a decision's look-up is a binary search and a map read (issue 18).
	 */
	private final DatedIndex<Map<String, Set<String>>> listsByDate;

	private final Map<String, List<CitationEntry>> citationsByKey;

	private final Map<String, List<AgencyEntry>> agenciesByCode;

	private final List<CitationEntry> citations;

	private final List<AgencyEntry> agencies;

	private final List<BorderPost> borderPosts;

	private final List<InstrumentEntry> instruments;

	private final List<Unreadable> unreadable;

	private final List<String> missingSheets;

	private final List<String> missingOptionalSheets;

	private ReferenceLists(List<CountryEntry> countries, List<CitationEntry> citations, List<AgencyEntry> agencies,
			List<BorderPost> borderPosts, List<InstrumentEntry> instruments, List<Unreadable> unreadable,
			List<String> missingSheets, List<String> missingOptionalSheets) {
		this.countries = List.copyOf(countries);
		this.countriesByCode = this.countries.stream()
			.filter((entry) -> entry.country() != null)
			.collect(Collectors.groupingBy(CountryEntry::country));
		this.citations = List.copyOf(citations);
		this.agencies = List.copyOf(agencies);
		this.borderPosts = List.copyOf(borderPosts);
		this.instruments = List.copyOf(instruments);
		this.listsByDate = DatedIndex.of(
				this.countries.stream().map((c) -> new LocalDate[] { c.from(), c.to() }).toList(),
				(date) -> listsOn(date));
		this.citationsByKey = this.citations.stream()
			.filter((entry) -> entry.key() != null)
			.collect(Collectors.groupingBy(CitationEntry::key));
		this.agenciesByCode = this.agencies.stream()
			.filter((entry) -> entry.code() != null)
			.collect(Collectors.groupingBy(AgencyEntry::code));
		this.unreadable = List.copyOf(unreadable);
		this.missingSheets = List.copyOf(missingSheets);
		this.missingOptionalSheets = List.copyOf(missingOptionalSheets);
	}

	public static ReferenceLists read(String file, byte[] bytes) throws IOException {
		List<CountryEntry> countries = new ArrayList<>();
		List<CitationEntry> citations = new ArrayList<>();
		List<AgencyEntry> agencies = new ArrayList<>();
		List<BorderPost> posts = new ArrayList<>();
		List<InstrumentEntry> instruments = new ArrayList<>();
		List<Unreadable> unreadable = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> missingOptional = new ArrayList<>();
		try (Workbook workbook = WorkbookReader.open(file, bytes)) {
			forEachRow(workbook, file, COUNTRIES_SHEET, List.of("list code", "country (iso 3166-1)"), missing,
					unreadable,
					(cells, from, to, source) -> countries.add(new CountryEntry(cells[0], cells[1], from, to, source)));
			forEachRow(workbook, file, CITATIONS_SHEET, List.of("key", "citation", "instrument"), missing, unreadable,
					(cells, from, to, source) -> citations.add(new CitationEntry(cells[0], cells[1],
							(cells[2] != null) ? cells[2] : cells[1], from, to, source)));
			forEachRow(workbook, file, AGENCIES_SHEET, List.of("code", "name"), missing, unreadable,
					(cells, from, to, source) -> agencies.add(new AgencyEntry(cells[0], cells[1], from, to, source)));
			forEachRow(workbook, file, BORDER_POSTS_SHEET,
					List.of("checkpoint code (tpi)", "post", "neighbour country (iso 3166-1)"), missingOptional,
					unreadable, (cells, from, to, source) -> posts
						.add(new BorderPost(cells[0], cells[1], cells[2], from, to, source)));
			if (workbook.getSheet(INSTRUMENTS_SHEET) != null) {
				forEachRow(workbook, file, INSTRUMENTS_SHEET, List.of("instrument"), missing, unreadable,
						(cells, from, to, source) -> instruments.add(new InstrumentEntry(cells[0], from, to, source)));
			}
		}
		return new ReferenceLists(countries, citations, agencies, posts, instruments, unreadable, missing,
				missingOptional);
	}

	private interface RowSink {

		void accept(String[] cells, LocalDate from, LocalDate to, CellRef source);

	}

	/**
	 * Reads rows below the header: the named columns (by the English line of their
	 * caption, lower case), then Valid from / Valid to. A column without such a caption
	 * is read where the first layout of the sheet had it: the named ones first, then the
	 * two dates.
	 */
	private static void forEachRow(Workbook workbook, String file, String sheetName, List<String> captions,
			List<String> missing, List<Unreadable> unreadable, RowSink sink) {
		Sheet sheet = workbook.getSheet(sheetName);
		if (sheet == null) {
			missing.add(sheetName);
			return;
		}
		List<String> wanted = new ArrayList<>(captions);
		wanted.add("valid from");
		wanted.add("valid to");
		int[] columns = columns(sheet.getRow(0), wanted);
		int width = captions.size();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			String[] cells = new String[width];
			boolean any = false;
			for (int c = 0; c < width; c++) {
				cells[c] = Cells.text(row.getCell(columns[c]));
				any |= cells[c] != null;
			}
			String fromText = Cells.text(row.getCell(columns[width]));
			String toText = Cells.text(row.getCell(columns[width + 1]));
			if (!any && fromText == null && toText == null) {
				continue;
			}
			CellRef source = new CellRef(file, sheetName, Cells.address(row.getRowNum(), columns[0]));
			LocalDate from = date(fromText, file, sheetName, row.getRowNum(), columns[width], unreadable);
			LocalDate to = date(toText, file, sheetName, row.getRowNum(), columns[width + 1], unreadable);
			sink.accept(cells, from, to, source);
		}
	}

	/** Where each wanted caption is, by position if the header does not name it. */
	private static int[] columns(Row header, List<String> wanted) {
		int[] columns = new int[wanted.size()];
		for (int i = 0; i < wanted.size(); i++) {
			columns[i] = i;
			if (header == null) {
				continue;
			}
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String caption = Cells.text(header.getCell(c));
				if (caption != null && englishLine(caption).equals(wanted.get(i))) {
					columns[i] = c;
					break;
				}
			}
		}
		return columns;
	}

	/**
	 * The caption's last line, lower case: {@code Berlaku sejak\nValid from} → valid
	 * from.
	 */
	static String englishLine(String caption) {
		String[] lines = caption.split("\n");
		return lines[lines.length - 1].strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static LocalDate date(String text, String file, String sheet, int row, int column,
			List<Unreadable> unreadable) {
		if (text == null) {
			return null;
		}
		LocalDate date = Cells.date(text);
		if (date == null) {
			unreadable.add(new Unreadable(new CellRef(file, sheet, Cells.address(row, column)), text,
					"not a date; write it as YYYY-MM-DD"));
		}
		return date;
	}

	/**
	 * Codes of the lists the country is on at the date, e.g. {@code [DESTINATION_RISK]}.
	 */
	public Set<String> listsOf(String country, LocalDate date) {
		return this.listsByDate.on(date).getOrDefault(country, Set.of());
	}

	/** Every country on a list at the date, with its lists (sorted, unmodifiable). */
	private Map<String, Set<String>> listsOn(LocalDate date) {
		Map<String, Set<String>> lists = new HashMap<>();
		this.countriesByCode.forEach((country, entries) -> {
			Set<String> on = new TreeSet<>();
			for (CountryEntry entry : entries) {
				if (applies(entry.from(), entry.to(), date)) {
					on.add(entry.list());
				}
			}
			if (!on.isEmpty()) {
				lists.put(country, Collections.unmodifiableSortedSet((TreeSet<String>) on));
			}
		});
		return Map.copyOf(lists);
	}

	public Optional<CitationEntry> citation(String key, LocalDate date) {
		for (CitationEntry entry : this.citationsByKey.getOrDefault(key, List.of())) {
			if (applies(entry.from(), entry.to(), date)) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	public Optional<String> agencyName(String code, LocalDate date) {
		for (AgencyEntry entry : this.agenciesByCode.getOrDefault(code, List.of())) {
			if (applies(entry.from(), entry.to(), date)) {
				return Optional.of(entry.name());
			}
		}
		return Optional.empty();
	}

	/**
	 * The neighbouring country of the land-border post a checkpoint code names on the
	 * date, or null when the code names no post in force then.
	 */
	public String landBorderNeighbour(String checkpoint, LocalDate date) {
		return this.borderPosts.stream()
			.filter((p) -> checkpoint.equals(p.code()) && applies(p.from(), p.to(), date))
			.map(BorderPost::neighbour)
			.findFirst()
			.orElse(null);
	}

	public Set<String> listCodes() {
		Set<String> codes = new TreeSet<>();
		this.countries.forEach((c) -> codes.add(c.list()));
		return codes;
	}

	public Set<String> citationKeys() {
		Set<String> keys = new TreeSet<>();
		this.citations.forEach((c) -> keys.add(c.key()));
		return keys;
	}

	public List<CountryEntry> countries() {
		return this.countries;
	}

	public List<CitationEntry> citations() {
		return this.citations;
	}

	public List<AgencyEntry> agencies() {
		return this.agencies;
	}

	public List<BorderPost> borderPosts() {
		return this.borderPosts;
	}

	/** The dated instruments of the Instrumen sheet; empty without the sheet. */
	public List<InstrumentEntry> instruments() {
		return this.instruments;
	}

	/** Whether lists.xlsx dates its instruments (sheet Instrumen). */
	public boolean datesInstruments() {
		return !this.instruments.isEmpty();
	}

	public List<Unreadable> unreadable() {
		return this.unreadable;
	}

	public List<String> missingSheets() {
		return this.missingSheets;
	}

	/** Sheets older lists lack and the engine can do without (Pos Lintas Batas). */
	public List<String> missingOptionalSheets() {
		return this.missingOptionalSheets;
	}

	private static boolean applies(LocalDate from, LocalDate to, LocalDate date) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

}
