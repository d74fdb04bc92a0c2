package org.socialchange.platform.admin;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the sign-in page; Spring Security handles the form it posts. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Principal principal) {
		return (principal != null) ? "redirect:/" : "login";
	}

}
