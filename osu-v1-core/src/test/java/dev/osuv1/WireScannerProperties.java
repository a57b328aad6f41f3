package dev.osuv1;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner against Jackson's parser on the same bytes: every text it reads is the text Jackson reads, and whatever
 * Jackson rejects, it declines. Texts are generated as bytes (escapes, UTF-8 of every length, invalid UTF-8, control
 * characters, quotes and backslashes next to the eight-byte boundaries its fast scan works in), bodies are cut short
 * at every length, and a byte of a valid body is replaced at random.
 */
class WireScannerProperties {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	private static final WireScanner.Names NAMES = WireValues.names(List.of("a", "text", "nested_rows"));

	@Property(tries = 5000)
	void readsTheTextJacksonReadsOrDeclines(@ForAll("texts") byte[] text) {
		byte[] body = concat("[{\"a\":\"1\",\"text\":\"", text, "\"}]");
		List<String> expected = jacksonTexts(body);
		List<String> scanned = scanned(body);
		if (expected == null) {
			assertThat(scanned).as("a body Jackson rejects is declined").isNull();
		}
		else if (scanned != null) {
			assertThat(scanned).isEqualTo(expected);
		}
		Statistics.label("outcome").collect((expected == null) ? "rejected" : (scanned == null) ? "declined" : "read");
	}

	@Property(tries = 3000)
	void readsEveryTextOfValidUtf8AsJacksonDoes(@ForAll("validTexts") String text) {
		byte[] body = concat("[{\"text\":\"", text.getBytes(StandardCharsets.UTF_8), "\"}]");
		List<String> expected = jacksonTexts(body);
		assertThat(expected).isNotNull();
		assertThat(scanned(body)).isEqualTo(expected);
	}

	@Example
	void declinesEveryCutShortBodyAndEveryBodyWithSomethingAfterIt() {
		byte[] body = ("[ {\"a\" : \"x\\u00e9\\\"\", \"text\":null,\"nested_rows\":[{\"a\":\"\u00e9\ud83c\udfb5\"},{}]},"
				+ "\n\t{\"text\":\"" + "0123456789abcdef".repeat(3) + "\"} ]").getBytes(StandardCharsets.UTF_8);
		assertThat(scanned(body)).isEqualTo(jacksonTexts(body));
		for (int length = 0; length < body.length; length++) {
			byte[] cut = java.util.Arrays.copyOf(body, length);
			assertThat(scanned(cut)).as("cut at %d", length).isNull();
		}
		assertThat(scanned(concat("", body, " ,"))).isNull();
		// a byte outside ASCII after the array: Jackson rejects it, so the scanner must decline it too
		assertThat(scanned(concat("", body, "\u00e9"))).isNull();
		assertThat(scanned(concat("", body, " \u0000"))).isNull();
		assertThat(scanned(concat("", body, " \r\n"))).isNotNull();
	}

	@Property(tries = 3000)
	void aChangedByteGivesWhatJacksonGivesOrADecline(@ForAll("changedBodies") byte[] body) {
		List<String> expected = jacksonTexts(body);
		List<String> scanned = scanned(body);
		if (expected == null) {
			assertThat(scanned).isNull();
		}
		else if (scanned != null) {
			assertThat(scanned).isEqualTo(expected);
		}
	}

