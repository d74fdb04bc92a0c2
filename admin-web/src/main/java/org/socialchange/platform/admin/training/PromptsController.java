package org.socialchange.platform.admin.training;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramManagement.InvalidProgram;
import org.socialchange.platform.training.ProgramManagement.PromptAlreadySent;
import org.socialchange.platform.training.ProgramNotFound;
import org.socialchange.platform.training.Prompt;
import org.socialchange.platform.training.PromptMessage;
import org.socialchange.platform.training.Question;
import org.socialchange.platform.translations.Language;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's prompts: the editor of one prompt with the languages it lacks and a preview
 * per language as Telegram shows it, moving a prompt up or down and deleting it (not once
 * someone received it).
 */
@Controller
class PromptsController {

	private final ProgramManagement programs;

	private final MessageSource messages;

	PromptsController(ProgramManagement programs, MessageSource messages) {
		this.programs = programs;
		this.messages = messages;
	}

	@GetMapping("/training/{id}/prompts/new")
	String create(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Program program = this.programs.program(id, TrainingController.access(signedIn));
		return form(model, new PromptForm(), List.of(), signedIn, program, null);
	}

	@PostMapping("/training/{id}/prompts")
	String save(@PathVariable long id, @ModelAttribute("form") PromptForm form,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		GroupAccess access = TrainingController.access(signedIn);
		Program program = this.programs.program(id, access);
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, program, null);
		}
		try {
			Prompt prompt = this.programs.addPrompt(id, form.draft(), access);
			redirect.addFlashAttribute("notice", message("training.prompt.saved"));
			return "redirect:/training/" + id + "/prompts/" + prompt.id();
		}
		catch (InvalidProgram ex) {
			return form(model, form, List.of("training.error." + ex.field()), signedIn, program, null);
		}
	}

	@GetMapping("/training/{id}/prompts/{prompt}")
	String edit(@PathVariable long id, @PathVariable("prompt") long promptId,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Program program = this.programs.program(id, TrainingController.access(signedIn));
		Prompt prompt = program.prompt(promptId).orElseThrow(() -> new ProgramNotFound(id));
		return form(model, PromptForm.of(prompt), List.of(), signedIn, program, prompt);
	}

	@PostMapping("/training/{id}/prompts/{prompt}")
	String update(@PathVariable long id, @PathVariable("prompt") long promptId, @ModelAttribute("form") PromptForm form,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		GroupAccess access = TrainingController.access(signedIn);
		Program program = this.programs.program(id, access);
		Prompt prompt = program.prompt(promptId).orElseThrow(() -> new ProgramNotFound(id));
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, program, prompt);
		}
		try {
			this.programs.editPrompt(id, promptId, form.draft(), access);
		}
		catch (InvalidProgram ex) {
			return form(model, form, List.of("training.error." + ex.field()), signedIn, program, prompt);
		}
		redirect.addFlashAttribute("notice", message("training.prompt.saved"));
		return "redirect:/training/" + id + "/prompts/" + promptId;
	}

	@PostMapping("/training/{id}/prompts/{prompt}/move")
	String move(@PathVariable long id, @PathVariable("prompt") long promptId,
			@RequestParam(name = "by", defaultValue = "0") int by,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		try {
			this.programs.movePrompt(id, promptId, by, TrainingController.access(signedIn));
			redirect.addFlashAttribute("notice", message("training.prompt.moved"));
		}
		catch (PromptAlreadySent ex) {
			redirect.addFlashAttribute("notice", message("training.error.alreadySent.move"));
		}
		return "redirect:/training/" + id;
	}

	@PostMapping("/training/{id}/prompts/{prompt}/delete")
	String delete(@PathVariable long id, @PathVariable("prompt") long promptId,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		try {
			this.programs.deletePrompt(id, promptId, TrainingController.access(signedIn));
			redirect.addFlashAttribute("notice", message("training.prompt.deleted"));
		}
		catch (PromptAlreadySent ex) {
			redirect.addFlashAttribute("notice", message("training.error.alreadySent.delete"));
		}
		return "redirect:/training/" + id;
	}

	private String form(Model model, PromptForm form, List<String> errors, SignedIn signedIn, Program program,
			Prompt prompt) {
		Language language = TrainingController.adminLanguage();
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("programTitle", program.title(language));
		model.addAttribute("prompt", prompt);
		model.addAttribute("mayChange", TrainingController.mayChange(signedIn));
		model.addAttribute("errors", errors.stream().map(this::message).toList());
		model.addAttribute("languages",
				Arrays.stream(Language.values())
					.map((each) -> new Text(each.code(), each.nativeName(), form.text(each), form.optionLines(each)))
					.toList());
		model.addAttribute("questions", Arrays.stream(Question.values())
			.map((question) -> new TrainingController.Option(question.name(),
					message("training.question." + question.name()), question.name().equals(form.getQuestion())))
			.toList());
		Set<Language> missing = (prompt != null) ? prompt.missingLanguages() : Set.of(Language.values());
		model.addAttribute("missing", TrainingController.names(missing));
		model.addAttribute("previews",
				(prompt != null) ? Arrays.stream(Language.values())
					.map((each) -> preview(program, prompt, each, missing.contains(each), signedIn))
					.toList() : List.of());
		return "training/prompt";
	}

	private Preview preview(Program program, Prompt prompt, Language language, boolean missing, SignedIn signedIn) {
		PromptMessage message = this.programs.preview(program.id(), prompt.id(), language,
				TrainingController.access(signedIn));
		return new Preview(language.code(), language.nativeName(), missing, TelegramHtml.read(message.text()),
				message.photo(),
				message.buttons()
					.stream()
					.map((row) -> row.stream().map((button) -> new Button(button.text(), button.url())).toList())
					.toList());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** A prompt's text and options in one language, as the editor shows them. */
	record Text(String code, String nativeName, String text, String options) {
	}

	/**
	 * A prompt in one language as Telegram shows it: its formatted text, the photo it
	 * captions, and its buttons; {@code missing} when the language falls back to another.
	 */
	record Preview(String code, String nativeName, boolean missing, List<TelegramHtml.Segment> segments, String photo,
			List<List<Button>> buttons) {
	}

	/** A button under the preview: its label, and its link if it opens one. */
	record Button(String text, String url) {
	}

}
