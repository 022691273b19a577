package id.imigrasi.decisions.service.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON answer shown as a page shows a report: an object as labelled values, a list of
 * objects as a table with a column per member, a list of values as one line. For answers
 * the console shows without knowing their shape in advance (the impact report of a
 * candidate ruleset).
 *
 * @param kind {@code value}, {@code object}, {@code table} or {@code list}
 */
record JsonView(String kind, String text, List<Entry> entries, List<String> columns, List<List<JsonView>> rows,
		List<JsonView> items) {

	/** A member of an object. */
	record Entry(String key, JsonView value) {
	}

	static JsonView of(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return value("–");
		}
		if (node.isObject()) {
			List<Entry> entries = new ArrayList<>();
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				entries.add(new Entry(member.getKey(), of(member.getValue())));
			}
			return new JsonView("object", null, entries, List.of(), List.of(), List.of());
		}
		if (node.isArray()) {
			boolean objects = !node.isEmpty();
			Set<String> columns = new LinkedHashSet<>();
			for (JsonNode item : node) {
				if (!item.isObject()) {
					objects = false;
				}
				else {
					item.fieldNames().forEachRemaining(columns::add);
				}
			}
			if (objects) {
				List<List<JsonView>> rows = new ArrayList<>();
				for (JsonNode item : node) {
					List<JsonView> row = new ArrayList<>();
					for (String column : columns) {
						row.add(of(item.get(column)));
					}
					rows.add(row);
				}
				return new JsonView("table", null, List.of(), List.copyOf(columns), rows, List.of());
			}
			List<JsonView> items = new ArrayList<>();
			node.forEach((item) -> items.add(of(item)));
			return new JsonView("list", null, List.of(), List.of(), List.of(), items);
		}
		return value(node.asText());
	}

	private static JsonView value(String text) {
		return new JsonView("value", text, List.of(), List.of(), List.of(), List.of());
	}

}
