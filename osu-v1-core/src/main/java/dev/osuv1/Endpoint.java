package dev.osuv1;

import dev.osuv1.ratelimit.RequestKind;

/**
 * The API's endpoints, with the path each is served at.
 */
enum Endpoint {

	GET_USER("get_user", "/api/get_user"),

	GET_USER_RECENT("get_user_recent", "/api/get_user_recent"),

	GET_USER_BEST("get_user_best", "/api/get_user_best"),

	GET_BEATMAPS("get_beatmaps", "/api/get_beatmaps"),

	GET_SCORES("get_scores", "/api/get_scores"),

	GET_MATCH("get_match", "/api/get_match"),

	GET_REPLAY("get_replay", "/api/get_replay"),

	/** The raw {@code .osu} file: no key, the beatmap id is the last path segment. */
	GET_BEATMAP_OSU("get_beatmap_osu", "/osu/");

	private final String apiName;

	private final String path;

	Endpoint(String apiName, String path) {
		this.apiName = apiName;
		this.path = path;
	}

	String apiName() {
		return this.apiName;
	}

	String path() {
		return this.path;
	}

	boolean returnsJson() {
		return this != GET_BEATMAP_OSU;
	}

	/** Whether requests carry the API key: all but the {@code .osu} file. */
	boolean sendsKey() {
		return this != GET_BEATMAP_OSU;
	}

	RequestKind kind() {
		return (this == GET_REPLAY) ? RequestKind.REPLAY : RequestKind.GENERAL;
	}

}
