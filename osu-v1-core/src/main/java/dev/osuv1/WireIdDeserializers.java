package dev.osuv1;

import java.util.Map;
import java.util.function.IntFunction;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Genre;
import dev.osuv1.model.Language;
import dev.osuv1.model.RankStatus;
import dev.osuv1.model.ScoringType;
import dev.osuv1.model.Team;
import dev.osuv1.model.TeamType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads the enums the API sends as integer ids ({@code "3"}) straight through their {@code fromId} factory. Jackson's
 * own deserializer for a {@code @JsonCreator} factory gets there too, but through a reflective call and a separate
 * integer deserializer, which cost as much as the rest of a get_beatmaps row's numbers together. Anything but a plain
 * integer (signs, spaces, decimals, objects, overflow) goes to Jackson's deserializer, so it is read, or rejected,
 * exactly as before.
 */
final class WireIdDeserializers extends ValueDeserializerModifier {

	private static final Map<Class<?>, IntFunction<?>> FACTORIES = Map.of(Gamemode.class,
			(IntFunction<?>) Gamemode::fromId, Genre.class, (IntFunction<?>) Genre::fromId, Language.class,
			(IntFunction<?>) Language::fromId, RankStatus.class, (IntFunction<?>) RankStatus::fromId,
			ScoringType.class, (IntFunction<?>) ScoringType::fromId, Team.class, (IntFunction<?>) Team::fromId,
			TeamType.class, (IntFunction<?>) TeamType::fromId);

	/** At most this many digits always fit an {@code int}. */
	private static final int MAX_DIGITS = 9;

	@Override
	public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
			BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
		IntFunction<?> factory = FACTORIES.get(type.getRawClass());
		return (factory != null) ? new ById(deserializer, factory) : deserializer;
	}

	/** Parses {@code -?[0-9]{1,9}}; returns {@code null} for anything else. */
	static @Nullable Integer plainInt(String text) {
		int length = text.length();
		int start = (length > 0 && text.charAt(0) == '-') ? 1 : 0;
		if (length == start || length - start > MAX_DIGITS) {
			return null;
		}
		int value = 0;
		for (int i = start; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			value = value * 10 + (c - '0');
		}
		return (start == 1) ? -value : value;
	}

	private static final class ById extends DelegatingDeserializer {

		private final IntFunction<?> factory;

		ById(ValueDeserializer<?> delegate, IntFunction<?> factory) {
			super(delegate);
			this.factory = factory;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new ById(delegate, this.factory);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				Integer id = plainInt(parser.getString());
				if (id != null) {
					return this.factory.apply(id);
				}
			}
			else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
				return this.factory.apply(parser.getIntValue());
			}
			return super.deserialize(parser, context);
		}

	}

}
