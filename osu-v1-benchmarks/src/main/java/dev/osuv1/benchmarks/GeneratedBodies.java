package dev.osuv1.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

/**
 * Bodies shaped like the recorded ones (same fields, string-typed numbers, similar sizes), for a machine without
 * the shared fixtures folder. A fixed seed makes every run decode the same bytes.
 */
final class GeneratedBodies {

	private static final int BEATMAP_ROWS = 500;

	private static final int MATCH_GAMES = 12;

	private static final int PLAYERS_PER_GAME = 8;

	private static final int REPLAY_FRAMES = 7_300;

	private GeneratedBodies() {
	}

	static Bodies create() {
		SplittableRandom random = new SplittableRandom(7);
		return new Bodies(utf8(user()), utf8(beatmaps(random)), utf8(match(random)), utf8(replay(random)),
				"generated (no fixtures folder found)");
	}

	private static String user() {
		return "[{\"user_id\":\"2\",\"username\":\"peppy\",\"join_date\":\"2007-08-28 03:09:12\",\"count300\":\"687750\","
				+ "\"count100\":\"124580\",\"count50\":\"27541\",\"playcount\":\"7769\",\"ranked_score\":\"466015627\","
				+ "\"total_score\":\"2030915816\",\"pp_rank\":\"829418\",\"level\":\"67.5349\",\"pp_raw\":\"1188.36\","
				+ "\"accuracy\":\"96.79685974121094\",\"count_rank_ss\":\"15\",\"count_rank_ssh\":\"0\","
				+ "\"count_rank_s\":\"67\",\"count_rank_sh\":\"0\",\"count_rank_a\":\"179\",\"country\":\"AU\","
				+ "\"total_seconds_played\":\"744884\",\"pp_country_rank\":\"17149\",\"events\":[]}]";
	}

	private static String beatmaps(SplittableRandom random) {
		StringBuilder json = new StringBuilder(BEATMAP_ROWS * 1_000).append('[');
		for (int i = 0; i < BEATMAP_ROWS; i++) {
			json.append((i > 0) ? "," : "").append('{');
			field(json, "beatmapset_id", 2_500_000 + i / 4).append(',');
			field(json, "beatmap_id", 5_700_000 + i).append(',');
			field(json, "approved", random.nextInt(-2, 5)).append(',');
			field(json, "total_length", random.nextInt(30, 400)).append(',');
			field(json, "hit_length", random.nextInt(30, 400)).append(',');
			field(json, "version", "Insane " + i).append(',');
			field(json, "file_md5", hex(random, 32)).append(',');
			field(json, "diff_size", decimal(random, 10)).append(',');
			field(json, "diff_overall", decimal(random, 10)).append(',');
			field(json, "diff_approach", decimal(random, 10)).append(',');
			field(json, "diff_drain", decimal(random, 10)).append(',');
			field(json, "mode", random.nextInt(4)).append(',');
			field(json, "count_normal", random.nextInt(2_000)).append(',');
			field(json, "count_slider", random.nextInt(1_000)).append(',');
			field(json, "count_spinner", random.nextInt(5)).append(',');
			field(json, "submit_date", date(random)).append(',');
			json.append("\"approved_date\":null,");
			field(json, "last_update", date(random)).append(',');
			field(json, "artist", "Artist " + random.nextInt(1_000)).append(',');
			field(json, "artist_unicode", "\u30a2\u30fc\u30c6\u30a3\u30b9\u30c8 " + random.nextInt(1_000)).append(',');
			field(json, "title", "Title " + random.nextInt(1_000)).append(',');
			field(json, "title_unicode", "\u30bf\u30a4\u30c8\u30eb " + random.nextInt(1_000)).append(',');
			field(json, "creator", "mapper" + random.nextInt(1_000)).append(',');
			field(json, "creator_id", random.nextInt(1, 40_000_000)).append(',');
			field(json, "bpm", random.nextInt(60, 300)).append(',');
			field(json, "source", "").append(',');
			field(json, "tags", "vtuber japanese jpop j-pop pop j-rock jrock rock english various artists "
					+ "tag".repeat(40)).append(',');
			field(json, "genre_id", random.nextInt(15)).append(',');
			field(json, "language_id", random.nextInt(15)).append(',');
			field(json, "favourite_count", random.nextInt(100)).append(',');
			field(json, "rating", decimal(random, 10)).append(',');
			field(json, "storyboard", random.nextInt(2)).append(',');
			field(json, "video", random.nextInt(2)).append(',');
			field(json, "download_unavailable", 0).append(',');
			field(json, "audio_unavailable", 0).append(',');
			field(json, "playcount", random.nextInt(100_000)).append(',');
			field(json, "passcount", random.nextInt(10_000)).append(',');
			json.append("\"packs\":null,");
			field(json, "max_combo", random.nextInt(100, 6_000)).append(',');
			json.append("\"diff_aim\":null,\"diff_speed\":null,");
			field(json, "difficultyrating", decimal(random, 9));
			json.append('}');
		}
		return json.append(']').toString();
	}

