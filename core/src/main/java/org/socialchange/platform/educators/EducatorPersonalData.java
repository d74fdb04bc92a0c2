package org.socialchange.platform.educators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

/**
 * The educator's own row and topics: exported first as their profile and erased last, as
 * everything else refers to it; erasing someone who had consented leaves only a dated,
 * anonymous {@code erasures} row, erasing someone who never did leaves nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EducatorPersonalData implements PersonalData {

	private final Educators educators;

	private final Erasures erasures;

	private final Clock clock;

	EducatorPersonalData(Educators educators, Erasures erasures, Clock clock) {
		this.educators = educators;
		this.erasures = erasures;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	public Set<String> tables() {
		return Set.of("educators", "educator_topics");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		return this.educators.findById(subject.educatorId().value()).map(EducatorPersonalData::fields).orElse(Map.of());
	}

	@Override
	public void erase(DataSubject subject) {
		this.educators.findById(subject.educatorId().value()).ifPresent((educator) -> {
			this.educators.delete(educator);
			if (educator.consentedAt().isPresent()) {
				this.erasures.record(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
			}
		});
	}

	/** Everything stored about the educator, field by field. */
	static Map<String, Object> fields(Educator educator) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("telegramUserId", educator.telegramUserId());
		data.put("chatId", educator.chatId());
		data.put("language", educator.language().code());
		data.put("displayName", educator.displayName().orElse(null));
		data.put("country", educator.country().map(Enum::name).orElse(null));
		data.put("countryOther", educator.countryOther().orElse(null));
		data.put("region", educator.region().orElse(null));
		data.put("role", educator.role().map(Enum::name).orElse(null));
		data.put("topics", educator.topics().stream().map(Enum::name).toList());
		data.put("timeZone", educator.timeZone().map(Object::toString).orElse(null));
		data.put("network", educator.network().map(Enum::name).orElse(null));
		data.put("visibility", educator.visibility().name());
		data.put("joinedAt", educator.joinedAt().toString());
		data.put("consentedAt", educator.consentedAt().map(Object::toString).orElse(null));
		data.put("registeredAt", educator.registeredAt().map(Object::toString).orElse(null));
		data.put("admission", educator.admission().name());
		data.put("admittedAt", educator.admittedAt().map(Object::toString).orElse(null));
		data.put("broadcastsPaused", educator.paused());
		data.put("unreachable", educator.unreachable());
		return data;
	}

}
