package dev.osuv1.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.osuv1.model.Replay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Frames read from replay data the tests compress themselves: running time, negative deltas, the seed frame, the
 * trailing comma, keys, locale-independent numbers, streaming, and clear errors for malformed data.
 */
class ReplayFrameReaderTests {

	@Test
	void framesCarryTheirDeltaAndTheRunningTimeWithNegativeDeltasSummed() {
		Replay replay = TestReplays.compress("0|256|-500|0,14607|256|-500|0,-14585|361.603|189.5999|0,16|362|190|5,");
		ReplayFrames frames = ReplayFrames.decode(replay);
		assertThat(frames.frames()).extracting(ReplayFrame::delta).containsExactly(0, 14607, -14585, 16);
		assertThat(frames.frames()).extracting(ReplayFrame::time).containsExactly(0L, 14607L, 22L, 38L);
		assertThat(frames.endTime()).isEqualTo(38);
		ReplayFrame third = frames.frames().get(2);
		assertThat(third.x()).isEqualTo(361.603f);
		assertThat(third.y()).isEqualTo(189.5999f);
		assertThat(frames.frames().get(0).y()).isEqualTo(-500f);
		assertThat(frames.seed()).isNull();
	}

	@Test
	void theSeedFrameIsTakenOutAndDoesNotMoveTheClock() {
		ReplayFrames frames = ReplayFrames.decode(TestReplays.compress("0|256|-500|0,-1|256|-500|0,20|1|2|0,"
				+ "-12345|0|0|56072,"));
		assertThat(frames.frames()).hasSize(3);
		assertThat(frames.frames()).extracting(ReplayFrame::time).containsExactly(0L, -1L, 19L);
		assertThat(frames.seed()).isEqualTo(56072);
	}

	@Test
	void dataWithoutTrailingCommaAsLazerWritesItReadsTheSame() {
		ReplayFrames frames = ReplayFrames.decode(
				TestReplays.compress("-2|-171.2764|-55.99997|0,17|85.828674|219.61784|2,-12345|0|0|0"));
		assertThat(frames.frames()).extracting(ReplayFrame::time).containsExactly(-2L, 15L);
		assertThat(frames.frames().get(1).x()).isEqualTo(85.828674f);
		assertThat(frames.seed()).isZero();
	}

	@Test
	void emptyDataHasNoFrameAndNoSeed() {
		ReplayFrames frames = ReplayFrames.decode(TestReplays.compress(""));
		assertThat(frames.frames()).isEmpty();
		assertThat(frames.seed()).isNull();
		assertThat(frames.endTime()).isZero();
	}

