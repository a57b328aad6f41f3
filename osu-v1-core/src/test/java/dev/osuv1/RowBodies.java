package dev.osuv1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the row decoders' properties share: values of the API's forms, odd values of every JSON type, changes to a
 * row's fields, and the outcome of a decoding to compare two of them.
 */
final class RowBodies {

	/** Values of every JSON type and of odd forms, for any field. */
	static final String[] ODD = { "null", "true", "false", "0", "-1", "3.5", "1e3", "{}", "[]", "[\"1\"]",
			"{\"a\":[1,{\"b\":null}]}", "\"\"", "\" 1\"", "\"1 \"", "\"+1\"", "\"01\"", "\"-0\"", "\"1.0\"", "\"1e3\"",
			"\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"true\"", "\"false\"", "\"null\"", "\"abc\"", "\"0x10\"",
			"\"2147483648\"", "\"-2147483649\"", "\"9223372036854775807\"", "\"9223372036854775808\"",
			"\"99999999999999999999999\"", "\"1.5d\"", "\".5\"", "\"5.\"", "\"00.5\"", "\"2020-02-30 10:00:00\"",
			"\"2020-01-01T00:00:00Z\"", "\"2020-01-01 24:00:00\"", "\" 2020-01-01 00:00:00\"", "\"P1, ,R2\"",
			"[\"P1\",\"R2\"]", "\"\\u0031\"", "\"\\u0000\"", "\"\u3000\"" };

	private RowBodies() {
	}

	/**
	 * A body of up to three rows made by {@code row}, or none; now and then with a {@code null} or odd row, something
	 * after the array, a cut, or spaces around it.
	 */
	static String body(Random random, Function<Random, String> row) {
		List<String> rows = new ArrayList<>();
		int count = (random.nextInt(10) == 0) ? 0 : 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			rows.add(row.apply(random));
		}
		int pick = random.nextInt(40);
		if (pick == 0) {
			rows.add(random.nextInt(rows.size() + 1), "null");
		}
		else if (pick == 1) {
			rows.add(random.nextInt(rows.size() + 1), ODD[random.nextInt(ODD.length)]);
		}
		String body = "[" + String.join(",", rows) + "]";
		return switch (random.nextInt(40)) {
			case 0 -> body + " []";
			case 1 -> body.substring(0, random.nextInt(body.length()));
			case 2 -> "\n " + body + " \n";
			default -> body;
		};
	}

	/** Changes a row in one place: a field removed, doubled, renamed to its Java name, given an odd value, or added. */
	static void change(Random random, List<String[]> fields) {
		int at = random.nextInt(fields.size());
		String[] field = fields.get(at);
		switch (random.nextInt(6)) {
			case 0 -> fields.remove(at);
			case 1 -> fields.add(random.nextInt(fields.size() + 1), field(field[0], field[1]));
			case 2 -> fields.add(random.nextInt(fields.size() + 1),
					field("extra_" + random.nextInt(3), ODD[random.nextInt(ODD.length)]));
			case 3 -> field[0] = camelCase(field[0]);
			default -> field[1] = ODD[random.nextInt(ODD.length)];
		}
	}

	/** The fields as a JSON object, each a name and its JSON. */
	/** The row's object, its fields sometimes shuffled and, with {@code odd}, up to three of them changed. */
	static String finish(Random random, List<String[]> fields, boolean odd) {
		if (random.nextInt(3) == 0) {
			Collections.shuffle(fields, random);
		}
		if (odd) {
			for (int changes = random.nextInt(4); changes > 0; changes--) {
				change(random, fields);
			}
		}
		return object(fields);
	}

	static String object(List<String[]> fields) {
		StringBuilder object = new StringBuilder("{");
		for (String[] field : fields) {
			object.append((object.length() > 1) ? "," : "").append('"').append(field[0]).append("\":")
				.append(field[1]);
		}
		return object.append('}').toString();
	}

	static String[] field(String name, String json) {
		return new String[] { name, json };
	}

	static String camelCase(String name) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.equals("difficultyrating") ? "difficultyRating" : camel.toString();
	}

	/** A decimal as the API sends them: short ones, long ones, signs, leading zeros of fractions, huge ones. */
	static String plainDecimal(Random random) {
		StringBuilder text = new StringBuilder();
		if (random.nextInt(8) == 0) {
			text.append('-');
		}
		int integerDigits = random.nextInt(12);
		if (integerDigits == 0 || random.nextInt(4) == 0) {
			text.append('0');
		}
		else {
			text.append((char) ('1' + random.nextInt(9)));
			for (int i = 1; i < integerDigits; i++) {
				text.append((char) ('0' + random.nextInt(10)));
			}
		}
		if (random.nextInt(4) != 0) {
			text.append('.');
			int decimals = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
			for (int i = 0; i < decimals; i++) {
				text.append((char) ('0' + random.nextInt(10)));
			}
		}
		return text.toString();
	}

	static String date(Random random) {
		int hour = random.nextInt(24);
		String format = random.nextInt(4) == 0 ? "%04d-%02d-%02d %d:%02d:%02d" : "%04d-%02d-%02d %02d:%02d:%02d";
		return String.format(Locale.ROOT, format, 2000 + random.nextInt(30), 1 + random.nextInt(12),
				1 + random.nextInt(28), hour, random.nextInt(60), random.nextInt(60));
	}

	static String text(Random random) {
		String alphabet = "abc XYZ_-'.,!?\\\"/\u00e9\u3061\u202c\ud83c\udfb5\t";
		StringBuilder text = new StringBuilder("\"");
		for (int i = random.nextInt(12); i > 0; i--) {
			char c = alphabet.charAt(random.nextInt(alphabet.length()));
			if (c == '\\' || c == '"') {
				text.append('\\').append(c);
			}
			else if (c == '\t') {
				text.append("\\t");
			}
			else if (Character.isHighSurrogate(c)) {
				text.append("\ud83c\udfb5");
			}
			else if (!Character.isLowSurrogate(c)) {
				text.append(random.nextInt(5) == 0 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return text.append('"').toString();
	}

	static String quoted(String text) {
		return "\"" + text + "\"";
	}

	static RawResponse response(byte[] body) {
		return new RawResponse(200, "application/json; charset=UTF-8", null, null, body);
	}

	/** The rows, or the exception's type and message, to compare two decodings. */
	static Object outcome(Decoding decoding) {
		try {
			return decoding.decode();
		}
		catch (RuntimeException ex) {
			assertThat(ex).isInstanceOf(OsuApiException.class);
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	@FunctionalInterface
	interface Decoding {

		@Nullable Object decode();

	}

}
