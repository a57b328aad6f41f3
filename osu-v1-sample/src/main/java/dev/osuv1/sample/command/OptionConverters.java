package dev.osuv1.sample.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mods;
import dev.osuv1.query.UserRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values people write on the command line with the parsers of the core types, so that a wrong value is a
 * usage error that names what is allowed.
 */
final class OptionConverters {

	private OptionConverters() {
	}

	private static <T> T convert(String value, Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException(ex.getMessage());
		}
	}

	/** {@code osu}, {@code taiko}, {@code fruits}, {@code mania} or 0-3. */
	static final class GamemodeConverter implements ITypeConverter<Gamemode> {

		@Override
		public Gamemode convert(String value) {
			return OptionConverters.convert(value, Gamemode::parse);
		}

	}

	/** Acronyms such as {@code HDDT}, {@code NM}, or the integer bitmask. */
	static final class ModsConverter implements ITypeConverter<Mods> {

		@Override
		public Mods convert(String value) {
			return OptionConverters.convert(value, Mods::parse);
		}

	}

	/** A user name, or an id written {@code id:123}. */
	static final class UserRefConverter implements ITypeConverter<UserRef> {

		@Override
		public UserRef convert(String value) {
			return OptionConverters.convert(value, UserRef::parse);
		}

	}

	/** A UTC date ({@code 2024-01-31}), date and time ({@code 2024-01-31 12:00:00}) or ISO-8601 instant. */
	static final class InstantConverter implements ITypeConverter<Instant> {

		private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm[:ss]");

		@Override
		public Instant convert(String value) {
			String text = value.trim();
			try {
				if (text.endsWith("Z") || text.contains("+")) {
					return Instant.parse(text);
				}
				if (text.length() == 10) {
					return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
				}
				return LocalDateTime.parse(text.replace('T', ' '), DATE_TIME).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException("'" + value + "' is not a date: write 2024-01-31, "
						+ "'2024-01-31 12:00:00' (UTC) or 2024-01-31T12:00:00Z");
			}
		}

	}

}