	private static String match(SplittableRandom random) {
		StringBuilder json = new StringBuilder(24_000).append("{\"match\":{");
		field(json, "match_id", 105_019_274).append(',');
		field(json, "name", "OWC2022: (Russian Federation) VS (France)").append(',');
		field(json, "start_time", "2022-11-12 16:54:19").append(',');
		field(json, "end_time", "2022-11-12 18:11:45").append("},\"games\":[");
		for (int game = 0; game < MATCH_GAMES; game++) {
			json.append((game > 0) ? "," : "").append('{');
			field(json, "game_id", 538_148_530 + game).append(',');
			field(json, "start_time", date(random)).append(',');
			field(json, "end_time", date(random)).append(',');
			field(json, "beatmap_id", random.nextInt(1, 4_000_000)).append(',');
			field(json, "play_mode", 0).append(',');
			field(json, "match_type", 0).append(',');
			field(json, "scoring_type", 3).append(',');
			field(json, "team_type", 2).append(',');
			field(json, "mods", 0).append(",\"scores\":[");
			for (int slot = 0; slot < PLAYERS_PER_GAME; slot++) {
				json.append((slot > 0) ? "," : "").append('{');
				field(json, "slot", slot).append(',');
				field(json, "team", 1 + slot % 2).append(',');
				field(json, "user_id", random.nextInt(1, 30_000_000)).append(',');
				field(json, "score", random.nextInt(1_000_000)).append(',');
				field(json, "maxcombo", random.nextInt(2_000)).append(',');
				field(json, "rank", 0).append(',');
				field(json, "count50", random.nextInt(10)).append(',');
				field(json, "count100", random.nextInt(100)).append(',');
				field(json, "count300", random.nextInt(1_000)).append(',');
				field(json, "countmiss", random.nextInt(10)).append(',');
				field(json, "countgeki", random.nextInt(300)).append(',');
				field(json, "countkatu", random.nextInt(50)).append(',');
				field(json, "perfect", 0).append(',');
				field(json, "pass", 1).append(',');
				field(json, "enabled_mods", random.nextInt(2)).append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	private static String replay(SplittableRandom random) {
		StringBuilder frames = new StringBuilder(REPLAY_FRAMES * 24).append("0|256|-500|0,-1|256|-500|0,");
		for (int i = 0; i < REPLAY_FRAMES; i++) {
			frames.append(random.nextInt(14, 18)).append('|').append(decimal(random, 512)).append('|')
				.append(decimal(random, 384)).append('|').append(random.nextInt(16)).append(',');
		}
		frames.append("-12345|0|0|56072,");
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (LZMAOutputStream lzma = new LZMAOutputStream(compressed, new LZMA2Options(), -1)) {
			lzma.write(frames.toString().getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String content = Base64.getEncoder().encodeToString(compressed.toByteArray());
		return "{\"content\":\"" + content + "\",\"encoding\":\"base64\"}";
	}

	private static StringBuilder field(StringBuilder json, String name, Object value) {
		return json.append('"').append(name).append("\":\"").append(value).append('"');
	}

	private static String decimal(SplittableRandom random, int bound) {
		return String.format(Locale.ROOT, "%.4f", random.nextDouble() * bound);
	}

	private static String date(SplittableRandom random) {
		return String.format(Locale.ROOT, "20%02d-%02d-%02d %02d:%02d:%02d", random.nextInt(10, 27),
				random.nextInt(1, 13), random.nextInt(1, 29), random.nextInt(24), random.nextInt(60), random.nextInt(60));
	}

	private static String hex(SplittableRandom random, int length) {
		StringBuilder hex = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			hex.append(Character.forDigit(random.nextInt(16), 16));
		}
		return hex.toString();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
