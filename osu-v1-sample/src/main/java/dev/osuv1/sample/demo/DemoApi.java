package dev.osuv1.sample.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints of the demo osu! server, answering in the real v1 wire format from {@link DemoData}: it reads the
 * parameters the client sends ({@code u} with {@code type}, {@code m}, {@code b}, {@code s}, {@code h},
 * {@code since}, {@code a}, {@code mods}, {@code limit}, {@code mp}, {@code event_days}), answers {@code []},
 * {@code {"match":0,"games":[]}} or {@code Replay not available.} when nothing matches, and 401 when an
 * {@code /api/} call has no {@code k}.
 */
final class DemoApi {

	static final String INVALID_KEY = "{\"error\":\"Please provide a valid API key.\"}";

	static final String NO_REPLAY = "{\"error\":\"Replay not available.\"}";

	static final String NO_MATCH = "{\"match\":0,\"games\":[]}";

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss");

	private static final long DAY_SECONDS = 86_400;

	/** How long each made-up replay lasts. */
	private static final int REPLAY_MS = 20_000;

	/** Written like PHP's json_encode: ASCII only, slashes escaped. */
	private final JsonMapper mapper = JsonMapper.builder()
		.enable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.build();

	private final DemoData data;

	private final ConcurrentMap<Long, String> replays = new ConcurrentHashMap<>();

	private final Map<String, Function<Map<String, String>, DemoResponse>> endpoints;

	DemoApi(DemoData data) {
		this.data = data;
		this.endpoints = Map.of("/api/get_user", this::user, "/api/get_user_best", this::userBests,
				"/api/get_user_recent", this::userRecents, "/api/get_beatmaps", this::beatmaps, "/api/get_scores",
				this::scores, "/api/get_match", this::match, "/api/get_replay", this::replay);
	}