	@Test
	void keysAreReadFromTheBitsOfZ() {
		List<ReplayFrame> frames = ReplayFrames
			.decode(TestReplays.compress("1|0|0|5,1|0|0|10,1|0|0|15,1|0|0|16,1|0|0|0,"))
			.frames();
		assertThat(frames.get(0).keys()).containsExactly(ReplayKey.M1, ReplayKey.K1);
		assertThat(frames.get(1).keys()).containsExactly(ReplayKey.M2, ReplayKey.K2);
		assertThat(frames.get(2).keys()).containsExactly(ReplayKey.M1, ReplayKey.M2, ReplayKey.K1, ReplayKey.K2);
		assertThat(frames.get(3).keys()).containsExactly(ReplayKey.SMOKE);
		assertThat(frames.get(4).keys()).isEmpty();
		assertThat(frames.get(0).keyBits()).isEqualTo(5);
		assertThat(frames.get(0).isHeld(ReplayKey.K1)).isTrue();
		assertThat(frames.get(0).isHeld(ReplayKey.K2)).isFalse();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> frames.get(4).keys().add(ReplayKey.M1));
	}

	@Test
	void maniaColumnsStayInXAsTheirBitmask() {
		ReplayFrame frame = ReplayFrames.decode(TestReplays.compress("0|256|-500|0,-1381|13|15.35354|0,"))
			.frames()
			.get(1);
		assertThat((int) frame.x()).isEqualTo(0b1101);
	}

	@Test
	void numbersDoNotDependOnTheDefaultLocale() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			ReplayFrame frame = ReplayFrames.decode(TestReplays.compress("5|361.603|189.5999|0,")).frames().get(0);
			assertThat(frame.x()).isEqualTo(Float.parseFloat("361.603"));
			assertThat(frame.y()).isEqualTo(189.5999f);
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void theSeedIsKnownOnlyOnceEveryFrameIsRead() {
		try (ReplayFrameReader reader = ReplayFrameReader.open(TestReplays.compress("1|2|3|0,-12345|0|0|9,"))) {
			assertThat(reader.next().time()).isEqualTo(1);
			assertThatIllegalStateException().isThrownBy(reader::seed);
			assertThat(reader.hasNext()).isFalse();
			assertThat(reader.seed()).isEqualTo(9);
		}
	}

	@Test
	void framesStreamAndTheStreamClosesTheReader() {
		String text = IntStream.range(0, 1000)
			.mapToObj((i) -> "10|" + i + "|" + i + "|0")
			.collect(Collectors.joining(",", "", ","));
		ReplayFrameReader reader = ReplayFrameReader.open(TestReplays.compress(text));
		try (Stream<ReplayFrame> frames = reader.stream()) {
			assertThat(frames.mapToLong(ReplayFrame::time).max()).hasValue(10_000);
		}
		assertThat(reader.hasNext()).isFalse();
	}

	@Test
	void framesComeOutAsTheDataDecompressesSoACutStreamYieldsItsFirstFramesBeforeFailing() {
		// about 1 MB of frame text: were it decompressed whole first, the cut would fail before any frame came out
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 60_000; i++) {
			text.append(i % 17).append('|').append(i * 0.37f).append('|').append(384 - i % 384).append('|')
				.append(i % 16).append(',');
		}
		byte[] data = TestReplays.compress(text.toString()).data();
		Replay cut = new Replay(Arrays.copyOf(data, data.length / 2));
		List<ReplayFrame> read = new ArrayList<>();
		try (ReplayFrameReader reader = ReplayFrameReader.open(cut)) {
			assertThatExceptionOfType(ReplayFormatException.class).isThrownBy(() -> reader.forEachRemaining(read::add))
				.withMessageContaining("corrupt or cut short");
		}
		assertThat(read).hasSizeGreaterThan(5_000);
		assertThat(read.get(1)).isEqualTo(new ReplayFrame(1, 1, 0.37f, 383, 1));
	}

	@Test
	void aFrameWithoutFourPartsIsMalformed() {
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("0|1|2|0,16|1|2,")))
			.withMessage("replay data: frame 2 ('16|1|2') does not have the four parts w|x|y|z");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("0|1|2|0|5,")))
			.withMessageContaining("frame 1");
	}

	@Test
	void partsThatAreNotNumbersAreMalformed() {
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("0|1|2|0,16|1,5|2|0,")))
			.withMessage("replay data: frame 2 ('16|1') does not have the four parts w|x|y|z");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("0|1|2|0,16|abc|2|0,")))
			.withMessage("replay data: frame 2 ('16|abc|2|0') has an x that is not a number");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("1.5|1|2|0,")))
			.withMessageContaining("w (the time delta) that is not an integer");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("1|1|2|M1,")))
			.withMessageContaining("z (the keys) that is not an integer");
	}

	@Test
	void textThatIsNotFramesIsMalformedWithoutReadingItAll() {
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(TestReplays.compress("x".repeat(100_000))))
			.withMessageContaining("frame 1 is longer than 200 characters");
	}

	@Test
	void bytesThatAreNotLzmaAreMalformed() {
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(new Replay(new byte[] { 1, 2, 3 })))
			.withMessageStartingWith("replay data: not an LZMA stream");
		assertThatExceptionOfType(ReplayFormatException.class)
			.isThrownBy(() -> ReplayFrames.decode(new Replay(new byte[0])))
			.withMessageStartingWith("replay data: not an LZMA stream");
	}

}
