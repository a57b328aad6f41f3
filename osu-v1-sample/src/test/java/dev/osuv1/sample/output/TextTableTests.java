package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TextTable}.
 */
class TextTableTests {

	@Test
	void alignsNumbersRightAndTextLeft() {
		StringWriter text = new StringWriter();
		TextTable.of("player", "score", "pp").row("peppy", "3,456,789", "-").row("Demo Player", "12", "98.77")
			.print(new PrintWriter(text, true), "  ");
		assertThat(text.toString().lines()).containsExactly(
				"  player           score     pp",
				"  -----------  ---------  -----",
				"  peppy        3,456,789      -",
				"  Demo Player         12  98.77");
	}

	@Test
	void aRowNeedsOneCellPerColumn() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextTable.of("a", "b").row("1"));
	}

}
