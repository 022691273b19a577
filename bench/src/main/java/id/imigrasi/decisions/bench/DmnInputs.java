package id.imigrasi.decisions.bench;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.MigrantWorker;

/**
 * The input variables of {@code departure.dmn} for one traveller: the request flattened,
 * enums as their names, and the facts {@code DepartureFacts} derives for the engine (age
 * and list membership at the check date, the route through Cambodia, Myanmar or Laos,
 * whether the checkpoint is a land-border post toward the destination). Both DMN peers
 * get exactly this map, and building it is part of what they are timed for, as building
 * {@code DepartureFacts} is part of the engine's time.
 */
public final class DmnInputs {

	private DmnInputs() {
	}

	public static Map<String, Object> of(Departure d, CountryLists lists) {
		Map<String, Object> in = new HashMap<>(48);
		Interview interview = d.interview();
		MigrantWorker worker = d.migrantWorker();
		boolean interviewed = interview != null;
		in.put("travelDocumentExpired", d.travelDocument().expiryDate().isBefore(d.checkDate()));
		in.put("travelDocumentType", d.travelDocument().type().name());
		String neighbour = (d.checkpoint() != null) ? lists.landBorderPosts().get(d.checkpoint()) : null;
		in.put("landBorderPostTowardDestination", neighbour != null && neighbour.equals(d.destinationCountry())
				&& (d.transitCountries() == null || d.transitCountries().isEmpty()));
		in.put("wantedForInvestigation", d.person().watchlist().wantedForInvestigation());
		in.put("preventionListMatch", d.person().watchlist().preventionListMatch());
		in.put("statedPurpose", d.statedPurpose().name());
		in.put("intendsToWork", interviewed && Boolean.TRUE.equals(interview.intendsToWork()));
		in.put("registeredCpmi", worker != null && Boolean.TRUE.equals(worker.registeredCpmi()));
		in.put("workVisa", worker != null && Boolean.TRUE.equals(worker.workVisa()));
		in.put("placementAgreement", worker != null && Boolean.TRUE.equals(worker.placementAgreement()));
		in.put("employmentContract", worker != null && Boolean.TRUE.equals(worker.employmentContract()));
		in.put("visaType", d.visaType().name());
		in.put("returnTicket", d.returnTicket());
		in.put("canStateTripDuration", interviewed ? interview.canStateTripDuration() : null);
		in.put("purposeConsistent", interviewed ? interview.purposeConsistent() : null);
		boolean offered = interviewed && interview.jobOffer() != null;
		in.put("jobSector",
				(offered && interview.jobOffer().sector() != null) ? interview.jobOffer().sector().name() : null);
		in.put("jobOffered", offered);
		in.put("destinationOnMoratoriumList", lists.moratorium().contains(d.destinationCountry()));
		in.put("routeViaKhMmLa", onRoute(d, List.of("KH", "MM", "LA")));
		in.put("recruitedVia",
				(interviewed && interview.recruitedVia() != null) ? interview.recruitedVia().name() : null);
		in.put("age", Period.between(d.person().birthDate(), d.checkDate()).getYears());
		in.put("interviewed", interviewed);
		in.put("recruiterPresent", interviewed && Boolean.TRUE.equals(interview.recruiterPresent()));
		in.put("passportHeldByOther", interviewed && Boolean.TRUE.equals(interview.passportHeldByOther()));
		in.put("costsPaidByThirdParty", interviewed && Boolean.TRUE.equals(interview.costsPaidByThirdParty()));
		in.put("passengerAnalysisFlag", Boolean.TRUE.equals(d.passengerAnalysisFlag()));
		in.put("routeOnRiskList", onRoute(d, lists.destinationRisk()));
		return in;
	}

	private static boolean onRoute(Departure d, java.util.Collection<String> countries) {
		if (countries.contains(d.destinationCountry())) {
			return true;
		}
		if (d.transitCountries() != null) {
			for (String country : d.transitCountries()) {
				if (countries.contains(country)) {
					return true;
				}
			}
		}
		return false;
	}

}
