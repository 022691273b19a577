package id.imigrasi.decisions.service.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A criterion's months as a chart small enough for a table row, drawn on the server as
 * SVG shapes the template writes out (no script, no image request): a bar per month for
 * its hits, scaled to the row's busiest month, and a line through the months' override
 * rates on a fixed 0-100 % scale, only where officers recorded outcomes.
 *
 * @param points the override-rate line as SVG {@code points}; empty when no month has a
 * rate
 */
record Sparkline(int width, int height, List<Bar> bars, String points, List<Dot> dots) {

	static final int WIDTH = 120;

	static final int HEIGHT = 34;

	/** One month's hits: where its bar is drawn and what it says on hover. */
	record Bar(double x, double y, double w, double h, String label) {
	}

	/** One month's override rate. */
	record Dot(double cx, double cy, String label) {
	}

	/**
	 * One month of one criterion.
	 *
	 * @param overrideRate null while no outcome is recorded that month
	 */
	record Month(String month, long hits, long outcomes, long overridden, Double overrideRate) {
	}

	static Sparkline of(List<Month> months) {
		int n = Math.max(months.size(), 1);
		double slot = (double) WIDTH / n;
		long max = months.stream().mapToLong(Month::hits).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		List<Dot> dots = new ArrayList<>();
		StringJoiner points = new StringJoiner(" ");
		for (int i = 0; i < months.size(); i++) {
			Month month = months.get(i);
			double h = (max == 0) ? 0 : Math.max(1, (HEIGHT - 2) * (double) month.hits() / max);
			String label = month.month() + ": " + month.hits() + " hit"
					+ ((month.overrideRate() != null) ? String.format(Locale.ROOT, ", %d/%d overridden (%.0f %%)",
							month.overridden(), month.outcomes(), month.overrideRate() * 100) : "");
			bars.add(new Bar(round(i * slot + 1), round(HEIGHT - h), round(Math.max(slot - 2, 1)), round(h), label));
			if (month.overrideRate() != null) {
				double cx = round(i * slot + slot / 2);
				double cy = round(1 + (HEIGHT - 2) * (1 - month.overrideRate()));
				dots.add(new Dot(cx, cy, label));
				points.add(cx + "," + cy);
			}
		}
		return new Sparkline(WIDTH, HEIGHT, bars, (dots.size() > 1) ? points.toString() : "", dots);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
