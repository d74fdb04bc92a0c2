package org.socialchange.platform.bot.training;

import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.training.Sharing;

/**
 * A button of {@code /training} and of a saved reflection: what it does and on which
 * program (or, for sharing, which prompt send), {@code tr:<action>:<id>}.
 */
record TrainingButton(Action action, long id) implements ButtonData {

	static final ButtonType<TrainingButton> TYPE = ButtonType.of("tr", TrainingButton::decode);

	enum Action {

		LIST, PAUSE, RESUME, NEXT, OPEN, JOIN, SHARE_NAMED, SHARE_ANONYMOUS, SHARE_PRIVATE;

		static Action share(Sharing sharing) {
			return switch (sharing) {
				case NAMED -> SHARE_NAMED;
				case ANONYMOUS -> SHARE_ANONYMOUS;
				case PRIVATE -> SHARE_PRIVATE;
			};
		}

		Optional<Sharing> sharing() {
			return switch (this) {
				case SHARE_NAMED -> Optional.of(Sharing.NAMED);
				case SHARE_ANONYMOUS -> Optional.of(Sharing.ANONYMOUS);
				case SHARE_PRIVATE -> Optional.of(Sharing.PRIVATE);
				default -> Optional.empty();
			};
		}

	}

	static TrainingButton on(Action action, long id) {
		return new TrainingButton(action, id);
	}

	@Override
	public String encode() {
		return TYPE.encode(Integer.toString(this.action.ordinal()), Long.toString(this.id));
	}

	static Optional<TrainingButton> decode(String value) {
		String[] parts = value.split(":");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			int action = Integer.parseInt(parts[0]);
			long id = Long.parseLong(parts[1]);
			if (action < 0 || action >= Action.values().length || id < 0) {
				return Optional.empty();
			}
			return Optional.of(new TrainingButton(Action.values()[action], id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
