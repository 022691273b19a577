package id.imigrasi.decisions.model.request;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One case a caller asks about (SPEC 3): a passport application or a departure. Sealed,
 * so code that needs the concrete request matches on both kinds with {@link #match} and
 * the compiler sees every service handled; nothing asks which kind it is.
 */
public sealed interface CaseRequest permits PassportApplication, Departure {

	/** The decision service that reads this request. */
	DecisionService service();

	/** The caller's reference: {@code applicationId} or {@code checkId}. */
	String reference();

	/** The person applying or leaving. */
	Person person();

	/**
	 * The legal date the request gives ({@code applicationDate} or {@code checkDate});
	 * null when it gives none, and the engine then takes today in Asia/Jakarta.
	 */
	LocalDate requestedLegalDate();

	/** The result of the function for this kind of request. */
	<R> R match(Function<PassportApplication, R> application, Function<Departure, R> departure);

}
