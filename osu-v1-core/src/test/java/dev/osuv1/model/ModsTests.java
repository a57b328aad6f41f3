package dev.osuv1.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModsTests {

	@Test
	void bitmaskAndAcronymsRoundTrip() {
		Mods mods = Mods.of(Mod.HD, Mod.HR, Mod.FL);
		assertThat(mods.bits()).isEqualTo(8 + 16 + 1024);
		assertThat(mods).hasToString("HDHRFL");
		assertThat(Mods.parse("HDHRFL")).isEqualTo(mods);
		assertThat(Mods.parse("1048")).isEqualTo(mods);
	}

	@Test
	void nightcoreImpliesDoubleTimeAndIsWrittenAlone() {
		Mods nightcore = Mods.of(Mod.NC);
		assertThat(nightcore.bits()).isEqualTo(576);
		assertThat(nightcore.contains(Mod.DT)).isTrue();
		assertThat(nightcore).hasToString("NC");
		assertThat(Mods.of(512)).isEqualTo(Mods.of(576));
		assertThat(Mods.parse("hdnc")).hasToString("HDNC");
	}

	@Test
	void perfectImpliesSuddenDeath() {
		assertThat(Mods.of(Mod.PF).bits()).isEqualTo(16416);
		assertThat(Mods.of(16384).contains(Mod.SD)).isTrue();
		assertThat(Mods.of(16416)).hasToString("PF");
	}

	@Test
	void noModIsNm() {
		assertThat(Mods.of(0)).isSameAs(Mods.NONE).hasToString("NM");
		assertThat(Mods.parse("NM")).isSameAs(Mods.NONE);
		assertThat(Mods.parse("")).isSameAs(Mods.NONE);
		assertThat(Mods.NONE.isEmpty()).isTrue();
	}

	@Test
	void keyModsUseTheirOwnAcronymsAndBits() {
		assertThat(Mods.parse("4K").toSet()).containsExactly(Mod.K4);
		assertThat(Mod.K1.bit()).isEqualTo(67108864L);
		assertThat(Mod.K3.bit()).isEqualTo(134217728L);
		assertThat(Mod.K2.bit()).isEqualTo(268435456L);
		assertThat(Mod.MR.bit()).isEqualTo(1073741824L);
		assertThat(Mods.of(1073791008L).contains(Mod.MR)).isTrue();
	}

	@Test
	void unknownBitsAreKept() {
		assertThat(Mods.of(1L << 40).bits()).isEqualTo(1L << 40);
	}

	@Test
	void unionAndDifference() {
		assertThat(Mods.of(Mod.DT).with(Mods.of(Mod.HD))).hasToString("HDDT");
		assertThat(Mods.of(Mod.DT).with(null)).isEqualTo(Mods.of(Mod.DT));
		assertThat(Mods.parse("HDHR").without(Mod.HD)).isEqualTo(Mods.of(Mod.HR));
	}

	@Test
	void badTextIsRefusedWithTheParameterNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mods.parse("HDX")).withMessageContaining("mods");
		assertThatIllegalArgumentException().isThrownBy(() -> Mods.parse("QQ")).withMessageContaining("QQ");
		assertThatIllegalArgumentException().isThrownBy(() -> Mods.of(-1)).withMessageContaining("mods");
	}

	@Test
	void acronymsAreWrittenInBitOrderWhateverOrderTheyWereReadIn() {
		assertThat(Mods.parse("DTHD")).hasToString("HDDT");
		assertThat(Mods.parse("FLHRHDNF")).hasToString("NFHDHRFL");
		assertThat(Mods.parse("PFNCHD")).hasToString("HDNCPF");
		assertThat(Mods.parse("MRV24K")).hasToString("4KV2MR");
		assertThat(Mods.parse(Mods.of(Mod.HD, Mod.NC, Mod.PF).toString())).isEqualTo(Mods.of(Mod.HD, Mod.NC, Mod.PF));
	}

	@Test
	void difficultyAffectingKeepsWhatGetBeatmapsAccepts() {
		assertThat(Mods.parse("NFEZHDHRSDDTRXHTFLSO").difficultyAffecting()).isEqualTo(Mods.parse("EZHRDTHTFL"));
		assertThat(Mods.parse("HDNC").difficultyAffecting()).as("NC is sent as DT").isEqualTo(Mods.of(Mod.DT));
		assertThat(Mods.parse("HDNC").difficultyAffecting().bits()).isEqualTo(64);
		assertThat(Mods.parse("HDSO").difficultyAffecting()).isSameAs(Mods.NONE);
	}

	@Test
	void speedMultiplierFollowsTheTimeMods() {
		assertThat(Mods.NONE.speedMultiplier()).isEqualTo(1.0);
		assertThat(Mods.of(Mod.DT).speedMultiplier()).isEqualTo(1.5);
		assertThat(Mods.of(Mod.NC).speedMultiplier()).isEqualTo(1.5);
		assertThat(Mods.of(Mod.HT).speedMultiplier()).isEqualTo(0.75);
		assertThat(Mods.of(Mod.HD, Mod.HR).speedMultiplier()).isEqualTo(1.0);
	}

}
