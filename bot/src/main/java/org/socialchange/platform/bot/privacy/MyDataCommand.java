package org.socialchange.platform.bot.privacy;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;

/** {@code /mydata}: a JSON file with everything stored about the educator. */
@Component
class MyDataCommand extends PrivacyCommand {

	private final DataExport export;

	MyDataCommand(DataExport export, Replies replies) {
		super(replies);
		this.export = export;
	}

	@Override
	public String command() {
		return "mydata";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	protected void handleKnown(Incoming incoming) {
		this.export.send(incoming, incoming.educator().orElseThrow());
	}

}
