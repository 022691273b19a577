package id.imigrasi.decisions.engine.internal.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A value that depends on the date only through dated entries (valid from, valid to):
 * computed once for each stretch of dates in which no entry starts or ends, then found by
 * binary search. A legal date far in the past or future falls in the first or last
 * stretch, so the index stays as small as the lists however many dates are asked.
 */
final class DatedIndex<T> {

	/** The first day of every stretch but the first, ascending. */
	private final LocalDate[] starts;

	/** The value of each stretch: one more than {@link #starts}. */
	private final List<T> values;

	private DatedIndex(LocalDate[] starts, List<T> values) {
		this.starts = starts;
		this.values = values;
	}

	/**
	 * @param periods each entry's valid-from and valid-to (inclusive), either may be null
	 * @param valueOn computes the value on one date
	 */
	static <T> DatedIndex<T> of(List<LocalDate[]> periods, Function<LocalDate, T> valueOn) {
		TreeSet<LocalDate> boundaries = new TreeSet<>();
		for (LocalDate[] period : periods) {
			if (period[0] != null) {
				boundaries.add(period[0]);
			}
			if (period[1] != null && period[1].isBefore(LocalDate.MAX)) {
				boundaries.add(period[1].plusDays(1));
			}
		}
		LocalDate[] starts = boundaries.toArray(new LocalDate[0]);
		List<T> values = new ArrayList<>(starts.length + 1);
		values.add(valueOn.apply((starts.length > 0) ? starts[0].minusDays(1) : LocalDate.EPOCH));
		for (LocalDate start : starts) {
			values.add(valueOn.apply(start));
		}
		return new DatedIndex<>(starts, List.copyOf(values));
	}

	T on(LocalDate date) {
		int at = Arrays.binarySearch(this.starts, date);
		// Found: the stretch that starts on the date; not found: the one before the
		// insertion point.
		return this.values.get((at >= 0) ? at + 1 : -(at + 1));
	}

}
