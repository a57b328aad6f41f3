package dev.osuv1.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnumsTests {

	@Test
	void wireIdsMapToConstantsAndUnknownIdsToUnknown() {
		assertThat(Gamemode.fromId(2)).isEqualTo(Gamemode.FRUITS);
		assertThat(Gamemode.fromId(7)).isEqualTo(Gamemode.UNKNOWN);
		assertThat(Gamemode.fromId(-1)).as("UNKNOWN's own id is not a wire id").isEqualTo(Gamemode.UNKNOWN);
		assertThat(RankStatus.fromId(-2)).isEqualTo(RankStatus.GRAVEYARD);
		assertThat(RankStatus.fromId(4)).isEqualTo(RankStatus.LOVED);
		assertThat(RankStatus.fromId(5)).isEqualTo(RankStatus.UNKNOWN);
		assertThat(Genre.fromId(8)).as("8 does not exist").isEqualTo(Genre.UNKNOWN);
		assertThat(Genre.fromId(9)).isEqualTo(Genre.HIP_HOP);
		assertThat(Language.fromId(1)).isEqualTo(Language.UNSPECIFIED);
		assertThat(Language.fromId(14)).isEqualTo(Language.OTHER);
		assertThat(Team.fromId(2)).isEqualTo(Team.RED);
		assertThat(TeamType.fromId(1)).isEqualTo(TeamType.TAG_COOP);
		assertThat(ScoringType.fromId(3)).isEqualTo(ScoringType.SCORE_V2);
		assertThat(Grade.fromApi("XH")).isEqualTo(Grade.XH);
		assertThat(Grade.fromApi("0")).isEqualTo(Grade.UNKNOWN);
	}

	@Test
	void modesParseFromNamesAndIds() {
		assertThat(Gamemode.parse("mania")).isEqualTo(Gamemode.MANIA);
		assertThat(Gamemode.parse("FRUITS")).isEqualTo(Gamemode.FRUITS);
		assertThat(Gamemode.parse("1")).isEqualTo(Gamemode.TAIKO);
		assertThat(Gamemode.OSU.apiName()).isEqualTo("osu");
		assertThatIllegalArgumentException().isThrownBy(() -> Gamemode.parse("unknown")).withMessageContaining("mode");
		assertThatIllegalArgumentException().isThrownBy(() -> Gamemode.parse("4")).withMessageContaining("0-3");
	}

}
