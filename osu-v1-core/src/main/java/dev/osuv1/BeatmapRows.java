package dev.osuv1;

import java.time.Instant;
import java.util.List;

import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Genre;
import dev.osuv1.model.Language;
import dev.osuv1.model.RankStatus;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a get_beatmaps body into {@link Beatmap} records straight from its bytes ({@link WireScanner}), without
 * Jackson's parser and data binding, which cost more than reading the bytes. It reads only the shape the API sends: an
 * array of objects whose 42 fields, under their wire names, each come at most once, as JSON texts (or {@code null}
 * where the model takes it) in the plain forms {@link WireValues} reads; other fields holding a text or {@code null}
 * are skipped, as the mapper skips them. On anything else (a value of another JSON type or form, a field twice, a field
 * under its Java name, a missing number or {@code last_update}, a {@code null} row, invalid JSON) it answers
 * {@code null}, and the caller binds the body with Jackson as before, which gives the same rows or the same error.
 */
final class BeatmapRows implements ResponseDecoder.FastRows<Beatmap> {

	/** The wire names, in the order of the record's components; a field's bit in {@code seen} is its index. */
	static final List<String> FIELDS = List.of(
			"beatmapset_id",
			"beatmap_id",
			"approved",
			"total_length",
			"hit_length",
			"version",
			"file_md5",
			"diff_size",
			"diff_overall",
			"diff_approach",
			"diff_drain",
			"mode",
			"count_normal",
			"count_slider",
			"count_spinner",
			"submit_date",
			"approved_date",
			"last_update",
			"artist",
			"artist_unicode",
			"title",
			"title_unicode",
			"creator",
			"creator_id",
			"bpm",
			"source",
			"tags",
			"genre_id",
			"language_id",
			"favourite_count",
			"rating",
			"storyboard",
			"video",
			"download_unavailable",
			"audio_unavailable",
			"playcount",
			"passcount",
			"packs",
			"max_combo",
			"diff_aim",
			"diff_speed",
			"difficultyrating");

	/** The fields that bind to primitives, or are required, so that Jackson decides when they are missing. */
	private static final long REQUIRED = WireValues.mask(FIELDS, "beatmapset_id", "beatmap_id", "total_length", "hit_length", "diff_size",
			"diff_overall", "diff_approach", "diff_drain", "count_normal", "count_slider", "count_spinner", "last_update",
			"creator_id", "bpm", "favourite_count", "rating", "storyboard", "video", "download_unavailable",
			"audio_unavailable", "playcount", "passcount", "difficultyrating");

	/** Matches a wire name to its index in {@link #FIELDS}, the other names Jackson binds to indexes past them. */
	private final WireScanner.Names names;

	BeatmapRows() {
		this.names = WireValues.names(FIELDS, Beatmap.class);
	}

	@Override
	public @Nullable List<Beatmap> read(byte[] body) {
		return WireScanner.rows(body, this::row);
	}

