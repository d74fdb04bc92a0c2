package org.socialchange.platform.admin.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsCsvTests {

	@Test
	void neutralisesCellsASpreadsheetWouldReadAsFormulas() {
		assertThat(ResultsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ResultsCsv.cell("+1")).isEqualTo("'+1");
		assertThat(ResultsCsv.cell("-2")).isEqualTo("'-2");
		assertThat(ResultsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ResultsCsv.cell("\tx")).isEqualTo("'\tx");
	}

	@Test
	void quotesCellsWithSeparatorsQuotesAndLineBreaksAndKeepsOthers() {
		assertThat(ResultsCsv.cell("Да, конечно")).isEqualTo("\"Да, конечно\"");
		assertThat(ResultsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ResultsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ResultsCsv.cell("ქართული")).isEqualTo("ქართული");
		assertThat(ResultsCsv.cell(null)).isEmpty();
	}

}
