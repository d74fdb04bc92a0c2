package org.socialchange.platform.bot.training;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.training.TrainingViews.Screen;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.training.ProgramNotFound;
import org.socialchange.platform.training.TrainingManagement;

import org.springframework.stereotype.Component;

/**
 * {@code /training}: the educator's training programs with their progress; pausing and
 * resuming one, its next prompt now, joining an open program; and the sharing buttons of
 * a saved reflection. Only members take part; a pending educator is told why not.
 */
@Component
class TrainingCommand implements CommandHandler, ButtonHandler<TrainingButton> {

	private final TrainingManagement training;

	private final TrainingViews views;

	private final Reflections reflections;

	private final Replies replies;

	TrainingCommand(TrainingManagement training, TrainingViews views, Reflections reflections, Replies replies) {
		this.training = training;
		this.views = views;
		this.reflections = reflections;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "training";
	}

	@Override
	public int order() {
		return 19;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		Educator educator = incoming.educator().orElseThrow();
		if (!educator.isMember()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "training.pending"));
			return;
		}
		Screen screen = this.views.programs(educator);
		this.replies.send(incoming.chat(), screen.html(), screen.keyboard());
	}

	@Override
	public ButtonType<TrainingButton> type() {
		return TrainingButton.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, TrainingButton data) {
		if (!incoming.registered()) {
			return false;
		}
		Educator educator = incoming.educator().orElseThrow();
		if (data.action().sharing().isPresent()) {
			this.reflections.share(incoming, educator, query, data.id(), data.action().sharing().get());
			return true;
		}
		if (!educator.isMember()) {
			this.replies.answer(query.getId(), null);
			this.replies.send(incoming.chat(), this.replies.text(incoming, "training.pending"));
			return true;
		}
		String notice = null;
		Screen screen;
		try {
			switch (data.action()) {
				case PAUSE, RESUME -> {
					boolean pause = data.action() == TrainingButton.Action.PAUSE;
					this.training.pause(educator, data.id(), pause);
					notice = this.replies.text(incoming, pause ? "training.paused" : "training.resumed");
					screen = this.views.programs(educator);
				}
				case NEXT -> {
					boolean sent = this.training.sendNext(educator, data.id());
					notice = this.replies.text(incoming, sent ? "training.next.sent" : "training.next.none");
					screen = this.views.programs(educator);
				}
				case OPEN -> screen = this.views.open(educator);
				case JOIN -> {
					this.training.join(educator, data.id());
					notice = this.replies.text(incoming, "training.joined");
					screen = this.views.programs(educator);
				}
				default -> screen = this.views.programs(educator);
			}
		}
		catch (ProgramNotFound ex) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "training.gone"));
			return true;
		}
		this.replies.answer(query.getId(), notice);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), screen.html(), screen.keyboard());
		return true;
	}

}
