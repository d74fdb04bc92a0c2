package org.socialchange.platform.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.translations.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The overview: how many educators inside the account's scope are registered in each
 * language, and in sandbox mode a way into the sandbox chat.
 */
@Controller
class HomeController {

	private final EducatorManagement educators;

	HomeController(EducatorManagement educators) {
		this.educators = educators;
	}

	@GetMapping("/")
	String home(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Map<Language, Long> counts = this.educators.countByLanguage(signedIn.scope());
		model.addAttribute("noEducators", signedIn.scope().nobody());
		model.addAttribute("scoped", !signedIn.scope().isAll() && !signedIn.scope().nobody());
		List<LanguageCount> languages = Arrays.stream(Language.values())
			.map((language) -> new LanguageCount(language.nativeName(), language.code(),
					counts.getOrDefault(language, 0L)))
			.toList();
		model.addAttribute("languages", languages);
		model.addAttribute("total", languages.stream().mapToLong(LanguageCount::count).sum());
		return "home/index";
	}

	/** One row of the table of educators per language. */
	record LanguageCount(String nativeName, String code, long count) {

	}

}
