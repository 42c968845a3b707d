package kr.dolbom.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** quality.md "formula injection in exported CSV/Excel cells (neutralised)"; OWASP CSV Injection. */
class CellTextTests {

	@Test
	void textStartingWithAFormulaCharacterGetsALeadingQuote() {
		assertThat(CellText.neutralise("=HYPERLINK(\"http://evil\",\"클릭\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"클릭\")");
		assertThat(CellText.neutralise("+82-10")).isEqualTo("'+82-10");
		assertThat(CellText.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(CellText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CellText.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(CellText.neutralise("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(CellText.neutralise("김영희")).isEqualTo("김영희");
		assertThat(CellText.neutralise("a=b")).isEqualTo("a=b");
		assertThat(CellText.neutralise("")).isEmpty();
		assertThat(CellText.neutralise(null)).isNull();
	}
}
