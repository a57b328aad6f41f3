package dev.osuv1.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the records put in place of a value the API left out, so that only fields it documents as nullable are ever
 * {@code null}.
 */
final class Absent {

	private Absent() {
	}

	/** An absent text reads as empty. */
	static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** An absent list reads as empty; the result is unmodifiable. */
	static <T> List<T> list(@Nullable List<T> value) {
		return (value != null) ? List.copyOf(value) : List.of();
	}

	/** An absent enum value reads as its {@code UNKNOWN} constant. */
	static <E extends Enum<E>> E orUnknown(@Nullable E value, E unknown) {
		return (value != null) ? value : unknown;
	}

	/** Absent mods read as none. */
	static Mods mods(@Nullable Mods value) {
		return (value != null) ? value : Mods.NONE;
	}

	/** A date the API always sends must be there: without it the response is broken. */
	static Instant required(@Nullable Instant value, String field) {
		return Objects.requireNonNull(value, () -> "'" + field + "' is missing");
	}

}
