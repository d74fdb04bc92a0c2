package org.socialchange.platform.admin;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.TelegramLinkCode;

/**
 * The signed-in coordinator's own Telegram account: which one is linked, a one-time code
 * to link one (shown once, in the answer to the request, never in a URL), and unlinking.
 */
@Controller
@RequestMapping(TelegramAccountController.PAGE)
class TelegramAccountController {

	static final String PAGE = "/account/telegram";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

	private final CoordinatorManagement coordinators;

	TelegramAccountController(CoordinatorManagement coordinators) {
		this.coordinators = coordinators;
	}

	@GetMapping
	String show(Principal coordinator, Model model) {
		this.coordinators.telegram(coordinator.getName())
			.ifPresent((link) -> model.addAttribute("linkedTo", link.name()));
		model.addAttribute("validMinutes", CoordinatorManagement.LINK_CODE_VALIDITY.toMinutes());
		return "account/telegram";
	}

	@PostMapping("/code")
	String code(Principal coordinator, Model model) {
		TelegramLinkCode code = this.coordinators.offerTelegramLink(coordinator.getName());
		model.addAttribute("code", code.code());
		model.addAttribute("expiresAt", MINUTES.format(code.expiresAt().atZone(ZoneOffset.UTC)));
		return show(coordinator, model);
	}

	@PostMapping("/unlink")
	String unlink(Principal coordinator) {
		this.coordinators.unlinkTelegram(coordinator.getName());
		return "redirect:" + PAGE;
	}

}
