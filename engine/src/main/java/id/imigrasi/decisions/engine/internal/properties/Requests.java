package id.imigrasi.decisions.engine.internal.properties;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.request.Required;

/**
 * Writes a case of the case space as a real request body (SPEC 3): a valid baseline case,
 * then each chosen fact at its JSON path. A fact computed from others is written through
 * what it is computed from: an age as a birth date, an expired passport as an expiry
 * date, "interviewed" as an interview, list membership as a real destination and transit
 * countries ({@link Countries}). Every derived fact of the model needs a way in here; a
 * test fails when one is added without it.
 */
final class Requests {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Derived facts this class can write; see {@link #derived}. */
	static final Set<String> DERIVED = Set.of("age", "legalDate", "travelDocumentExpired", "issuanceSuspended",
			"interviewed", "jobOffered", "routeCountries", "destinationLists", "routeLists",
			"landBorderPostTowardDestination");

	/** What a string no cell names is written as. */
	static final String ANOTHER_TEXT = "Lainnya";

	private Requests() {
	}

	/**
	 * A case with nothing to find: an adult tourist with a return ticket to a country on
	 * no list.
	 */
	static ObjectNode baseline(DecisionService service, LocalDate date, String destination) {
		ObjectNode person = NODES.objectNode();
		person.put("nik", "3201010101900001");
		person.put("birthDate", date.minusYears(35).minusMonths(2).toString());
		person.put("sex", "M");
		person.putObject("domicile").put("province", "Jawa Barat").put("regency", "Bandung");
		person.put("occupation", "EMPLOYEE");
		person.putObject("watchlist").put("preventionListMatch", false).put("wantedForInvestigation", false);
		ObjectNode json = NODES.objectNode();
		if (service == DecisionService.DEPARTURE) {
			json.put("checkId", "PROP-CASE");
			json.put("checkDate", date.toString());
			json.put("checkpoint", "CGK");
			json.set("person", person);
			json.putObject("travelDocument")
				.put("type", "PASSPORT")
				.put("number", "X1234567")
				.put("expiryDate", date.plusYears(5).toString());
			json.put("statedPurpose", "TOURISM");
			json.put("destinationCountry", destination);
			json.put("visaType", "TOURIST");
			json.put("returnTicket", true);
		}
		else {
			json.put("applicationId", "PROP-CASE");
			json.put("applicationDate", date.toString());
			json.put("applicationType", "NEW");
			json.set("person", person);
			json.put("statedPurpose", "TOURISM");
			json.put("destinationCountry", destination);
			json.putArray("documents").add("KTP").add("KK");
			json.putObject("documentFindings")
				.put("suspectedForgery", false)
				.put("dataMismatch", false)
				.put("falseStatementProven", false)
				.put("duplicateIdentityFound", false);
		}
		return json;
	}

	/** The request body of a complete case of the space. */
	static ObjectNode build(Space space, Object[] world) {
		ObjectNode json = space.baselineJson().deepCopy();
		LocalDate date = space.date();
		json.put(space.service().legalDateField(), date.toString());
		for (Dim dim : space.dims()) {
			if (isPresenceFlag(dim.property()) && !dim.isMembership()) {
				String object = dim.property().path().derivedFrom()[0];
				if (Boolean.TRUE.equals(world[dim.index()])) {
					object(json, object);
				}
				else {
					remove(json, object);
				}
			}
		}
		Countries.Route route = (space.countries() != null) ? space.countries().route(world) : null;
		if (route != null) {
			json.put("destinationCountry", route.destination());
			if (route.destination() == null) {
				json.remove("destinationCountry");
			}
			if (!route.transits().isEmpty()) {
				ArrayNode transits = json.putArray("transitCountries");
				route.transits().forEach(transits::add);
			}
		}
		for (Dim dim : space.dims()) {
			Object value = world[dim.index()];
			String path = dim.path();
			if (Countries.PATHS.contains(path) || (isPresenceFlag(dim.property()) && !dim.isMembership())
					|| java.util.Objects.equals(value, dim.baseline())) {
				continue; // written already, or as the baseline has it
			}
			if (dim.property().path().derivedFrom().length > 0) {
				derived(json, dim, value, date, space);
			}
			else if (dim.isMembership()) {
				ArrayNode items = (json.at(pointer(path)) instanceof ArrayNode array) ? array : array(json, path);
				for (Iterator<JsonNode> it = items.iterator(); it.hasNext();) {
					if (it.next().asText().equals(dim.element())) {
						it.remove();
					}
				}
				if (Boolean.TRUE.equals(value)) {
					items.add(dim.element());
				}
			}
			else if (value == null) {
				remove(json, path);
			}
			else if (!(Boolean.FALSE.equals(value) && dim.property().type() == boolean.class
					&& json.at(pointer(path)).isMissingNode())) {
				set(json, path, Countries.ANOTHER.equals(value) ? ANOTHER_TEXT : value);
			}
		}
		fillRequired(json, space.service().requestType());
		return json;
	}

