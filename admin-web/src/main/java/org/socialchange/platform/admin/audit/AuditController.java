package org.socialchange.platform.admin.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.socialchange.platform.audit.AuditChain;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.audit.AuditQuery;

/**
 * The audit log for administrators: newest first, filtered by actor, action, subject and
 * days, a page at a time, with whether the hash chain verifies.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, subject, from, to);
		Page<AuditEntry> entries = this.audit.search(query, Math.max(page, 0), PAGE_SIZE);
		AuditChain chain = this.audit.verify();
		model.addAttribute("query", query);
		model.addAttribute("entries", entries.map(Line::of).getContent());
		model.addAttribute("page", entries.getNumber());
		model.addAttribute("hasPrevious", entries.hasPrevious());
		model.addAttribute("hasNext", entries.hasNext());
		model.addAttribute("total", entries.getTotalElements());
		model.addAttribute("chain", chain);
		model.addAttribute("brokenAt", chain.firstBrokenId().orElse(null));
		return "audit/list";
	}

	/** One entry as the page shows it. */
	record Line(long id, String at, String actor, String action, String subject, String details, Integer audienceSize) {

		static Line of(AuditEntry entry) {
			return new Line(entry.id(), SECONDS.format(entry.at().atZone(ZoneOffset.UTC)), entry.actor(),
					entry.action(), entry.subject(), entry.details(), entry.audienceSize());
		}

	}

}
