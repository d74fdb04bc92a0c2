package org.socialchange.platform.broadcasts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BroadcastTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	void needsApprovalAboveTheThresholdAndAlwaysWhenItIsZero() {
		assertThat(Broadcast.needsApproval(200, 200)).isFalse();
		assertThat(Broadcast.needsApproval(201, 200)).isTrue();
		assertThat(Broadcast.needsApproval(1, 0)).isTrue();
		assertThat(Broadcast.needsApproval(0, 0)).isTrue();
	}

	@Test
	void aSecondCoordinatorApprovesAndTheAudienceIsCountedAgain() {
		Broadcast broadcast = awaiting();

		broadcast.approve("boris@example.org", NOW, 7);

		assertThat(broadcast.status()).isEqualTo(BroadcastStatus.SCHEDULED);
		assertThat(broadcast.approvedBy()).contains("boris@example.org");
		assertThat(broadcast.recipients()).isEqualTo(7);
	}

	@Test
	void theAuthorCannotApproveTheirOwnBroadcastWhateverTheCaseOfTheirEmail() {
		Broadcast broadcast = awaiting();

		assertThatExceptionOfType(SelfApprovalRefused.class)
			.isThrownBy(() -> broadcast.approve("Ana@Example.org", NOW, 5));
		assertThat(broadcast.awaitingApproval()).isTrue();
	}

	@Test
	void theAuthorWithdrawsOrAnotherRejectsAndThenNothingCanApproveIt() {
		Broadcast withdrawn = awaiting();
		withdrawn.reject("ana@example.org", NOW);
		Broadcast rejected = awaiting();
		rejected.reject("boris@example.org", NOW);

		assertThat(rejected.status()).isEqualTo(BroadcastStatus.REJECTED);
		assertThat(rejected.rejectedBy()).contains("boris@example.org");
		assertThatIllegalStateException().isThrownBy(() -> withdrawn.approve("boris@example.org", NOW, 5));
		assertThatIllegalStateException().isThrownBy(() -> rejected.reject("boris@example.org", NOW));
	}

	@Test
	void aBroadcastThatNeedsNoApprovalCannotBeApprovedOrRejectedAndOneAwaitingCannotBeCancelled() {
		Broadcast scheduled = new Broadcast(draft(), "ana@example.org", NOW, 5, false);
		Broadcast awaiting = awaiting();

		assertThatIllegalStateException().isThrownBy(() -> scheduled.approve("boris@example.org", NOW, 5));
		assertThatIllegalStateException().isThrownBy(() -> scheduled.reject("boris@example.org", NOW));
		assertThatIllegalStateException().isThrownBy(() -> awaiting.cancel("boris@example.org", NOW));
	}

	@Test
	void keepsItsDraftToBeScheduledOnceApproved() {
		BroadcastDraft draft = draft();
		Broadcast broadcast = new Broadcast(draft, "ana@example.org", NOW, 5, true);

		assertThat(broadcast.draft()).isEqualTo(draft);
	}

	static Broadcast awaiting() {
		return new Broadcast(draft(), "ana@example.org", NOW, 5, true);
	}

	static BroadcastDraft draft() {
		return new BroadcastDraft(Map.of(Language.RU, "Привет"), Language.RU, "Read", "https://example.org",
				Filter.everyone(), Timing.AT, LocalDateTime.of(2026, 12, 1, 10, 0), ZoneId.of("Asia/Yerevan"),
				LocalDateTime.of(2026, 12, 2, 10, 0));
	}

}
