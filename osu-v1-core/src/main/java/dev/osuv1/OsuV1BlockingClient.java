package dev.osuv1;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Match;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.model.User;
import dev.osuv1.query.BeatmapFilters;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserScoresQuery;
import dev.osuv1.replay.OsrFile;

/**
 * The calls of an {@link OsuV1Client}, blocking until the answer is in: "not found" is an empty {@code Optional} or
 * {@code List}, failures are thrown as {@link OsuApiException}s. Get one from {@link OsuV1Client#blocking()}; do not
 * call it on a Reactor event-loop thread.
 */
public final class OsuV1BlockingClient {

	private final OsuV1Client client;

	OsuV1BlockingClient(OsuV1Client client) {
		this.client = client;
	}

	/**
	 * Returns a user's profile and statistics in one mode.
	 * @param query the user, mode and event days
	 * @return the user, or empty when the user does not exist or is restricted
	 * @see OsuV1Client#getUser(UserQuery)
	 */
	public Optional<User> getUser(UserQuery query) {
		return this.client.getUser(query).blockOptional();
	}

	/**
	 * Returns the user with the given name, in osu! mode.
	 * @param username the user name
	 * @return the user, or empty
	 */
	public Optional<User> getUser(String username) {
		return this.client.getUser(username).blockOptional();
	}

	/**
	 * Returns the user with the given id, in osu! mode.
	 * @param userId the user id
	 * @return the user, or empty
	 */
	public Optional<User> getUser(long userId) {
		return this.client.getUser(userId).blockOptional();
	}

	/**
	 * Returns a user's plays of the last 24 hours, newest first, failed ones included.
	 * @param query the user, mode and limit (at most 50)
	 * @return the scores
	 * @see OsuV1Client#getUserRecents(UserScoresQuery)
	 */
	public List<Score> getUserRecents(UserScoresQuery query) {
		return this.client.getUserRecents(query).collectList().block();
	}

	/**
	 * Returns a user's best scores, by pp.
	 * @param query the user, mode and limit (at most 100)
	 * @return the scores
	 * @see OsuV1Client#getUserBests(UserScoresQuery)
	 */
	public List<Score> getUserBests(UserScoresQuery query) {
		return this.client.getUserBests(query).collectList().block();
	}

	/**
	 * Returns beatmap difficulties.
	 * @param query the filters
	 * @return the beatmaps
	 * @see OsuV1Client#getBeatmaps(BeatmapQuery)
	 */
	public List<Beatmap> getBeatmaps(BeatmapQuery query) {
		return this.client.getBeatmaps(query).collectList().block();
	}

	/**
	 * Returns every ranked, approved, qualified and loved beatmap difficulty approved at or after the given instant,
	 * as a stream that requests each page of get_beatmaps when it is read that far. Close the stream (for example with
	 * try-with-resources) when leaving it before its end, so that the walk stops.
	 * @param since the earliest {@code approved_date}
	 * @param filters the mode, converts, mods and page size; {@link BeatmapFilters#none()} for every map
	 * @return the difficulties, each once, oldest first
	 * @see OsuV1Client#getBeatmapsSince(Instant, BeatmapFilters)
	 */
	public Stream<Beatmap> getBeatmapsSince(Instant since, BeatmapFilters filters) {
		return this.client.getBeatmapsSince(since, filters).toStream(1);
	}

	/**
	 * Returns the top scores on a beatmap.
	 * @param query the beatmap, mode, mods, user and limit
	 * @return the scores
	 * @see OsuV1Client#getBeatmapScores(BeatmapScoresQuery)
	 */
	public List<Score> getBeatmapScores(BeatmapScoresQuery query) {
		return this.client.getBeatmapScores(query).collectList().block();
	}

	/**
	 * Returns a multiplayer match.
	 * @param matchId the match id
	 * @return the match, or empty when it does not exist or is private
	 */
	public Optional<Match> getMatch(long matchId) {
		return this.client.getMatch(matchId).blockOptional();
	}

	/**
	 * Returns a score's replay data.
	 * @param query a score id, or a beatmap and a user
	 * @return the replay, or empty when none is available
	 */
	public Optional<Replay> getReplay(ReplayQuery query) {
		return this.client.getReplay(query).blockOptional();
	}

	/**
	 * Builds the complete {@code .osr} file of a user's score on a beatmap.
	 * @param query a beatmap id and a user, the mode, and optionally mods and the score id
	 * @return the file, or empty when the score, its beatmap or its replay is not available
	 * @see OsuV1Client#getReplayFile(ReplayQuery)
	 */
	public Optional<OsrFile> getReplayFile(ReplayQuery query) {
		return this.client.getReplayFile(query).blockOptional();
	}

	/**
	 * Builds the complete {@code .osr} file of a score, fetching its beatmap's MD5, its player's name when the score
	 * has none, and its replay.
	 * @param score the score, from get_scores, get_user_best or get_user_recent
	 * @return the file, or empty when the score has no stored replay or something it needs is not available
	 * @see OsuV1Client#getReplayFile(Score)
	 */
	public Optional<OsrFile> getReplayFile(Score score) {
		return this.client.getReplayFile(score).blockOptional();
	}

	/**
	 * Returns a beatmap's {@code .osu} file, byte for byte.
	 * @param beatmapId the beatmap
	 * @return the file, or empty when the server has none
	 */
	public Optional<BeatmapFile> getBeatmapOsu(long beatmapId) {
		return this.client.getBeatmapOsu(beatmapId).blockOptional();
	}

}