	/** Writes a derived fact through what it is computed from. */
	private static void derived(ObjectNode json, Dim dim, Object value, LocalDate date, Space space) {
		switch (dim.path()) {
			case "age" -> {
				if (!value.equals(dim.baseline())) {
					set(json, "person.birthDate", date.minusYears((Integer) value).minusMonths(2).toString());
				}
			}
			case "legalDate" -> {
				// the request's date is the space's date
			}
			case "travelDocumentExpired" -> set(json, "travelDocument.expiryDate",
					Boolean.TRUE.equals(value) ? date.minusDays(1).toString() : date.plusYears(5).toString());
			case "issuanceSuspended" -> {
				if (Boolean.TRUE.equals(value)) {
					set(json, "person.watchlist.issuanceSuspendedUntil", date.plusDays(90).toString());
				}
				else {
					remove(json, "person.watchlist.issuanceSuspendedUntil");
				}
			}
			case "landBorderPostTowardDestination" -> {
				// at a land-border post whose neighbour is the destination, no transit
				if (Boolean.TRUE.equals(value)) {
					Map.Entry<String, String> post = space.borderPosts()
						.entrySet()
						.stream()
						.findFirst()
						.orElseThrow(() -> new CannotBuild(dim.path() + " (no land-border post on " + date + ")"));
					json.put("checkpoint", post.getKey());
					json.put("destinationCountry", post.getValue());
					json.remove("transitCountries");
				}
			}
			default -> throw new CannotBuild(dim.path());
		}
	}

	/** A derived fact this class has no way to write into a request. */
	static final class CannotBuild extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CannotBuild(String path) {
			super("no way to write the derived fact '" + path + "' into a request (Requests.DERIVED)");
		}

	}

	/** A yes/no fact saying whether an optional part of the request is there. */
	static boolean isPresenceFlag(FactCatalog.Property property) {
		return property.type() == boolean.class && property.path().derivedFrom().length == 1
				&& !property.path().derivedFrom()[0].equals(property.path().value());
	}

	/** The request record of a body; Jackson reads it as the API's strict reader does. */
	static CaseRequest toRequest(DecisionService service, ObjectNode json) {
		try {
			return JSON.treeToValue(json, service.requestType());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The case does not make a valid request: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Fills what a request must have in every part the case added, e.g. migrantWorker.
	 */
	static void fillRequired(ObjectNode json, Class<?> recordType) {
		for (RecordComponent component : recordType.getRecordComponents()) {
			JsonNode value = json.get(component.getName());
			if ((value == null || value.isNull()) && component.isAnnotationPresent(Required.class)
					&& component.getType() == Boolean.class) {
				json.put(component.getName(), false);
			}
			else if (value instanceof ObjectNode object && component.getType().isRecord()) {
				fillRequired(object, component.getType());
			}
			else if (value instanceof ArrayNode && component.getGenericType() instanceof ParameterizedType) {
				// lists of values: nothing to fill
			}
		}
	}

	static String pointer(String path) {
		return "/" + path.replace('.', '/');
	}

	private static ObjectNode object(ObjectNode json, String path) {
		ObjectNode node = json;
		for (String segment : path.split("\\.")) {
			JsonNode child = node.get(segment);
			node = (child instanceof ObjectNode object) ? object : node.putObject(segment);
		}
		return node;
	}

	private static ArrayNode array(ObjectNode json, String path) {
		int dot = path.lastIndexOf('.');
		ObjectNode parent = (dot < 0) ? json : object(json, path.substring(0, dot));
		return parent.putArray(path.substring(dot + 1));
	}

	private static void set(ObjectNode json, String path, Object value) {
		int dot = path.lastIndexOf('.');
		ObjectNode parent = (dot < 0) ? json : object(json, path.substring(0, dot));
		String field = path.substring(dot + 1);
		if (value instanceof Boolean b) {
			parent.put(field, b);
		}
		else if (value instanceof Integer i) {
			parent.put(field, i);
		}
		else {
			parent.put(field, String.valueOf(value));
		}
	}

	private static void remove(ObjectNode json, String path) {
		int dot = path.lastIndexOf('.');
		JsonNode parent = (dot < 0) ? json : json.at(pointer(path.substring(0, dot)));
		if (parent instanceof ObjectNode object) {
			object.remove(path.substring(dot + 1));
		}
	}

}
