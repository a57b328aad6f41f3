package dev.osuv1.model;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field osu-api-v1.md section 1 lists is a component of its model, with the Java type the reference names:
 * {@code long} ids and scores, boxed types where the API sends {@code null} (or leaves a field out on some
 * endpoints), {@code Instant} dates, booleans for {@code "0"/"1"}, enums and {@link Mods} for ids and bitmasks.
 */
class WireFieldsTests {

	@Test
	void userHasEveryFieldTyped() {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		fields.put("user_id", long.class);
		fields.put("username", String.class);
		fields.put("join_date", Instant.class);
		fields.put("count300", Long.class);
		fields.put("count100", Long.class);
		fields.put("count50", Long.class);
		fields.put("playcount", Long.class);
		fields.put("ranked_score", Long.class);
		fields.put("total_score", Long.class);
		fields.put("pp_rank", Integer.class);
		fields.put("level", Double.class);
		fields.put("pp_raw", Double.class);
		fields.put("accuracy", Double.class);
		fields.put("count_rank_ss", Integer.class);
		fields.put("count_rank_ssh", Integer.class);
		fields.put("count_rank_s", Integer.class);
		fields.put("count_rank_sh", Integer.class);
		fields.put("count_rank_a", Integer.class);
		fields.put("country", String.class);
		fields.put("total_seconds_played", Long.class);
		fields.put("pp_country_rank", Integer.class);
		fields.put("events", List.class);
		assertTyped(User.class, fields);
	}

	@Test
	void userEventHasEveryFieldTyped() {
		assertTyped(UserEvent.class, Map.of("display_html", String.class, "beatmap_id", long.class, "beatmapset_id",
				long.class, "date", Instant.class, "epicfactor", int.class));
	}

	@Test
	void beatmapHasAll42FieldsTyped() {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		fields.put("beatmapset_id", long.class);
		fields.put("beatmap_id", long.class);
		fields.put("approved", RankStatus.class);
		fields.put("total_length", int.class);
		fields.put("hit_length", int.class);
		fields.put("version", String.class);
		fields.put("file_md5", String.class);
		fields.put("diff_size", double.class);
		fields.put("diff_overall", double.class);
		fields.put("diff_approach", double.class);
		fields.put("diff_drain", double.class);
		fields.put("mode", Gamemode.class);
		fields.put("count_normal", int.class);
		fields.put("count_slider", int.class);
		fields.put("count_spinner", int.class);
		fields.put("submit_date", Instant.class);
		fields.put("approved_date", Instant.class);
		fields.put("last_update", Instant.class);
		fields.put("artist", String.class);
		fields.put("artist_unicode", String.class);
		fields.put("title", String.class);
		fields.put("title_unicode", String.class);
		fields.put("creator", String.class);
		fields.put("creator_id", long.class);
		fields.put("bpm", double.class);
		fields.put("source", String.class);
		fields.put("tags", String.class);
		fields.put("genre_id", Genre.class);
		fields.put("language_id", Language.class);
		fields.put("favourite_count", int.class);
		fields.put("rating", double.class);
		fields.put("storyboard", boolean.class);
		fields.put("video", boolean.class);
		fields.put("download_unavailable", boolean.class);
		fields.put("audio_unavailable", boolean.class);
		fields.put("playcount", long.class);
		fields.put("passcount", long.class);
		fields.put("packs", List.class);
		fields.put("max_combo", Integer.class);
		fields.put("diff_aim", Double.class);
		fields.put("diff_speed", Double.class);
		fields.put("difficultyrating", double.class);
		assertThat(fields).hasSize(42);
		assertTyped(Beatmap.class, fields);
	}

	@Test
	void scoreHasTheFieldsOfAllThreeScoreEndpointsTyped() {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		fields.put("score_id", Long.class);
		fields.put("beatmap_id", long.class);
		fields.put("score", long.class);
		fields.put("username", String.class);
		fields.put("maxcombo", int.class);
		fields.put("count50", int.class);
		fields.put("count100", int.class);
		fields.put("count300", int.class);
		fields.put("countmiss", int.class);
		fields.put("countkatu", int.class);
		fields.put("countgeki", int.class);
		fields.put("perfect", boolean.class);
		fields.put("enabled_mods", Mods.class);
		fields.put("user_id", long.class);
		fields.put("date", Instant.class);
		fields.put("rank", Grade.class);
		fields.put("pp", Double.class);
		fields.put("replay_available", Boolean.class);
		assertTyped(Score.class, fields);
	}

	@Test
	void matchGameAndScoreHaveEveryFieldTyped() {
		assertTyped(Match.class, Map.of("match_id", long.class, "name", String.class, "start_time", Instant.class,
				"end_time", Instant.class, "games", List.class));
		Map<String, Class<?>> game = new LinkedHashMap<>();
		game.put("game_id", long.class);
		game.put("start_time", Instant.class);
		game.put("end_time", Instant.class);
		game.put("beatmap_id", long.class);
		game.put("play_mode", Gamemode.class);
		game.put("match_type", int.class);
		game.put("scoring_type", ScoringType.class);
		game.put("team_type", TeamType.class);
		game.put("mods", Mods.class);
		game.put("scores", List.class);
		assertTyped(MatchGame.class, game);
		Map<String, Class<?>> score = new LinkedHashMap<>();
		score.put("slot", int.class);
		score.put("team", Team.class);
		score.put("user_id", long.class);
		score.put("score", long.class);
		score.put("maxcombo", int.class);
		score.put("rank", int.class);
		score.put("count50", int.class);
		score.put("count100", int.class);
		score.put("count300", int.class);
		score.put("countmiss", int.class);
		score.put("countgeki", int.class);
		score.put("countkatu", int.class);
		score.put("perfect", boolean.class);
		score.put("pass", boolean.class);
		score.put("enabled_mods", Mods.class);
		assertTyped(MatchScore.class, score);
	}

	private static void assertTyped(Class<? extends Record> model, Map<String, Class<?>> fields) {
		fields.forEach((wireName, type) -> {
			Optional<RecordComponent> component = Arrays.stream(model.getRecordComponents())
				.filter((candidate) -> readsWireName(candidate, wireName))
				.findFirst();
			assertThat(component).as("%s has a component for '%s'", model.getSimpleName(), wireName).isPresent();
			assertThat(component.get().getType()).as("%s.%s", model.getSimpleName(), component.get().getName())
				.isEqualTo(type);
		});
	}

	private static boolean readsWireName(RecordComponent component, String wireName) {
		if (component.getName().equals(wireName)) {
			return true;
		}
		// @JsonAlias cannot target a record component, so Java puts it on the component's field
		try {
			JsonAlias alias = component.getDeclaringRecord()
				.getDeclaredField(component.getName())
				.getAnnotation(JsonAlias.class);
			return alias != null && Arrays.asList(alias.value()).contains(wireName);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
