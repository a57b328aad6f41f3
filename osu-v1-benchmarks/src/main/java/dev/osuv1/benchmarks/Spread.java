package dev.osuv1.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median of a few measurements and their range, as the report prints them.
 *
 * @param median the median
 * @param min the smallest
 * @param max the largest
 */
record Spread(double median, double min, double max) {

	static Spread of(double... values) {
		if (values.length == 0) {
			return new Spread(Double.NaN, Double.NaN, Double.NaN);
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return new Spread(median, sorted[0], sorted[sorted.length - 1]);
	}

	/** {@code 12.3 [11.9–13.0]}, with the given number of decimals. */
	String format(int decimals) {
		return number(this.median, decimals) + " [" + number(this.min, decimals) + "–" + number(this.max, decimals)
				+ "]";
	}

	static String number(double value, int decimals) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

}
