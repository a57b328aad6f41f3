package dev.osuv1.sample.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.osuv1.model.Gamemode;
import dev.osuv1.sample.demo.DemoBeatmap.Difficulty;
import dev.osuv1.sample.demo.DemoPlay.Hits;
import dev.osuv1.sample.demo.DemoUser.Event;
import dev.osuv1.sample.demo.DemoUser.Stats;
import org.jspecify.annotations.Nullable;

/**
 * The demo server's small, made-up data set: three users ({@code peppy} id 2; {@code Demo Player}, whose name has a
 * space; and {@code 2}, whose name is only a digit), four difficulties in three sets (osu!, taiko, and an empty
 * graveyarded mania map), stored bests and recent plays, one match with an aborted game, and one {@code .osu} file
 * (beatmap 10001). Recent things are dated relative to {@code now}, so that get_user_recent and event days have
 * something to show.
 *
 * @param now the moment the server treats as now
 * @param users the users
 * @param beatmaps the difficulties
 * @param plays the plays, bests and recents
 * @param osuFiles the {@code .osu} files by beatmap id
 * @param match the match, as get_match sends it
 */
record DemoData(Instant now, List<DemoUser> users, List<DemoBeatmap> beatmaps, List<DemoPlay> plays,
		Map<Long, byte[]> osuFiles, Map<String, Object> match) {

	/** The id of the demo's one match. */
	static final long MATCH_ID = 5001;

	/** The beatmap whose {@code .osu} file the demo has. */
	static final long BEATMAP_WITH_FILE = 10001;

	static final long PEPPY = 2;

	static final long DEMO_PLAYER = 4242;

	static final long DIGITS = 31337;

	/**
	 * Creates the data set.
	 * @param now the moment the server treats as now
	 * @return the data
	 */
	static DemoData create(Instant now) {
		Instant today = now.truncatedTo(ChronoUnit.SECONDS);
		byte[] easyFile = DemoOsuFile.bytes("Made-up Artist", "Demo Song", "peppy", "Easy", BEATMAP_WITH_FILE, 1001,
				204);
		return new DemoData(today, users(today), beatmaps(md5(easyFile)), plays(today),
				Map.of(BEATMAP_WITH_FILE, easyFile), DemoMatch.create(today.minus(Duration.ofDays(2))));
	}

	Optional<DemoUser> user(long id) {
		return this.users.stream().filter((user) -> user.id() == id).findFirst();
	}

	Optional<DemoBeatmap> beatmap(long id) {
		return this.beatmaps.stream().filter((beatmap) -> beatmap.beatmapId() == id).findFirst();
	}

	private static List<DemoUser> users(Instant now) {
		DemoUser peppy = new DemoUser(PEPPY, "peppy", "AU", Instant.parse("2007-08-28T03:09:12Z"),
				Map.of(Gamemode.OSU,
						new Stats(1_234_567, 123_456, 12_345, 9_876, 543_210_987L, 2_109_876_543L, 654_321, 68.4321,
								1234.56, 96.54321098765432, 12, 3, 45, 6, 178, 765_432, 12_345),
						Gamemode.TAIKO, new Stats(23_456, 3_456, 0, 345, 12_345_678, 45_678_901, 98_765, 35.1234,
								150.12, 91.23456, 0, 0, 2, 0, 11, 23_456, 2_345)),
				List.of(new Event("<img src='/images/A_small.png'/> <b><a href='/u/2'>peppy</a></b> achieved rank #2 "
						+ "on <a href='/b/10002?m=0'>Made-up Artist - Demo Song [Insane]</a> (osu!)", 10002, 1001,
						now.minus(Duration.ofHours(5)), 1),
						new Event("<b><a href='/u/2'>peppy</a></b> has received the gift of osu! supporter!", 0, 0,
								now.minus(Duration.ofDays(10)), 2)));
		DemoUser demoPlayer = new DemoUser(DEMO_PLAYER, "Demo Player", "JP", Instant.parse("2015-05-05T12:00:00Z"),
				Map.of(Gamemode.OSU, new Stats(9_876_543, 654_321, 54_321, 45_678, 23_456_789_012L, 98_765_432_109L,
						1_234, 101.2345, 7654.32, 98.7654321, 321, 123, 654, 210, 1_234, 3_456_789, 210)),
				List.of());
		DemoUser digits = new DemoUser(DIGITS, "2", "DE", Instant.parse("2019-09-09T09:09:09Z"),
				Map.of(Gamemode.OSU, new Stats(345_678, 45_678, 5_678, 2_345, 234_567_890, 987_654_321, 87_654,
						88.8888, 2345.67, 94.5678, 5, 0, 56, 0, 321, 234_567, 3_456)),
				List.of());
		return List.of(peppy, demoPlayer, digits);
	}

	private static List<DemoBeatmap> beatmaps(String easyMd5) {
		Instant ranked = Instant.parse("2020-02-02T02:02:02Z");
		Difficulty easy = new Difficulty(1.8765, 0.9123, 0.8456, 120, 52, DemoOsuFile.hitLengthSeconds(204), 204, 0,
				0, 204, 3, 3, 4, 3);
		Difficulty insane = new Difficulty(5.4321, 2.7654, 2.5432, 120, 185, 180, 400, 150, 2, 700, 4, 8, 9, 6);
		Difficulty oni = new Difficulty(4.5678, null, null, 200, 130, 125, 955, 20, 5, 955, 5, 6, 5, 6);
		Difficulty empty = new Difficulty(0, null, null, 150, 0, 0, 0, 0, 0, null, 4, 7, 5, 7);
		return List.of(
				new DemoBeatmap(10001, 1001, Gamemode.OSU, 1, "Easy", "Made-up Artist", null, "Demo Song", null,
						"peppy", PEPPY, easy, Instant.parse("2020-01-01T10:00:00Z"), ranked,
						Instant.parse("2020-01-20T20:00:00Z"), 6, 5, null, easyMd5),
				new DemoBeatmap(10002, 1001, Gamemode.OSU, 1, "Insane", "Made-up Artist", null, "Demo Song", null,
						"peppy", PEPPY, insane, Instant.parse("2020-01-01T10:00:00Z"), ranked,
						Instant.parse("2020-01-20T20:00:00Z"), 6, 5, "S9001,R901", md5("demo beatmap 10002")),
				new DemoBeatmap(10003, 1002, Gamemode.TAIKO, 4, "Oni", "Another Made-up Artist",
						"\u5225\u306e\u30a2\u30fc\u30c6\u30a3\u30b9\u30c8", "Taiko Demo",
						"\u592a\u9f13\u30c7\u30e2", "Demo Player", DEMO_PLAYER, oni,
						Instant.parse("2021-11-11T11:11:11Z"), Instant.parse("2022-03-03T03:03:03Z"),
						Instant.parse("2022-02-02T02:02:02Z"), 3, 3, null, md5("demo beatmap 10003")),
				new DemoBeatmap(10004, 1003, Gamemode.MANIA, -2, "Keys", "Made-up Band", null, "Empty Keys", null, "2",
						DIGITS, empty, Instant.parse("2023-03-03T03:03:03Z"), null,
						Instant.parse("2023-04-04T04:04:04Z"), 1, 1, null, md5("demo beatmap 10004")));
	}

	private static List<DemoPlay> plays(Instant now) {
		return List.of(
				new DemoPlay(900001L, 10002, PEPPY, Gamemode.OSU, 3_456_789, 612, new Hits(515, 30, 4, 3, 20, 80),
						false, 72, now.minus(Duration.ofHours(5)), "A", 123.4567, true),
				new DemoPlay(900002L, 10001, PEPPY, Gamemode.OSU, 1_234_567, 204, new Hits(200, 4, 0, 0, 3, 40), true,
						0, Instant.parse("2023-06-15T18:30:00Z"), "S", 45.678, false),
				new DemoPlay(900003L, 10002, DEMO_PLAYER, Gamemode.OSU, 5_678_901, 700, new Hits(552, 0, 0, 0, 0, 100),
						true, 8, Instant.parse("2024-02-29T23:59:59Z"), "XH", 234.5678, true),
				new DemoPlay(900004L, 10002, DIGITS, Gamemode.OSU, 2_345_678, 450, new Hits(470, 60, 12, 10, 30, 60),
						false, 16, Instant.parse("2024-05-05T05:05:05Z"), "B", 98.7654, true),
				new DemoPlay(800001L, 10003, PEPPY, Gamemode.TAIKO, 1_987_654, 600, new Hits(900, 50, 0, 5, 0, 10),
						false, 0, Instant.parse("2022-04-01T12:00:00Z"), "A", 150.1234, true),
				new DemoPlay(null, 10001, PEPPY, Gamemode.OSU, 234_567, 45, new Hits(80, 10, 2, 5, 1, 10), false, 0,
						now.minus(Duration.ofHours(1)), "F", null, false),
				new DemoPlay(null, 10002, PEPPY, Gamemode.OSU, 3_000_000, 480, new Hits(500, 40, 7, 5, 22, 70), false,
						72, now.minus(Duration.ofHours(3)), "A", null, false),
				new DemoPlay(null, 10001, PEPPY, Gamemode.OSU, 1_100_000, 150, new Hits(190, 10, 4, 0, 4, 35), false,
						0, now.minus(Duration.ofHours(30)), "A", null, false));
	}

	static String md5(String text) {
		return md5(text.getBytes(StandardCharsets.UTF_8));
	}

	static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

	@Nullable String username(long userId) {
		return user(userId).map(DemoUser::name).orElse(null);
	}

}
