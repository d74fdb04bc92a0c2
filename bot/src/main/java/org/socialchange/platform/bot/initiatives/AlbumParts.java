package org.socialchange.platform.bot.initiatives;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.MessageHook;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.UpdateFile;

import org.springframework.stereotype.Component;

/**
 * The photos of an album after its first: Telegram sends each as its own message with the
 * album's {@code media_group_id}; once the first one posted an update, the others join it
 * (up to ten), quietly.
 */
@Component
class AlbumParts implements MessageHook {

	private final InitiativeManagement initiatives;

	AlbumParts(InitiativeManagement initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public boolean take(Incoming incoming, Message message) {
		if (message.getMediaGroupId() == null || !message.hasPhoto() || incoming.educator().isEmpty()) {
			return false;
		}
		Optional<InitiativeUpdate> joined = this.initiatives.addToAlbum(incoming.educator().get(),
				message.getMediaGroupId(), UpdateFile.photo(UpdateFlow.largest(message.getPhoto())),
				message.getCaption());
		return joined.isPresent();
	}

}
