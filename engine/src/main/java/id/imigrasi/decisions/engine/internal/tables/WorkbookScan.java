package id.imigrasi.decisions.engine.internal.tables;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.WorkbookLimits;

/**
 * Checks a set of workbooks against {@link WorkbookLimits} by streaming their zip
 * entries: inflated bytes are counted as they come, and sheet XML is read with a
 * streaming parser that counts {@code <row>} and {@code <c>} elements and keeps nothing.
 * A set past a limit is refused before POI builds a workbook of it; the scan itself stops
 * at the first limit passed, so a bomb is never inflated further.
 */
public final class WorkbookScan {

	private static final String WORKSHEETS = "xl/worksheets/";

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final XMLInputFactory XML = secureFactory();

	private final WorkbookLimits limits;

	private long cells;

	private long inflated;

	private WorkbookScan(WorkbookLimits limits) {
		this.limits = limits;
	}

	/** Every limit the set passes, at most one per workbook; empty when within them. */
	public static List<Problem> check(Map<String, byte[]> workbooks, WorkbookLimits limits) {
		WorkbookScan scan = new WorkbookScan(limits);
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, byte[]> workbook : new TreeMap<>(workbooks).entrySet()) {
			try {
				scan.workbook(workbook.getKey(), workbook.getValue());
			}
			catch (Refused refused) {
				problems.add(refused.problem);
				if (refused.wholeSet) {
					break;
				}
			}
		}
		return problems;
	}

	private void workbook(String file, byte[] bytes) throws Refused {
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			throw Refused.file(ProblemCode.UNREADABLE_WORKBOOK, file, null,
					"This file is not an Excel workbook (.xlsx): an .xlsx file is a zip archive.",
					"Berkas ini bukan buku kerja Excel (.xlsx): berkas .xlsx adalah arsip zip.");
		}
		Names names = new Names();
		int sheets = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			Counted entry = new Counted(zip, file, bytes.length);
			for (ZipEntry next = zip.getNextEntry(); next != null; next = zip.getNextEntry()) {
				String part = next.getName();
				if (part.startsWith(WORKSHEETS) && part.endsWith(".xml")
						&& part.indexOf('/', WORKSHEETS.length()) < 0) {
					sheets++;
					if (sheets > this.limits.sheets()) {
						throw Refused.file(ProblemCode.TOO_LARGE, file, null,
								"The workbook has more than " + this.limits.sheets()
										+ " sheets; a workbook of the decision tables may have at most "
										+ this.limits.sheets() + ".",
								"Buku kerja ini punya lebih dari " + this.limits.sheets()
										+ " sheet; buku kerja tabel keputusan paling banyak " + this.limits.sheets()
										+ " sheet.");
					}
					sheet(entry, file, names.sheetName(part));
				}
				else if (part.equals("xl/workbook.xml")) {
					names.readWorkbook(entry);
				}
				else if (part.equals("xl/_rels/workbook.xml.rels")) {
					names.readRelationships(entry);
				}
				else {
					entry.transferTo(OutputStream.nullOutputStream());
				}
			}
		}
		catch (IOException | XMLStreamException ex) {
			Refused refused = Refused.causeOf(ex);
			if (refused != null) {
				throw refused;
			}
			throw Refused.file(ProblemCode.UNREADABLE_WORKBOOK, file, null,
					"This file is not a readable Excel workbook (.xlsx): its zip or its XML is broken.",
					"Berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca: zip atau XML-nya rusak.");
		}
	}

	/** Counts one sheet's rows and cells. */
	private void sheet(InputStream in, String file, String sheet) throws XMLStreamException, Refused {
		XMLStreamReader xml = XML.createXMLStreamReader(new NotClosing(in));
		int rows = 0;
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT || !MAIN_NS.equals(xml.getNamespaceURI())) {
					continue;
				}
				String name = xml.getLocalName();
				if (name.equals("row")) {
					rows++;
					long number = rowNumber(xml.getAttributeValue(null, "r"));
					if (rows > this.limits.rowsPerSheet() || number > this.limits.rowsPerSheet()) {
						throw Refused.file(ProblemCode.TOO_LARGE, file, sheet,
								"The sheet has rows past row " + this.limits.rowsPerSheet()
										+ "; a sheet of the decision tables may have at most "
										+ this.limits.rowsPerSheet() + " rows.",
								"Sheet ini punya baris setelah baris " + this.limits.rowsPerSheet()
										+ "; sheet tabel keputusan paling banyak " + this.limits.rowsPerSheet()
										+ " baris.");
					}
				}
				else if (name.equals("c") && ++this.cells > this.limits.cells()) {
					throw Refused.set(ProblemCode.TOO_LARGE, file, sheet,
							"The workbooks have more than " + this.limits.cells()
									+ " cells together; the decision tables may have at most " + this.limits.cells()
									+ ".",
							"Buku kerja ini bersama-sama punya lebih dari " + this.limits.cells()
									+ " sel; tabel keputusan paling banyak " + this.limits.cells() + " sel.");
				}
			}
		}
		finally {
			xml.close();
		}
	}

	private static long rowNumber(String r) {
		if (r == null || r.isEmpty() || r.length() > 10) {
			return (r == null || r.isEmpty()) ? 0 : Long.MAX_VALUE;
		}
		try {
			return Long.parseLong(r);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/**
	 * The current zip entry, counting what it inflates to against the set's limit and the
	 * workbook's ratio.
	 */
	private final class Counted extends FilterInputStream {

		private final String file;

		private final long compressed;

		private long inflatedHere;

		Counted(InputStream zip, String file, long compressed) {
			super(zip);
			this.file = file;
			this.compressed = compressed;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner, not by a reader of one entry
		}

		private void count(int n) throws IOException {
			WorkbookScan.this.inflated += n;
			this.inflatedHere += n;
			long max = WorkbookScan.this.limits.uncompressedBytes();
			if (WorkbookScan.this.inflated > max) {
				throw new IOException(Refused.set(ProblemCode.TOO_LARGE, this.file, null,
						"The workbooks inflate to more than " + max
								+ " bytes together; the decision tables may take at most " + max + ".",
						"Buku kerja ini bersama-sama mengembang menjadi lebih dari " + max
								+ " bita; tabel keputusan paling banyak " + max + " bita."));
			}
			if (this.inflatedHere > WorkbookLimits.RATIO_FLOOR
					&& this.inflatedHere > WorkbookLimits.MAX_INFLATE_RATIO * this.compressed) {
				throw new IOException(Refused.file(ProblemCode.ZIP_BOMB, this.file, null,
						"The workbook inflates to more than " + WorkbookLimits.MAX_INFLATE_RATIO
								+ " times its size, as a zip bomb does and a spreadsheet does not.",
						"Buku kerja ini mengembang lebih dari " + WorkbookLimits.MAX_INFLATE_RATIO
								+ " kali ukurannya, seperti bom zip dan tidak seperti lembar kerja."));
			}
		}

	}

	/**
	 * Sheet names from {@code xl/workbook.xml} and its relationships, when read first.
	 */
	private static final class Names {

		private final Map<String, String> nameById = new HashMap<>();

		private final Map<String, String> partById = new HashMap<>();

		void readWorkbook(InputStream in) throws XMLStreamException {
			XMLStreamReader xml = XML.createXMLStreamReader(new NotClosing(in));
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
						String id = xml.getAttributeValue(REL_NS, "id");
						if (id != null) {
							this.nameById.put(id, xml.getAttributeValue(null, "name"));
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}

		void readRelationships(InputStream in) throws XMLStreamException {
			XMLStreamReader xml = XML.createXMLStreamReader(new NotClosing(in));
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
						String target = xml.getAttributeValue(null, "Target");
						if (target != null) {
							String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
							this.partById.put(xml.getAttributeValue(null, "Id"), part);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}

		/** The sheet's name, or its part in the zip when the names are not known yet. */
		String sheetName(String part) {
			for (Map.Entry<String, String> relationship : this.partById.entrySet()) {
				if (relationship.getValue().equals(part) && this.nameById.containsKey(relationship.getKey())) {
					return this.nameById.get(relationship.getKey());
				}
			}
			return part;
		}

	}

	/** A limit passed: the problem, and whether it is about the whole set. */
	private static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Problem problem;

		private final boolean wholeSet;

		private Refused(Problem problem, boolean wholeSet) {
			super(problem.message(), null, false, false);
			this.problem = problem;
			this.wholeSet = wholeSet;
		}

		static Refused file(ProblemCode code, String file, String sheet, String message, String messageId) {
			return new Refused(new Problem(Problem.Severity.ERROR, code, file, sheet, null, message, messageId), false);
		}

		static Refused set(ProblemCode code, String file, String sheet, String message, String messageId) {
			return new Refused(new Problem(Problem.Severity.ERROR, code, file, sheet, null, message, messageId), true);
		}

		static Refused causeOf(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof Refused refused) {
					return refused;
				}
			}
			return null;
		}

	}

	/** Keeps a parser's close from closing the zip. */
	private static final class NotClosing extends FilterInputStream {

		NotClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

}
