package org.socialchange.platform.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.socialchange.platform.privacy.DataSubject;
import org.socialchange.platform.privacy.PersonalData;

/** The groups an educator is in and the requests they made: exported and erased. */
@Component
@Order(20)
class GroupPersonalData implements PersonalData {

	private final Memberships memberships;

	private final PeerGroups groups;

	GroupPersonalData(Memberships memberships, PeerGroups groups) {
		this.memberships = memberships;
		this.groups = groups;
	}

	@Override
	public String section() {
		return "peerGroups";
	}

	@Override
	public Set<String> tables() {
		return Set.of("peer_group_members", "peer_group_requests");
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		long educator = subject.educatorId().value();
		List<Map<String, Object>> memberships = rows(this.memberships.groupsOf(educator), "joinedAt");
		List<Map<String, Object>> requests = rows(this.memberships.requestsOf(educator), "requestedAt");
		if (memberships.isEmpty() && requests.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("memberships", memberships);
		data.put("joinRequests", requests);
		return data;
	}

	@Override
	public void erase(DataSubject subject) {
		this.memberships.erase(subject.educatorId().value());
	}

	private List<Map<String, Object>> rows(List<Memberships.Row> rows, String when) {
		return rows.stream().map((row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("groupId", row.groupId());
			entry.put("group",
					this.groups.findById(row.groupId())
						.map((group) -> group.name(group.primaryLanguage()))
						.orElse(null));
			entry.put(when, row.at().toString());
			return entry;
		}).toList();
	}

}
