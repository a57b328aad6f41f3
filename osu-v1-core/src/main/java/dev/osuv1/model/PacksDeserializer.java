package dev.osuv1.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@code packs}, which the API sends as one comma-separated text ({@code "P266,R129"}) or {@code null}; a
 * JSON array (as this project writes it) is read too.
 */
final class PacksDeserializer extends ValueDeserializer<List<String>> {

	@Override
	public List<String> deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.START_ARRAY) {
			List<String> packs = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				packs.add(parser.getValueAsString());
			}
			return packs;
		}
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return context.reportInputMismatch(this, "'packs' must be a text, but was %s", parser.currentToken());
		}
		List<String> packs = new ArrayList<>();
		for (String pack : parser.getString().split(",")) {
			if (!pack.isBlank()) {
				packs.add(pack.trim());
			}
		}
		return packs;
	}

	@Override
	public List<String> getNullValue(DeserializationContext context) {
		return List.of();
	}

}
