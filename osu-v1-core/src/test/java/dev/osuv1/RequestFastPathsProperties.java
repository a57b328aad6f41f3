package dev.osuv1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request-side fast paths give what the slow paths they skip gave: query values escaped as
 * {@code URLEncoder} escapes them, and {@code /osu/{id}} recognised as the regular expression recognised it.
 */
class RequestFastPathsProperties {

	private static final Pattern BEATMAP_FILE = Pattern.compile(".*/osu/\\d+$");

	@Property(tries = 3000)
	void valuesAreEscapedAsUrlEncoderEscapesThem(@ForAll("values") String value) {
		assertThat(ApiRequest.encode(value))
			.isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	@Property(tries = 3000)
	void beatmapFilesAreRecognisedAsBefore(@ForAll("paths") String path) {
		assertThat(ApiKeyHandler.isBeatmapFile(path)).as(path).isEqualTo(BEATMAP_FILE.matcher(path).matches());
	}

	@Provide
	Arbitrary<String> values() {
		return Arbitraries.oneOf(Arbitraries.strings().withChars("az09-_.*~ +&=%/é漢").ofMaxLength(12),
				Arbitraries.strings().alpha().numeric().ofMaxLength(12), Arbitraries.strings().ofMaxLength(8));
	}

	@Provide
	Arbitrary<String> paths() {
		Arbitrary<String> shaped = Arbitraries.strings().withChars("/osuapi0129x").ofMaxLength(14);
		Arbitrary<String> real = Arbitraries.of("/osu/", "/api/get_user", "/x/osu/", "/osu", "osu/1", "/osu/1",
				"/api/osu/129891", "/osu/12a", "/osu/ 1", "/osu//1", "/base/osu/42")
			.flatMap((prefix) -> Arbitraries.strings().numeric().ofMaxLength(3).map((digits) -> prefix + digits));
		return Arbitraries.oneOf(shaped, real);
	}

}
