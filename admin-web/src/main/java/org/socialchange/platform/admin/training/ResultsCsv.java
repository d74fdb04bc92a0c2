package org.socialchange.platform.admin.training;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socialchange.platform.training.ProgramResults;

/**
 * A program's results as CSV for spreadsheets: a byte order mark so Excel reads UTF-8
 * (Cyrillic, Armenian, Georgian), one header, then a row per prompt, per option, per
 * group's and country's completion and per shared reflection. Cells are quoted when they
 * need it, and a cell that a spreadsheet would read as a formula ({@code = + - @}, tab,
 * carriage return) starts with an apostrophe.
 */
final class ResultsCsv {

	static final String BOM = "\uFEFF";

	static final List<String> HEADER = List.of("row", "prompt", "prompt_text", "name", "count", "of", "percent",
			"author", "at");

	private ResultsCsv() {
	}

	static String write(ProgramResults results) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, HEADER.stream());
		for (ProgramResults.PromptResult prompt : results.prompts()) {
			String number = Integer.toString(prompt.prompt().position() + 1);
			line(csv,
					Stream.of("prompt", number, prompt.text(), prompt.prompt().question().name(),
							Integer.toString(prompt.answered()), Integer.toString(prompt.received()),
							Integer.toString(percent(prompt.answered(), prompt.received())), "", ""));
			for (ProgramResults.OptionCount option : prompt.options()) {
				line(csv,
						Stream.of("option", number, prompt.text(), option.label(), Integer.toString(option.count()),
								Integer.toString(prompt.answered()),
								Integer.toString(percent(option.count(), prompt.answered())), "", ""));
			}
		}
		completion(csv, "group", results.byGroup());
		completion(csv, "country", results.byCountry());
		for (ProgramResults.PromptResult prompt : results.prompts()) {
			for (ProgramResults.SharedReflection reflection : prompt.reflections()) {
				line(csv, Stream.of("reflection", Integer.toString(prompt.prompt().position() + 1), prompt.text(),
						reflection.text(), "", "", "", reflection.author().orElse(""), reflection.at().toString()));
			}
		}
		return csv.toString();
	}

	private static void completion(StringBuilder csv, String kind, List<ProgramResults.Completion> completions) {
		for (ProgramResults.Completion completion : completions) {
			line(csv,
					Stream.of("completion-" + kind, "", "", completion.name(), Integer.toString(completion.completed()),
							Integer.toString(completion.enrolled()), Integer.toString(completion.percent()), "", ""));
		}
	}

	private static int percent(int part, int whole) {
		return (whole == 0) ? 0 : Math.round(100f * part / whole);
	}

	private static void line(StringBuilder csv, Stream<String> cells) {
		csv.append(cells.map(ResultsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	/** One cell, neutralised against formulas and quoted when it needs to be. */
	static String cell(String value) {
		String cell = (value != null) ? value : "";
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
				|| cell.indexOf(';') >= 0) {
			cell = "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}
