package dev.osuv1.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * A multiplayer match of osu!stable (get_match).
 *
 * @param matchId the match id
 * @param name the lobby name
 * @param startTime when the match was made
 * @param endTime when it was disbanded; {@code null} while it goes on
 * @param games the maps played, in order
 */
public record Match(@JsonAlias("match_id") long matchId, String name, @JsonAlias("start_time") Instant startTime,
		@JsonAlias("end_time") @Nullable Instant endTime, List<MatchGame> games) {

	/**
	 * Creates a match, reading an absent name and games as empty.
	 * @param matchId the match id
	 * @param name the lobby name
	 * @param startTime when the match was made
	 * @param endTime when it was disbanded; {@code null} while it goes on
	 * @param games the maps played, in order
	 */
	public Match {
		name = Absent.text(name);
		startTime = Absent.required(startTime, "start_time");
		games = Absent.list(games);
	}

}
