package dev.osuv1.query;

import java.time.Instant;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Mod;
import dev.osuv1.model.Mods;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Queries refuse what the API would reject or answer wrongly, naming the parameter and its range.
 */
class QueryValidationTests {

	@Test
	void limitsFollowTheApisRanges() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserScoresQuery.of("x").withLimit(0))
			.withMessage("limit must be between 1 and 100, but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> UserScoresQuery.of("x").withLimit(101))
			.withMessageContaining("limit");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapScoresQuery.of(1).withLimit(101))
			.withMessage("limit must be between 1 and 100, but was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapQuery.byBeatmapId(1).withLimit(501))
			.withMessage("limit must be between 1 and 500, but was 501");
		assertThat(BeatmapQuery.byBeatmapId(1).withLimit(500).limit()).isEqualTo(500);
	}

	@Test
	void eventDaysAreOneToThirtyOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserQuery.of(2).withEventDays(32))
			.withMessage("eventDays must be between 1 and 31, but was 32");
		assertThatIllegalArgumentException().isThrownBy(() -> UserQuery.of(2).withEventDays(0))
			.withMessageContaining("eventDays");
		assertThat(UserQuery.of(2).withEventDays(31).eventDays()).isEqualTo(31);
	}

	@Test
	void beatmapsNeedAFilter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BeatmapQuery(null, null, null, null, null, Gamemode.OSU, false, null, 10))
			.withMessage("one of beatmap id / set id / since / hash / user is required");
	}

	@Test
	void beatmapFiltersAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapQuery.byHash("abc"))
			.withMessageContaining("hash");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapQuery.byBeatmapId(0))
			.withMessageContaining("beatmapId");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapQuery.byBeatmapsetId(1).withConverts(true))
			.withMessageContaining("converts");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapQuery.byBeatmapId(1).withMods(Mods.of(Mod.HD)))
			.withMessageContaining("mods")
			.withMessageContaining("HD");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BeatmapQuery.since(Instant.EPOCH).withMode(Gamemode.UNKNOWN))
			.withMessageContaining("mode");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BeatmapQuery(null, null, Instant.EPOCH, null, UserRef.id(2), null, false, null, null))
			.withMessageContaining("since")
			.withMessageContaining("user");
		assertThat(BeatmapQuery.byBeatmapId(1).withMods(Mods.parse("HRDT")).mods().bits()).isEqualTo(80);
	}

	@Test
	void beatmapFiltersOfAWalkAreChecked() {
		assertThat(BeatmapFilters.none().pageSizeOrDefault()).isEqualTo(500);
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapFilters.none().withConverts(true))
			.withMessageContaining("converts");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapFilters.none().withMods(Mods.of(Mod.HD)))
			.withMessageContaining("HD");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapFilters.none().withMode(Gamemode.UNKNOWN))
			.withMessageContaining("mode");
		assertThatIllegalArgumentException().isThrownBy(() -> BeatmapFilters.none().withPageSize(501))
			.withMessage("pageSize must be between 1 and 500, but was 501");
		BeatmapFilters filters = BeatmapFilters.none()
			.withMode(Gamemode.MANIA)
			.withConverts(true)
			.withMods(Mods.of(Mod.DT))
			.withPageSize(50);
		assertThat(filters.toQuery(Instant.EPOCH)).isEqualTo(new BeatmapQuery(null, null, Instant.EPOCH, null, null,
				Gamemode.MANIA, true, Mods.of(Mod.DT), 50));
	}

	@Test
	void replaysNeedAScoreIdOrABeatmapAndAUser() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReplayQuery(null, 1L, null, Gamemode.OSU, null))
			.withMessage("a replay needs a score id, or beatmap id and user");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReplayQuery(null, null, UserRef.id(2), Gamemode.OSU, null))
			.withMessageContaining("score id");
		assertThatIllegalArgumentException().isThrownBy(() -> ReplayQuery.ofScore(-5))
			.withMessageContaining("scoreId");
	}

	@Test
	void usersAreIdsOrNames() {
		assertThat(UserRef.parse("id:123")).isEqualTo(UserRef.id(123));
		assertThat(UserRef.parse("id:123").type()).isEqualTo("id");
		assertThat(UserRef.parse("123").type()).isEqualTo("string");
		assertThat(UserRef.parse("Some Name")).hasToString("Some Name");
		assertThatIllegalArgumentException().isThrownBy(() -> UserRef.parse("id:abc"))
			.withMessageContaining("user id");
		assertThatIllegalArgumentException().isThrownBy(() -> UserRef.id(0)).withMessageContaining("user id");
		assertThatIllegalArgumentException().isThrownBy(() -> UserRef.name(" ")).withMessageContaining("user name");
		assertThatIllegalArgumentException().isThrownBy(() -> UserRef.name("a\nb")).withMessageContaining("control");
		assertThatIllegalArgumentException().isThrownBy(() -> UserQuery.of((UserRef) null))
			.withMessage("user must not be null");
	}

	@Test
	void modeIsRequiredAndNeverUnknown() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserQuery.of(2).withMode(null))
			.withMessage("mode must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> UserScoresQuery.of(2).withMode(Gamemode.UNKNOWN))
			.withMessageContaining("mode");
	}

	@Test
	void withMethodsKeepTheOtherParameters() {
		BeatmapScoresQuery query = BeatmapScoresQuery.of(5)
			.withMode(Gamemode.MANIA)
			.withMods(Mods.of(Mod.K4))
			.withUser(UserRef.name("u"))
			.withLimit(3);
		assertThat(query).isEqualTo(new BeatmapScoresQuery(5, Gamemode.MANIA, Mods.of(Mod.K4), UserRef.name("u"), 3));
	}

}