	/**
	 * Answers a request.
	 * @param path the path, such as {@code /api/get_user} or {@code /osu/10001}
	 * @param params the decoded query parameters
	 * @return the answer
	 */
	DemoResponse handle(String path, Map<String, String> params) {
		if (path.startsWith("/osu/")) {
			return osuFile(path.substring("/osu/".length()));
		}
		Function<Map<String, String>, DemoResponse> endpoint = this.endpoints.get(path);
		if (endpoint == null) {
			return new DemoResponse(404, "text/html; charset=UTF-8", Map.of(),
					"<html><body><h1>404 Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
		}
		String key = params.get("k");
		if (key == null || key.isBlank()) {
			return DemoResponse.json(401, INVALID_KEY);
		}
		return endpoint.apply(params);
	}

	private DemoResponse user(Map<String, String> params) {
		Gamemode mode = mode(params);
		int eventDays = (int) Math.max(1, Math.min(31, number(params.get("event_days"), 1)));
		return json(findUser(params).map((user) -> List.of(user.wire(mode, eventDays, this.data.now())))
			.orElse(List.of()));
	}

	private DemoResponse userBests(Map<String, String> params) {
		Gamemode mode = mode(params);
		Optional<DemoUser> user = findUser(params);
		Stream<DemoPlay> bests = this.data.plays()
			.stream()
			.filter((play) -> play.best() && play.mode() == mode
					&& user.map((found) -> found.id() == play.userId()).orElse(false))
			.sorted(Comparator.comparing(DemoPlay::pp, Comparator.nullsLast(Comparator.reverseOrder())));
		return json(bests.limit(limit(params, 10, 100)).map(DemoPlay::bestRow).toList());
	}

	private DemoResponse userRecents(Map<String, String> params) {
		Gamemode mode = mode(params);
		Optional<DemoUser> user = findUser(params);
		Instant dayAgo = this.data.now().minusSeconds(DAY_SECONDS);
		Stream<DemoPlay> recents = this.data.plays()
			.stream()
			.filter((play) -> play.mode() == mode && play.date().isAfter(dayAgo)
					&& user.map((found) -> found.id() == play.userId()).orElse(false))
			.sorted(Comparator.comparing(DemoPlay::date).reversed());
		return json(recents.limit(limit(params, 10, 50)).map(DemoPlay::recentRow).toList());
	}

	private DemoResponse scores(Map<String, String> params) {
		long beatmapId = number(params.get("b"), 0);
		Gamemode mode = mode(params);
		Optional<DemoUser> user = params.containsKey("u") ? findUser(params) : Optional.empty();
		if (params.containsKey("u") && user.isEmpty()) {
			return json(List.of());
		}
		Long mods = params.containsKey("mods") ? number(params.get("mods"), -1) : null;
		Stream<DemoPlay> scores = this.data.plays()
			.stream()
			.filter((play) -> play.best() && play.beatmapId() == beatmapId && play.mode() == mode)
			.filter((play) -> user.map((found) -> found.id() == play.userId()).orElse(true))
			.filter((play) -> mods == null || mods == play.mods())
			.sorted(Comparator.comparingLong(DemoPlay::score).reversed());
		return json(scores.limit(limit(params, 50, 100))
			.map((play) -> play.scoresRow(this.data.username(play.userId())))
			.toList());
	}

	private DemoResponse beatmaps(Map<String, String> params) {
		Gamemode mode = params.containsKey("m") ? mode(params) : null;
		boolean converts = "1".equals(params.get("a"));
		double starFactor = starFactor(Mods.of(Math.max(0, number(params.get("mods"), 0))));
		Instant since = since(params.get("since"));
		Optional<DemoUser> creator = params.containsKey("u") ? findUser(params) : Optional.empty();
		boolean filtered = Stream.of("b", "s", "h", "u", "since").anyMatch(params::containsKey);
		Stream<DemoBeatmap> beatmaps = this.data.beatmaps()
			.stream()
			.filter((map) -> !params.containsKey("b") || map.beatmapId() == number(params.get("b"), 0))
			.filter((map) -> !params.containsKey("s") || map.setId() == number(params.get("s"), 0))
			.filter((map) -> !params.containsKey("h") || map.fileMd5().equalsIgnoreCase(params.get("h")))
			.filter((map) -> !params.containsKey("u")
					|| creator.map((user) -> user.id() == map.creatorId()).orElse(false))
			.filter((map) -> since == null || (map.approvedDate() != null && !map.approvedDate().isBefore(since)))
			.filter((map) -> filtered || map.approved() <= 0)
			.filter((map) -> mode == null || map.mode() == mode
					|| (converts && mode != Gamemode.OSU && map.mode() == Gamemode.OSU));
		return json(beatmaps.limit(limit(params, 500, 500))
			.map((map) -> map.wire((mode != null) ? mode : map.mode(), starFactor))
			.toList());
	}

	private DemoResponse match(Map<String, String> params) {
		if (number(params.get("mp"), 0) != DemoData.MATCH_ID) {
			return DemoResponse.json(200, NO_MATCH);
		}
		return json(this.data.match());
	}

	private DemoResponse replay(Map<String, String> params) {
		Gamemode mode = mode(params);
		Optional<DemoPlay> play;
		if (params.containsKey("s")) {
			long scoreId = number(params.get("s"), 0);
			play = this.data.plays()
				.stream()
				.filter((candidate) -> candidate.scoreId() != null && candidate.scoreId() == scoreId
						&& candidate.mode() == mode)
				.findFirst();
		}
		else {
			long beatmapId = number(params.get("b"), 0);
			Optional<DemoUser> user = findUser(params);
			Long mods = params.containsKey("mods") ? number(params.get("mods"), -1) : null;
			play = this.data.plays()
				.stream()
				.filter((candidate) -> candidate.best() && candidate.beatmapId() == beatmapId
						&& candidate.mode() == mode && (mods == null || mods == candidate.mods())
						&& user.map((found) -> found.id() == candidate.userId()).orElse(false))
				.findFirst();
		}
		return play.filter((found) -> found.replay() && found.scoreId() != null)
			.map((found) -> json(Wire.row()
				.put("content", this.replays.computeIfAbsent(found.scoreId(),
						(scoreId) -> DemoReplays.content(scoreId, REPLAY_MS)))
				.put("encoding", "base64")
				.build()))
			.orElseGet(() -> DemoResponse.json(200, NO_REPLAY));
	}

	private DemoResponse osuFile(String id) {
		long beatmapId = number(id, 0);
		byte[] file = this.data.osuFiles().get(beatmapId);
		DemoBeatmap beatmap = this.data.beatmap(beatmapId).orElse(null);
		if (file == null || beatmap == null) {
			// what the real server does for a file it does not have: 200 and an empty body
			return new DemoResponse(200, "text/plain;charset=UTF-8", Map.of(), new byte[0]);
		}
		return new DemoResponse(200, "text/plain;charset=UTF-8",
				Map.of("Content-Disposition", "attachment; filename=\"" + beatmap.fileName() + "\""), file);
	}

	private Optional<DemoUser> findUser(Map<String, String> params) {
		String u = params.get("u");
		if (u == null) {
			return Optional.empty();
		}
		String type = params.get("type");
		boolean byId = "id".equals(type) || (type == null && u.chars().allMatch(Character::isDigit));
		return this.data.users()
			.stream()
			.filter((user) -> byId ? Long.toString(user.id()).equals(u) : user.name().equalsIgnoreCase(u))
			.findFirst();
	}

	private DemoResponse json(Object body) {
		return DemoResponse.json(200, this.mapper.writeValueAsString(body));
	}

	private static Gamemode mode(Map<String, String> params) {
		return Gamemode.fromId((int) number(params.get("m"), 0));
	}

	private static int limit(Map<String, String> params, int byDefault, int max) {
		return (int) Math.max(1, Math.min(max, number(params.get("limit"), byDefault)));
	}

	private static long number(@Nullable String value, long byDefault) {
		if (value == null) {
			return byDefault;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return byDefault;
		}
	}

	private static @Nullable Instant since(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return (value.length() <= 10) ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: LocalDateTime.parse(value, SINCE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Made-up star rating changes for the difficulty mods, the only ones get_beatmaps takes. */
	private static double starFactor(Mods mods) {
		double factor = 1;
		factor *= mods.contains(Mod.DT) ? 1.4 : 1;
		factor *= mods.contains(Mod.HT) ? 0.75 : 1;
		factor *= mods.contains(Mod.HR) ? 1.1 : 1;
		factor *= mods.contains(Mod.EZ) ? 0.5 : 1;
		factor *= mods.contains(Mod.FL) ? 1.15 : 1;
		return factor;
	}

}
