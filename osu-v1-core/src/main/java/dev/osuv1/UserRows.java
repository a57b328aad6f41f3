package dev.osuv1;

import java.time.Instant;
import java.util.List;

import dev.osuv1.model.User;
import dev.osuv1.model.UserEvent;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a get_user body into {@link User} records straight from its bytes, as {@link BeatmapRows} does for
 * get_beatmaps. It reads only the shape the API sends: an array of objects whose 22 fields, under their wire names,
 * each come at most once, as JSON texts (or {@code null} where the model takes it) in the plain forms
 * {@link WireValues} reads, with {@code events} an array of objects (or {@code null}) whose five fields are all there,
 * likewise; other fields holding a text or {@code null} are skipped, as the mapper skips them. On anything else (a
 * value of another JSON type or form, {@code events} of another type or with an element that is not an object, a field
 * twice, a field under its Java name, a missing {@code user_id} or event field, a {@code null} row, invalid JSON) it
 * answers {@code null}, and the caller binds the body with Jackson as before, which gives the same rows or the same
 * error.
 */
final class UserRows implements ResponseDecoder.FastRows<User> {

	/** The wire names, in the order of the record's components; a field's bit in {@code seen} is its index. */
	static final List<String> FIELDS = List.of(
			"user_id",
			"username",
			"join_date",
			"count300",
			"count100",
			"count50",
			"playcount",
			"ranked_score",
			"total_score",
			"pp_rank",
			"level",
			"pp_raw",
			"accuracy",
			"count_rank_ss",
			"count_rank_ssh",
			"count_rank_s",
			"count_rank_sh",
			"count_rank_a",
			"country",
			"total_seconds_played",
			"pp_country_rank",
			"events");

	/** The wire names of an event, in the order of {@link UserEvent}'s components. */
	static final List<String> EVENT_FIELDS = List.of("display_html", "beatmap_id", "beatmapset_id", "date",
			"epicfactor");

	/** The one field that binds to a primitive, so that Jackson decides when it is missing. */
	private static final long REQUIRED = WireValues.mask(FIELDS, "user_id");

	/** An event's primitives and its date, which its constructor requires: Jackson decides when one is missing. */
	private static final long EVENT_REQUIRED = WireValues.mask(EVENT_FIELDS, "beatmap_id", "beatmapset_id", "date",
			"epicfactor");

	/** Matches a wire name to its index in {@link #FIELDS}, the other names Jackson binds to indexes past them. */
	private final WireScanner.Names names;

	/** The same for {@link #EVENT_FIELDS}. */
	private final WireScanner.Names eventNames;

	UserRows() {
		this.names = WireValues.names(FIELDS, User.class);
		this.eventNames = WireValues.names(EVENT_FIELDS, UserEvent.class);
	}

	@Override
	public @Nullable List<User> read(byte[] body) {
		return WireScanner.rows(body, this::row);
	}

	/** Reads one user, the scanner being just inside it. */
	private User row(WireScanner scanner) {
		long userId = 0;
		@Nullable String username = null;
		@Nullable Instant joinDate = null;
		@Nullable Long count300 = null;
		@Nullable Long count100 = null;
		@Nullable Long count50 = null;
		@Nullable Long playcount = null;
		@Nullable Long rankedScore = null;
		@Nullable Long totalScore = null;
		@Nullable Integer ppRank = null;
		@Nullable Double level = null;
		@Nullable Double ppRaw = null;
		@Nullable Double accuracy = null;
		@Nullable Integer countRankSs = null;
		@Nullable Integer countRankSsh = null;
		@Nullable Integer countRankS = null;
		@Nullable Integer countRankSh = null;
		@Nullable Integer countRankA = null;
		@Nullable String country = null;
		@Nullable Long totalSecondsPlayed = null;
		@Nullable Integer ppCountryRank = null;
		@Nullable List<UserEvent> events = null;
		long seen = 0;
		for (int field = scanner.nextField(this.names); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.names)) {
			seen = WireValues.seen(seen, field, FIELDS);
			switch (field) {
				case 0 -> userId = WireValues.longValue(scanner); // user_id
				case 1 -> username = WireValues.text(scanner); // username
				case 2 -> joinDate = WireValues.instant(scanner); // join_date
				case 3 -> count300 = WireValues.nullableLong(scanner); // count300
				case 4 -> count100 = WireValues.nullableLong(scanner); // count100
				case 5 -> count50 = WireValues.nullableLong(scanner); // count50
				case 6 -> playcount = WireValues.nullableLong(scanner); // playcount
				case 7 -> rankedScore = WireValues.nullableLong(scanner); // ranked_score
				case 8 -> totalScore = WireValues.nullableLong(scanner); // total_score
				case 9 -> ppRank = WireValues.nullableInt(scanner); // pp_rank
				case 10 -> level = WireValues.nullableDouble(scanner); // level
				case 11 -> ppRaw = WireValues.nullableDouble(scanner); // pp_raw
				case 12 -> accuracy = WireValues.nullableDouble(scanner); // accuracy
				case 13 -> countRankSs = WireValues.nullableInt(scanner); // count_rank_ss
				case 14 -> countRankSsh = WireValues.nullableInt(scanner); // count_rank_ssh
				case 15 -> countRankS = WireValues.nullableInt(scanner); // count_rank_s
				case 16 -> countRankSh = WireValues.nullableInt(scanner); // count_rank_sh
				case 17 -> countRankA = WireValues.nullableInt(scanner); // count_rank_a
				case 18 -> country = WireValues.text(scanner); // country
				case 19 -> totalSecondsPlayed = WireValues.nullableLong(scanner); // total_seconds_played
				case 20 -> ppCountryRank = WireValues.nullableInt(scanner); // pp_country_rank
				case 21 -> events = scanner.nullableObjects(this::event); // events
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// the components' Java names, which Jackson binds too, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		if ((seen & REQUIRED) != REQUIRED) {
			throw WireValues.DECLINED;
		}
		return new User(userId, username, joinDate, count300, count100, count50, playcount, rankedScore, totalScore,
				ppRank, level, ppRaw, accuracy, countRankSs, countRankSsh, countRankS, countRankSh, countRankA, country,
				totalSecondsPlayed, ppCountryRank, events);
	}

	/** Reads one event, the scanner being just inside it. */
	private UserEvent event(WireScanner scanner) {
		@Nullable String displayHtml = null;
		long beatmapId = 0;
		long beatmapsetId = 0;
		@Nullable Instant date = null;
		int epicfactor = 0;
		long seen = 0;
		for (int field = scanner.nextField(this.eventNames); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.eventNames)) {
			seen = WireValues.seen(seen, field, EVENT_FIELDS);
			switch (field) {
				case 0 -> displayHtml = WireValues.text(scanner); // display_html
				case 1 -> beatmapId = WireValues.longValue(scanner); // beatmap_id
				case 2 -> beatmapsetId = WireValues.longValue(scanner); // beatmapset_id
				case 3 -> date = WireValues.instant(scanner); // date
				case 4 -> epicfactor = WireValues.intValue(scanner); // epicfactor
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				default -> throw WireValues.DECLINED;
			}
		}
		// a null date makes the constructor throw, which the binding reports in its own words
		if ((seen & EVENT_REQUIRED) != EVENT_REQUIRED || date == null) {
			throw WireValues.DECLINED;
		}
		return new UserEvent(displayHtml, beatmapId, beatmapsetId, date, epicfactor);
	}

}
