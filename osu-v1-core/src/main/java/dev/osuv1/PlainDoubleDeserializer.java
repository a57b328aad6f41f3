package dev.osuv1;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a nullable {@code Double} sent as a plain decimal text ({@code "96.79685974121094"}) with
 * {@link Double#parseDouble(String)}. Jackson's own deserializer for {@code Double} first checks such a text against
 * a regular expression, which costs more than parsing it; its answer for a plain decimal is the same correctly
 * rounded value. Anything else (exponents, spaces, {@code NaN}, empty text, numbers, nulls) goes to Jackson's
 * deserializer, so it is read, or rejected, exactly as before.
 */
final class PlainDoubleDeserializer extends DelegatingDeserializer {

	/** Longer texts go to Jackson, which then decides, as before. */
	private static final int MAX_LENGTH = 64;

	PlainDoubleDeserializer() {
		this(NumberDeserializers.find(Double.class));
	}

	private PlainDoubleDeserializer(ValueDeserializer<?> delegate) {
		super(delegate);
	}

	@Override
	protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
		return new PlainDoubleDeserializer(delegate);
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			String text = parser.getString();
			if (isPlainDecimal(text)) {
				return Double.parseDouble(text);
			}
		}
		return super.deserialize(parser, context);
	}

	/** Whether the text is {@code -?[0-9]+(\.[0-9]+)?}. */
	static boolean isPlainDecimal(String text) {
		int length = text.length();
		int i = (length > 0 && text.charAt(0) == '-') ? 1 : 0;
		if (length > MAX_LENGTH || !isDigit(text, i)) {
			return false;
		}
		while (isDigit(text, i)) {
			i++;
		}
		if (i < length && text.charAt(i) == '.') {
			i++;
			if (!isDigit(text, i)) {
				return false;
			}
			while (isDigit(text, i)) {
				i++;
			}
		}
		return i == length;
	}

	private static boolean isDigit(String text, int index) {
		if (index >= text.length()) {
			return false;
		}
		char c = text.charAt(index);
		return c >= '0' && c <= '9';
	}

}
