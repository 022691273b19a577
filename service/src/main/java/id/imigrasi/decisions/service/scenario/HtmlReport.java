package id.imigrasi.decisions.service.scenario;

import java.util.Map;

/**
 * The run as one self-contained HTML page a trainer can open offline or mail: no scripts,
 * fonts or style sheets from elsewhere. Same content as the text report, plus every
 * scenario's story and the full coverage table with unreached rows highlighted.
 */
public final class HtmlReport {

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2em;color:#1b1b1b;max-width:75em}
			h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
			table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
			th{background:#f0f0f0}.pass{color:#11661f;font-weight:bold}.fail{color:#b00020;font-weight:bold}
			tr.unreached td{background:#ffe0e0}details{margin:.3em 0;padding:.3em .6em;border:1px solid #ddd;border-radius:4px}
			details.failed{border-color:#b00020;background:#fff5f5}summary{cursor:pointer}
			.story{font-style:italic;margin:.4em 0}.mono{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
			ul.explain{margin:.2em 0 .2em 1.2em;padding:0}ul.explain li{list-style:none}
			.diff{color:#b00020}.summary{font-size:1.1em}
			""";

	private HtmlReport() {
	}

	public static String render(ScenarioRun run) {
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<title>Laporan skenario pelatihan</title>\n<style>")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n");
		html.append("<h1>Laporan skenario pelatihan (scenario report)</h1>\n");
		html.append("<p class=\"summary\">")
			.append(run.passed() ? "<span class=\"pass\">SEMUA LULUS</span>"
					: "<span class=\"fail\">ADA YANG GAGAL</span>")
			.append(": ")
			.append(run.passedCount())
			.append(" lulus (passed), ")
			.append(run.failedCount())
			.append(" gagal (failed), ")
			.append(run.problems().size())
			.append(" masalah berkas (file problems). Cakupan baris: ")
			.append(run.coverage().percent())
			.append(" %.</p>\n");
		html.append("<p>Sumber: <span class=\"mono\">")
			.append(esc(run.source()))
			.append("</span>; aturan versi <span class=\"mono\">")
			.append(esc(run.ruleset().version()))
			.append("</span>, sha256 <span class=\"mono\">")
			.append(esc(run.ruleset().sha256()))
			.append("</span>. Mesin ini memberi saran; petugas yang memutuskan.</p>\n");
		folders(run, html);
		if (!run.problems().isEmpty()) {
			html.append("<h2>Masalah pada berkas skenario</h2>\n<ul>\n");
			for (ScenarioProblem problem : run.problems()) {
				html.append("<li class=\"mono\">").append(esc(problem.toString())).append("</li>\n");
			}
			html.append("</ul>\n");
		}
		html.append("<h2>Skenario</h2>\n");
		for (ScenarioResult result : run.results()) {
			scenario(result, html);
		}
		coverage(run.coverage(), html);
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private static void folders(ScenarioRun run, StringBuilder html) {
		html.append("<h2>Skenario per folder</h2>\n<table>\n<tr><th>Folder</th><th>Jumlah</th></tr>\n");
		for (Map.Entry<String, Integer> folder : run.countsByFolder().entrySet()) {
			html.append("<tr><td class=\"mono\">")
				.append(esc(folder.getKey()))
				.append("</td><td>")
				.append(folder.getValue())
				.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void scenario(ScenarioResult result, StringBuilder html) {
		Scenario scenario = result.scenario();
		html.append(result.passed() ? "<details>" : "<details open class=\"failed\">")
			.append("<summary>")
			.append(result.passed() ? "<span class=\"pass\">PASS</span> " : "<span class=\"fail\">FAIL</span> ")
			.append("<b>")
			.append(esc(scenario.id()))
			.append("</b> \u2014 ")
			.append(esc(scenario.title()))
			.append("</summary>\n");
		html.append("<p class=\"story\">").append(esc(scenario.story())).append("</p>\n");
		html.append("<p class=\"mono\">")
			.append(esc(scenario.service().path()))
			.append(" \u00b7 ")
			.append(esc(scenario.file() + ":" + scenario.line()))
			.append("</p>\n");
		html.append("<p>Harapan paket (expected): ").append(esc(expectation(scenario.expect()))).append("</p>\n");
		if (!result.passed()) {
			html.append("<p>Perbedaan (expected vs actual):</p>\n<ul>\n");
			for (Mismatch mismatch : result.mismatches()) {
				html.append("<li class=\"diff\">").append(esc(mismatch.toString())).append("</li>\n");
			}
			html.append("</ul>\n");
		}
		html.append("<ul class=\"explain\">\n");
		for (Explanation.Line line : Explanation.of(result.decision())) {
			html.append("<li style=\"margin-left:")
				.append(line.depth() * 1.5)
				.append("em\">")
				.append(esc(line.text()))
				.append("</li>\n");
		}
		html.append("</ul>\n</details>\n");
	}

	/** The pack's expectations in one line, so a trainer sees what was checked. */
	static String expectation(Expectation expect) {
		StringBuilder text = new StringBuilder();
		text.append("recommendation ").append(expect.recommendation());
		text.append("; findings ").append(expect.findings());
		if (!expect.notFindings().isEmpty()) {
			text.append("; notFindings ").append(expect.notFindings());
		}
		text.append("; referrals ").append(expect.referrals());
		if (!expect.urgency().isEmpty()) {
			text.append("; urgency ").append(expect.urgency());
		}
		if (!expect.citations().isEmpty()) {
			text.append("; citations ").append(expect.citations());
		}
		if (!expect.notCitations().isEmpty()) {
			text.append("; notCitations ").append(expect.notCitations());
		}
		return text.toString();
	}

	private static void coverage(Coverage coverage, StringBuilder html) {
		html.append("<h2>Cakupan baris tabel keputusan (row coverage): ")
			.append(coverage.reachedCount())
			.append(" dari ")
			.append(coverage.rows().size())
			.append(" baris, ")
			.append(coverage.percent())
			.append(" %</h2>\n");
		html.append("<table>\n<tr><th>ID aturan</th><th>Tabel</th><th>Sel</th><th>Hasil</th>")
			.append("<th>Alasan</th><th>Skenario yang mencapainya</th></tr>\n");
		for (Coverage.RowCoverage row : coverage.rows()) {
			html.append(row.reached() ? "<tr>" : "<tr class=\"unreached\">")
				.append("<td>")
				.append(esc(row.row().ruleId()))
				.append("</td><td>")
				.append(esc(row.row().table()))
				.append("</td><td class=\"mono\">")
				.append(esc(row.row().source()))
				.append("</td><td>")
				.append(esc(row.row().outcome()))
				.append("</td><td>")
				.append(esc(row.row().reasonId()))
				.append("</td><td>")
				.append(row.reached() ? esc(String.join(", ", row.scenarioIds()))
						: "<b>TIDAK TERCAPAI</b> (no scenario reaches this row)")
				.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
