package id.imigrasi.decisions.engine.internal.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.RowMatch;

/**
 * SPEC 2.5: sex, age, domicile region, religion and occupation may raise triage but must
 * never be the only grounds of a restrictive outcome, as UU 6/2011 Pasal 2 guarantees the
 * right to travel. Which properties those are is marked in the fact model
 * ({@code @FactPath(triageOnly = true)}). A legal threshold such as the migrant-worker
 * minimum age counts only with the purpose it applies to, and purpose is not triage-only,
 * so {@code age < 18} with purpose WORK passes.
 */
final class DiscriminationCheck {

	private DiscriminationCheck() {
	}

	static void check(RuleTable table, Problems problems) {
		RuleColumn outcomeColumn = table.metaColumn("outcome");
		if (outcomeColumn == null) {
			return;
		}
		for (RuleRow row : table.rows()) {
			Outcome outcome = parse(row.cell(outcomeColumn));
			if (outcome == null || !outcome.restrictive()) {
				continue;
			}
			Set<String> triage = new LinkedHashSet<>();
			Set<String> triageId = new LinkedHashSet<>();
			boolean otherGround = false;
			boolean anyCondition = false;
			for (RuleColumn column : table.conditionColumns()) {
				if (row.cell(column) == null) {
					continue;
				}
				anyCondition = true;
				Class<?> type = FactCatalog.factType(column.patternType());
				List<FactCatalog.Property> reads = FactCatalog.readBy(column.code(), type);
				if (type == RowMatch.class || reads.isEmpty()) {
					otherGround = true; // another row's grounds, or a template we cannot
										// read: not ours to judge
				}
				for (FactCatalog.Property property : reads) {
					if (property.path().triageOnly()) {
						triage.add(property.path().value());
						triageId.add(property.path().labelId().isEmpty() ? property.path().value()
								: property.path().labelId());
					}
					else {
						otherGround = true;
					}
				}
			}
			if (!anyCondition) {
				problems.error(ProblemCode.NO_CONDITION, row.cellRef(outcomeColumn),
						"Row " + StructureCheck.label(row) + " has no condition, so it would " + outcome
								+ " every case; give it its legal grounds as conditions.",
						"Baris " + StructureCheck.label(row) + " tidak punya syarat, sehingga setiap kasus akan "
								+ outcome + "; isi dasar hukumnya sebagai syarat.");
			}
			else if (!otherGround) {
				String facts = String.join(", ", triage);
				problems.error(ProblemCode.DISCRIMINATION, row.cellRef(outcomeColumn), "Row "
						+ StructureCheck.label(row) + " recommends " + outcome + " on " + facts
						+ " alone. Sex, age, region, religion, occupation and a passenger-analysis flag may only raise triage (SPEC 2.5 and 3, UU 6/2011 Pasal 2): add the legal ground it rests on, or use a triage outcome.",
						"Baris " + StructureCheck.label(row) + " merekomendasikan " + outcome + " hanya berdasarkan "
								+ String.join(", ", triageId)
								+ ". Jenis kelamin, umur, daerah, agama, pekerjaan dan tanda unit analisis penumpang hanya boleh menaikkan pemeriksaan (SPEC 2.5 dan 3, UU 6/2011 Pasal 2): tambahkan dasar hukumnya, atau pakai rekomendasi pemeriksaan.");
			}
		}
	}

	private static Outcome parse(String value) {
		try {
			return (value != null) ? Outcome.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