	@Example
	void declinesWhatOnlyJacksonReads() {
		for (String body : List.of("[{\"a\":1}]", "[{\"a\":true}]", "[{\"text\":{}}]", "[{\"a\\u0062\":\"1\"}]",
				"[{\"\u00e9\":\"1\"}]", "[{\"a\":\"1\",}]", "[{\"a\":\"1\"},]", "[null]", "[1]", "{\"a\":\"1\"}",
				"[{\"a\":\"1\"}]]", "[{\"a\":\"1\"} {}]", "[{\"a\" \"1\"}]", "[{\"a\":nul}]", "[{\"a\":nullx}]")) {
			assertThat(scanned(body.getBytes(StandardCharsets.UTF_8)))
				.as(body)
				.isNull();
		}
		assertThat(scanned("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	/** The texts of every row, in order, or {@code null} when the scanner declines the body. */
	private static @Nullable List<String> scanned(byte[] body) {
		List<List<String>> rows = WireScanner.rows(body, WireScannerProperties::texts);
		if (rows == null) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		rows.forEach(texts::addAll);
		return texts;
	}

	/** Reads a row's texts in order (a nested row's among them), as {@link #jacksonTexts} does. */
	private static List<String> texts(WireScanner scanner) {
		List<String> texts = new ArrayList<>();
		for (int field = scanner.nextField(NAMES); field != WireScanner.END_OBJECT; field = scanner.nextField(NAMES)) {
			if (field == 2) {
				scanner.objects(WireScannerProperties::texts).forEach(texts::addAll);
			}
			else if (field >= 0) {
				texts.add(String.valueOf((Object) WireValues.text(scanner)));
			}
			else {
				scanner.skipValue();
			}
		}
		return texts;
	}

	private static @Nullable List<String> jacksonTexts(byte[] body) {
		JsonNode root;
		try {
			root = JACKSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		root.forEach((row) -> addTexts(row, texts));
		return texts;
	}

	/** The texts of a row's known fields in order, a nested row's among them; other fields are skipped. */
	private static void addTexts(JsonNode row, List<String> texts) {
		for (var field : row.properties()) {
			JsonNode value = field.getValue();
			if (field.getKey().equals("nested_rows") && value.isArray()) {
				value.forEach((nested) -> addTexts(nested, texts));
			}
			else if (NAMES.match(field.getKey().getBytes(StandardCharsets.UTF_8), 0, field.getKey().length()) >= 0) {
				texts.add(value.isString() ? value.stringValue() : value.isNull() ? "null" : "<" + value + ">");
			}
		}
	}

	@Provide
	Arbitrary<byte[]> texts() {
		return Arbitraries.randoms().map((random) -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int pieces = random.nextInt(24);
			for (int i = 0; i < pieces; i++) {
				piece(random, out);
			}
			return out.toByteArray();
		});
	}

	@Provide
	Arbitrary<String> validTexts() {
		return Arbitraries.randoms().map((random) -> {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				int codePoint = switch (random.nextInt(5)) {
					case 0 -> 0x20 + random.nextInt(0x5F);
					case 1 -> 0x80 + random.nextInt(0x780);
					case 2 -> 0x800 + random.nextInt(0xD000);
					case 3 -> 0x10000 + random.nextInt(0x100000);
					default -> "abc XYZ 019".charAt(random.nextInt(11));
				};
				String character = new String(Character.toChars(codePoint));
				if (codePoint == '"' || codePoint == '\\' || random.nextInt(6) == 0) {
					for (char c : character.toCharArray()) {
						text.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
					}
				}
				else {
					text.append(character);
				}
			}
			return text.toString();
		});
	}

	@Provide
	Arbitrary<byte[]> changedBodies() {
		byte[] body = ("[{\"a\":\"12345678\",\"text\":\"t\u00e9xt \\\"q\\\" \\u3061\",\"nested_rows\":[{\"text\":null}]},"
				+ "{\"text\":\"abcdefghijklmnopqrstuvwxyz\"}]").getBytes(StandardCharsets.UTF_8);
		byte[] replacements = "\"\\{}[],: nul0\u0001\t".getBytes(StandardCharsets.UTF_8);
		return Arbitraries.randoms().map((random) -> {
			byte[] changed = body.clone();
			changed[random.nextInt(changed.length)] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
					: replacements[random.nextInt(replacements.length)];
			return changed;
		});
	}

	/** One piece of a text's bytes, valid or not. */
	private static void piece(Random random, ByteArrayOutputStream out) {
		switch (random.nextInt(12)) {
			case 0 -> out.writeBytes("\\\"".getBytes(StandardCharsets.US_ASCII));
			case 1 -> out.writeBytes("\\\\".getBytes(StandardCharsets.US_ASCII));
			case 2 -> {
				String letters = "/bfnrtux\"'0";
				out.writeBytes(("\\" + letters.charAt(random.nextInt(letters.length()))).getBytes(StandardCharsets.US_ASCII));
			}
			case 3 -> out.writeBytes(String.format("\\u%04x", random.nextInt(0x10000)).getBytes(StandardCharsets.US_ASCII));
			case 4 -> out.writeBytes(("\\u" + "0g1F".charAt(random.nextInt(4)) + "0A").getBytes(StandardCharsets.US_ASCII));
			case 5 -> out.write(random.nextInt(0x20));
			case 6 -> out.write(0x80 + random.nextInt(0x80));
			case 7 -> out.writeBytes(new String(Character.toChars(0x80 + random.nextInt(0x10FF80 - 0x800)))
				.getBytes(StandardCharsets.UTF_8));
			case 8 -> {
				byte[] valid = new String(Character.toChars(0x800 + random.nextInt(0x10000))).getBytes(StandardCharsets.UTF_8);
				out.write(valid, 0, 1 + random.nextInt(valid.length));
			}
			case 9 -> out.writeBytes(new byte[] { (byte) 0xED, (byte) (0xA0 + random.nextInt(0x20)), (byte) 0x80 });
			case 10 -> out.writeBytes(new byte[] { (byte) 0xC0, (byte) 0xAF });
			default -> out.writeBytes("abcdefgh01234567".substring(random.nextInt(16)).getBytes(StandardCharsets.US_ASCII));
		}
	}

	private static byte[] concat(String before, byte[] middle, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
