package org.socialchange.platform.admin.groups;

import org.socialchange.platform.educators.EducatorNotFound;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.groups.GroupNotFound;
import org.socialchange.platform.initiatives.InitiativeNotFound;
import org.socialchange.platform.training.ProgramNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Groups, pending educators, invite links, initiatives, updates and training programs
 * answer 404 for what does not exist and for what lies outside the account's scope alike,
 * so a probe learns nothing.
 */
@ControllerAdvice(basePackages = { "org.socialchange.platform.admin.groups",
		"org.socialchange.platform.admin.initiatives", "org.socialchange.platform.admin.training" })
class NotFoundAdvice {

	@ExceptionHandler({ GroupNotFound.class, EducatorNotFound.class, OutOfScope.class, InitiativeNotFound.class,
			ProgramNotFound.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

}
