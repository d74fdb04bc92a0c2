package org.socialchange.platform.admin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.socialchange.platform.audit.AuditChain;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.audit.AuditQuery;
import org.socialchange.platform.admin.TestAccounts;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = AuditController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.socialchange\\.platform\\.admin\\.SecurityConfiguration"))
class AuditControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	CoordinatorManagement coordinators;

	@BeforeEach
	void accounts() {
		TestAccounts.given(this.coordinators, "root@example.org", CoordinatorRole.ADMINISTRATOR, false);
		TestAccounts.given(this.coordinators, "ana@example.org", CoordinatorRole.COORDINATOR, false);
	}

	@Test
	void administratorsSeeTheFilteredEntriesNewestFirstAndThatTheChainVerifies() {
		AuditEntry entry = mock();
		given(entry.id()).willReturn(12L);
		given(entry.at()).willReturn(Instant.parse("2026-11-28T10:00:00Z"));
		given(entry.actor()).willReturn("ana@example.org");
		given(entry.action()).willReturn("broadcast.scheduled");
		given(entry.subject()).willReturn("broadcast:3");
		given(entry.details()).willReturn("<b>link</b> to https://example.org");
		given(this.audit.search(any(), eq(1), anyInt()))
			.willReturn(new PageImpl<>(List.of(entry), PageRequest.of(1, 50), 120));
		given(this.audit.verify()).willReturn(new AuditChain(120, Optional.empty()));

		assertThat(this.mvc.get()
			.uri("/audit?actor=ana@example.org&action=broadcast.scheduled&subject=broadcast:3&from=2026-11-01&to=2026-11-30&page=1")
			.with(user("root@example.org").roles("ADMINISTRATOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"chain-intact\"", "2026-11-28 10:00:00 UTC", "broadcast:3", "&lt;b&gt;link&lt;/b&gt;",
					"id=\"previous\"", "id=\"next\"")
			.doesNotContain("<b>link</b>");

		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.captor();
		then(this.audit).should().search(query.capture(), eq(1), anyInt());
		assertThat(query.getValue()).isEqualTo(new AuditQuery("ana@example.org", "broadcast.scheduled", "broadcast:3",
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
	}

	@Test
	void aBrokenChainIsShownWithItsFirstBrokenEntry() {
		given(this.audit.search(any(), anyInt(), anyInt())).willReturn(new PageImpl<>(List.of()));
		given(this.audit.verify()).willReturn(new AuditChain(4, Optional.of(5L)));

		assertThat(this.mvc.get().uri("/audit").with(user("root@example.org").roles("ADMINISTRATOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"chain-broken\"", "entry 5 does not follow");
	}

	@Test
	void coordinatorsWhoAreNotAdministratorsAreRefused() {
		assertThat(this.mvc.get().uri("/audit").with(user("ana@example.org").roles("COORDINATOR"))).hasStatus(403);
		then(this.audit).shouldHaveNoInteractions();
	}

}