	/** Reads one row, the scanner being just inside it. */
	private Beatmap row(WireScanner scanner) {
		long beatmapsetId = 0;
		long beatmapId = 0;
		@Nullable RankStatus approved = null;
		int totalLength = 0;
		int hitLength = 0;
		@Nullable String version = null;
		@Nullable String fileMd5 = null;
		double diffSize = 0;
		double diffOverall = 0;
		double diffApproach = 0;
		double diffDrain = 0;
		@Nullable Gamemode mode = null;
		int countNormal = 0;
		int countSlider = 0;
		int countSpinner = 0;
		@Nullable Instant submitDate = null;
		@Nullable Instant approvedDate = null;
		@Nullable Instant lastUpdate = null;
		@Nullable String artist = null;
		@Nullable String artistUnicode = null;
		@Nullable String title = null;
		@Nullable String titleUnicode = null;
		@Nullable String creator = null;
		long creatorId = 0;
		double bpm = 0;
		@Nullable String source = null;
		@Nullable String tags = null;
		@Nullable Genre genre = null;
		@Nullable Language language = null;
		int favouriteCount = 0;
		double rating = 0;
		boolean storyboard = false;
		boolean video = false;
		boolean downloadUnavailable = false;
		boolean audioUnavailable = false;
		long playcount = 0;
		long passcount = 0;
		@Nullable List<String> packs = null;
		@Nullable Integer maxCombo = null;
		@Nullable Double diffAim = null;
		@Nullable Double diffSpeed = null;
		double difficultyRating = 0;
		long seen = 0;
		for (int field = scanner.nextField(this.names); field != WireScanner.END_OBJECT;
				field = scanner.nextField(this.names)) {
			seen = WireValues.seen(seen, field, FIELDS);
			switch (field) {
				case 0 -> beatmapsetId = WireValues.longValue(scanner); // beatmapset_id
				case 1 -> beatmapId = WireValues.longValue(scanner); // beatmap_id
				case 2 -> approved = WireValues.byId(scanner, RankStatus::fromId); // approved
				case 3 -> totalLength = WireValues.intValue(scanner); // total_length
				case 4 -> hitLength = WireValues.intValue(scanner); // hit_length
				case 5 -> version = WireValues.text(scanner); // version
				case 6 -> fileMd5 = WireValues.text(scanner); // file_md5
				case 7 -> diffSize = WireValues.doubleValue(scanner); // diff_size
				case 8 -> diffOverall = WireValues.doubleValue(scanner); // diff_overall
				case 9 -> diffApproach = WireValues.doubleValue(scanner); // diff_approach
				case 10 -> diffDrain = WireValues.doubleValue(scanner); // diff_drain
				case 11 -> mode = WireValues.byId(scanner, Gamemode::fromId); // mode
				case 12 -> countNormal = WireValues.intValue(scanner); // count_normal
				case 13 -> countSlider = WireValues.intValue(scanner); // count_slider
				case 14 -> countSpinner = WireValues.intValue(scanner); // count_spinner
				case 15 -> submitDate = WireValues.instant(scanner); // submit_date
				case 16 -> approvedDate = WireValues.instant(scanner); // approved_date
				case 17 -> lastUpdate = WireValues.instant(scanner); // last_update
				case 18 -> artist = WireValues.text(scanner); // artist
				case 19 -> artistUnicode = WireValues.text(scanner); // artist_unicode
				case 20 -> title = WireValues.text(scanner); // title
				case 21 -> titleUnicode = WireValues.text(scanner); // title_unicode
				case 22 -> creator = WireValues.text(scanner); // creator
				case 23 -> creatorId = WireValues.longValue(scanner); // creator_id
				case 24 -> bpm = WireValues.doubleValue(scanner); // bpm
				case 25 -> source = WireValues.text(scanner); // source
				case 26 -> tags = WireValues.text(scanner); // tags
				case 27 -> genre = WireValues.byId(scanner, Genre::fromId); // genre_id
				case 28 -> language = WireValues.byId(scanner, Language::fromId); // language_id
				case 29 -> favouriteCount = WireValues.intValue(scanner); // favourite_count
				case 30 -> rating = WireValues.doubleValue(scanner); // rating
				case 31 -> storyboard = WireValues.zeroOne(scanner); // storyboard
				case 32 -> video = WireValues.zeroOne(scanner); // video
				case 33 -> downloadUnavailable = WireValues.zeroOne(scanner); // download_unavailable
				case 34 -> audioUnavailable = WireValues.zeroOne(scanner); // audio_unavailable
				case 35 -> playcount = WireValues.longValue(scanner); // playcount
				case 36 -> passcount = WireValues.longValue(scanner); // passcount
				case 37 -> packs = WireValues.commaList(scanner); // packs
				case 38 -> maxCombo = WireValues.nullableInt(scanner); // max_combo
				case 39 -> diffAim = WireValues.nullableDouble(scanner); // diff_aim
				case 40 -> diffSpeed = WireValues.nullableDouble(scanner); // diff_speed
				case 41 -> difficultyRating = WireValues.doubleValue(scanner); // difficultyrating
				case WireScanner.UNKNOWN_NAME -> scanner.skipValue();
				// the components' Java names, which Jackson binds too, and what is not a name
				default -> throw WireValues.DECLINED;
			}
		}
		if ((seen & REQUIRED) != REQUIRED || lastUpdate == null) {
			throw WireValues.DECLINED;
		}
		return new Beatmap(beatmapsetId, beatmapId, approved, totalLength, hitLength, version, fileMd5, diffSize,
				diffOverall, diffApproach, diffDrain, mode, countNormal, countSlider, countSpinner, submitDate,
				approvedDate, lastUpdate, artist, artistUnicode, title, titleUnicode, creator, creatorId, bpm,
				source, tags, genre, language, favouriteCount, rating, storyboard, video, downloadUnavailable,
				audioUnavailable, playcount, passcount, packs, maxCombo, diffAim, diffSpeed, difficultyRating);
	}

}
