package org.socialchange.platform.bot.groups;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.DeepLinkHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.groups.NetworkInvites;
import org.socialchange.platform.groups.PeerGroupManagement;

/**
 * Invite links ({@code https://t.me/<bot>?start=g-…} of a group, {@code n-…} of the
 * network), opened once the educator is registered (a newcomer registers first): whoever
 * opens one is a member of the network; a group's link also brings them into the group.
 */
@Component
class InviteLinks implements DeepLinkHandler {

	private final PeerGroupManagement groups;

	private final NetworkInvites invites;

	private final Replies replies;

	InviteLinks(PeerGroupManagement groups, NetworkInvites invites, Replies replies) {
		this.groups = groups;
		this.invites = invites;
		this.replies = replies;
	}

	@Override
	public boolean open(Incoming incoming, Educator educator, String payload) {
		if (payload.startsWith("g-")) {
			Optional<PeerGroupManagement.Invited> invited = this.groups.acceptInvite(educator, payload);
			if (invited.isEmpty()) {
				return false;
			}
			Incoming now = incoming.with(invited.get().educator());
			String group = Html.escape(invited.get().group().name(now.language()));
			String key = switch (invited.get().outcome()) {
				case JOINED -> "groups.invite.joined";
				case FULL -> "groups.invite.full";
				default -> "groups.invite.already";
			};
			this.replies.send(incoming.chat(), this.replies.text(now, key, Map.of("group", group)));
			return true;
		}
		if (payload.startsWith("n-")) {
			Optional<Educator> member = this.invites.accept(educator, payload);
			if (member.isEmpty()) {
				return false;
			}
			this.replies.send(incoming.chat(), this.replies.text(incoming.with(member.get()), "admission.invited"));
			return true;
		}
		return false;
	}

}
