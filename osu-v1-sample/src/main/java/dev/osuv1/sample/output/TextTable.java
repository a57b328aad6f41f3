package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table printed in aligned columns, numbers to the right.
 */
final class TextTable {

	private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,.]+[%x]?|-");

	private static final String GAP = "  ";

	private final List<String> headers;

	private final List<List<String>> rows = new ArrayList<>();

	private TextTable(List<String> headers) {
		this.headers = headers;
	}

	/**
	 * Starts a table with the given column headers.
	 * @param headers the headers
	 * @return the table
	 */
	static TextTable of(String... headers) {
		return new TextTable(List.of(headers));
	}

	/**
	 * Adds a row; it must have one cell per column.
	 * @param cells the cells
	 * @return this table
	 */
	TextTable row(String... cells) {
		if (cells.length != this.headers.size()) {
			throw new IllegalArgumentException("expected " + this.headers.size() + " cells but got " + cells.length);
		}
		this.rows.add(Arrays.asList(cells));
		return this;
	}

	/**
	 * Prints the header, a rule and the rows.
	 * @param out where to print
	 * @param indent the text before every line
	 */
	void print(PrintWriter out, String indent) {
		int columns = this.headers.size();
		int[] widths = new int[columns];
		boolean[] numeric = new boolean[columns];
		for (int column = 0; column < columns; column++) {
			widths[column] = this.headers.get(column).length();
			numeric[column] = !this.rows.isEmpty();
			for (List<String> row : this.rows) {
				widths[column] = Math.max(widths[column], row.get(column).length());
				numeric[column] = numeric[column] && NUMBER.matcher(row.get(column)).matches();
			}
		}
		printLine(out, indent, this.headers, widths, numeric);
		List<String> rule = new ArrayList<>();
		for (int width : widths) {
			rule.add("-".repeat(width));
		}
		printLine(out, indent, rule, widths, numeric);
		for (List<String> row : this.rows) {
			printLine(out, indent, row, widths, numeric);
		}
	}

	private static void printLine(PrintWriter out, String indent, List<String> cells, int[] widths,
			boolean[] numeric) {
		StringBuilder line = new StringBuilder(indent);
		for (int column = 0; column < cells.size(); column++) {
			String cell = cells.get(column);
			String padding = " ".repeat(widths[column] - cell.length());
			line.append((column > 0) ? GAP : "").append(numeric[column] ? padding + cell : cell + padding);
		}
		out.println(line.toString().stripTrailing());
	}

}
