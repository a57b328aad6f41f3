package dev.osuv1.sample.output;

import java.io.PrintWriter;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON this project writes for {@code --json}: record components by their Java names in declaration order,
 * {@code null}s written out, dates as ISO-8601 UTC instants, {@code Mods} as the integer bitmask and enums by name.
 * It is a mapper of its own, separate from the client's (which reads the wire format).
 */
public final class JsonOutput {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.changeDefaultPropertyInclusion((inclusion) -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
				JsonInclude.Include.ALWAYS))
		.build();

	private JsonOutput() {
	}

	/**
	 * Returns a value as JSON.
	 * @param value the value; {@code null} is written {@code null}
	 * @return the JSON text, indented
	 */
	public static String write(@Nullable Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * Prints a value as JSON on a line of its own.
	 * @param value the value; {@code null} is written {@code null}
	 * @param out where to print
	 */
	public static void print(@Nullable Object value, PrintWriter out) {
		out.println(write(value));
	}

}
