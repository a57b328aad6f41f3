package dev.osuv1.sample.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.osuv1.model.Gamemode;
import org.jspecify.annotations.Nullable;

/**
 * A made-up user of the demo server.
 *
 * @param id the user id
 * @param name the user name
 * @param country the country code
 * @param joined when the account was made
 * @param stats statistics per mode; a mode the user never played has none
 * @param events recent activity
 */
record DemoUser(long id, String name, String country, Instant joined, Map<Gamemode, Stats> stats,
		List<Event> events) {

	/**
	 * Returns the get_user row for a mode, with the events of the last {@code eventDays} days before {@code now}.
	 */
	Map<String, @Nullable Object> wire(Gamemode mode, int eventDays, Instant now) {
		Stats s = this.stats.get(mode);
		Instant oldest = now.minusSeconds(eventDays * 86_400L);
		List<Map<String, @Nullable Object>> recent = this.events.stream()
			.filter((event) -> !event.date().isBefore(oldest))
			.map(Event::wire)
			.toList();
		return Wire.row()
			.put("user_id", this.id)
			.put("username", this.name)
			.put("join_date", this.joined)
			.put("count300", (s != null) ? s.count300() : null)
			.put("count100", (s != null) ? s.count100() : null)
			.put("count50", (s != null) ? s.count50() : null)
			.put("playcount", (s != null) ? s.playcount() : null)
			.put("ranked_score", (s != null) ? s.rankedScore() : null)
			.put("total_score", (s != null) ? s.totalScore() : null)
			.put("pp_rank", (s != null) ? s.ppRank() : null)
			.put("level", (s != null) ? s.level() : null)
			.put("pp_raw", (s != null) ? s.ppRaw() : null)
			.put("accuracy", (s != null) ? s.accuracy() : null)
			.put("count_rank_ss", (s != null) ? s.ss() : null)
			.put("count_rank_ssh", (s != null) ? s.ssh() : null)
			.put("count_rank_s", (s != null) ? s.s() : null)
			.put("count_rank_sh", (s != null) ? s.sh() : null)
			.put("count_rank_a", (s != null) ? s.a() : null)
			.put("country", this.country)
			.put("total_seconds_played", (s != null) ? s.secondsPlayed() : null)
			.put("pp_country_rank", (s != null) ? s.countryRank() : null)
			.putRaw("events", recent)
			.build();
	}

	/**
	 * A user's statistics in one mode.
	 */
	record Stats(long count300, long count100, long count50, long playcount, long rankedScore, long totalScore,
			int ppRank, double level, double ppRaw, double accuracy, int ss, int ssh, int s, int sh, int a,
			long secondsPlayed, int countryRank) {
	}

	/**
	 * One entry of a user's recent activity.
	 */
	record Event(String html, long beatmapId, long beatmapsetId, Instant date, int epicfactor) {

		Map<String, @Nullable Object> wire() {
			return Wire.row()
				.put("display_html", this.html)
				.put("beatmap_id", this.beatmapId)
				.put("beatmapset_id", this.beatmapsetId)
				.put("date", this.date)
				.put("epicfactor", this.epicfactor)
				.build();
		}

	}

}
