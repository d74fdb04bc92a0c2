package org.socialchange.platform.admin.training;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramResults;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * A program's results: per prompt who received and answered it, the answers per option as
 * bars, the reflections shared; completion per group and per country as bars (inline SVG
 * drawn here, no script); and the same as CSV.
 */
@Controller
class ResultsController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ProgramManagement programs;

	ResultsController(ProgramManagement programs) {
		this.programs = programs;
	}

	@GetMapping("/training/{id}/results")
	String results(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		ProgramResults results = this.programs.results(id, TrainingController.adminLanguage(),
				TrainingController.access(signedIn));
		model.addAttribute("results", results);
		model.addAttribute("programTitle", results.program().title(TrainingController.adminLanguage()));
		model.addAttribute("prompts", results.prompts().stream().map(ResultsController::chart).toList());
		model.addAttribute("byGroup", completion(results.byGroup()));
		model.addAttribute("byCountry", completion(results.byCountry()));
		return "training/results";
	}

	@GetMapping("/training/{id}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn) {
		ProgramResults results = this.programs.results(id, TrainingController.adminLanguage(),
				TrainingController.access(signedIn));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-" + id + "-results.csv").build().toString())
			.body(ResultsCsv.write(results).getBytes(StandardCharsets.UTF_8));
	}

	private static PromptChart chart(ProgramResults.PromptResult result) {
		int max = result.options().stream().mapToInt(ProgramResults.OptionCount::count).max().orElse(0);
		List<Bar> bars = result.options()
			.stream()
			.map((option) -> new Bar(option.label(), option.count(), result.answered(),
					percent(option.count(), result.answered()), percent(option.count(), max)))
			.toList();
		return new PromptChart(result, bars);
	}

	private static List<Bar> completion(List<ProgramResults.Completion> completions) {
		return completions.stream()
			.map((completion) -> new Bar(place(completion.name()), completion.completed(), completion.enrolled(),
					completion.percent(), completion.percent()))
			.toList();
	}

	/** A country's name for its code; any other name as it is. */
	private static String place(String name) {
		Country country = ProgramForm.parse(Country.class, name);
		return (country != null && country != Country.OTHER)
				? new Locale("", country.name()).getDisplayCountry(LocaleContextHolder.getLocale()) : name;
	}

	private static int percent(int part, int whole) {
		return (whole == 0) ? 0 : Math.round(100f * part / whole);
	}

	/** A prompt's results and the bars of its options. */
	record PromptChart(ProgramResults.PromptResult result, List<Bar> bars) {
	}

	/**
	 * One bar: its label, the count out of how many, the share in percent and its length
	 * (0 to 100) in the chart.
	 */
	record Bar(String label, int count, int of, int percent, int length) {
	}

}
