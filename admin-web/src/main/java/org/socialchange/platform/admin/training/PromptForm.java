package org.socialchange.platform.admin.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialchange.platform.training.Prompt;
import org.socialchange.platform.training.PromptDraft;
import org.socialchange.platform.training.PromptText;
import org.socialchange.platform.training.Question;
import org.socialchange.platform.translations.Language;

/**
 * The prompt editor as submitted: text and choice options (one per line) per language
 * code, the question, an optional link and photo address; checked into error keys and
 * turned into a draft. The core checks the same limits again.
 */
public class PromptForm {

	private Map<String, String> texts = new HashMap<>();

	private Map<String, String> options = new HashMap<>();

	private String question = Question.NONE.name();

	private String linkUrl = "";

	private String photoUrl = "";

	static PromptForm of(Prompt prompt) {
		PromptForm form = new PromptForm();
		prompt.texts().forEach((language, text) -> {
			form.texts.put(language.code(), text.text());
			form.options.put(language.code(), String.join("\n", text.options()));
		});
		form.question = prompt.question().name();
		form.linkUrl = prompt.linkUrl().orElse("");
		form.photoUrl = prompt.photoUrl().orElse("");
		return form;
	}

	/** The message keys of what is wrong; empty when the form makes a draft. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		Question kind = ProgramForm.parse(Question.class, this.question);
		if (kind == null) {
			errors.add("training.error.question");
		}
		boolean any = false;
		int max = this.photoUrl.isBlank() ? PromptText.MAX_TEXT : PromptText.MAX_CAPTION;
		for (Language language : Language.values()) {
			String text = text(language);
			List<String> options = options(language);
			any |= !text.isEmpty();
			if (text.length() > max) {
				errors.add(this.photoUrl.isBlank() ? "training.error.text" : "training.error.caption");
			}
			if (text.isEmpty() && !options.isEmpty()) {
				errors.add("training.error.optionsWithoutText");
			}
			if (kind != null && kind.choice() && !text.isEmpty()
					&& (options.size() < 2 || options.size() > PromptText.MAX_OPTIONS
							|| options.stream().anyMatch((option) -> option.length() > PromptText.MAX_OPTION))) {
				errors.add("training.error.options");
			}
		}
		if (!any) {
			errors.add("training.error.text");
		}
		return errors.stream().distinct().toList();
	}

	/** The draft of a form without {@link #errors()}. */
	PromptDraft draft() {
		Question kind = Question.valueOf(this.question);
		Map<Language, PromptText> drafted = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (!text(language).isEmpty()) {
				drafted.put(language, new PromptText(text(language), kind.choice() ? options(language) : List.of()));
			}
		}
		return new PromptDraft(drafted, this.linkUrl.strip(), this.photoUrl.strip(), kind);
	}

	String text(Language language) {
		String text = this.texts.get(language.code());
		return (text != null) ? text.strip() : "";
	}

	/** The options of the language: its non-blank lines. */
	List<String> options(Language language) {
		String lines = this.options.get(language.code());
		if (lines == null) {
			return List.of();
		}
		return Arrays.stream(lines.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	String optionLines(Language language) {
		String lines = this.options.get(language.code());
		return (lines != null) ? lines : "";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	public Map<String, String> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = (texts != null) ? texts : new HashMap<>();
	}

	public Map<String, String> getOptions() {
		return this.options;
	}

	public void setOptions(Map<String, String> options) {
		this.options = (options != null) ? options : new HashMap<>();
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = text(question);
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = text(linkUrl);
	}

	public String getPhotoUrl() {
		return this.photoUrl;
	}

	public void setPhotoUrl(String photoUrl) {
		this.photoUrl = text(photoUrl);
	}

}
