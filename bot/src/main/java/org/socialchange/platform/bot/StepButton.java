package org.socialchange.platform.bot;

import java.util.Optional;

/**
 * A button of a conversation step: {@code <prefix>:<STEP>:<value>}. It counts only while
 * the conversation waits at that step, so a button of an earlier question is stale; the
 * value {@code back} goes one step back in every flow.
 */
public record StepButton(String prefix, String step, String value) implements ButtonData {

	public static final String BACK = "back";

	/** The step buttons of the flows that share a prefix. */
	public static ButtonType<StepButton> type(String prefix) {
		return ButtonType.of(prefix, (data) -> {
			int colon = data.indexOf(':');
			if (colon <= 0 || colon == data.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new StepButton(prefix, data.substring(0, colon), data.substring(colon + 1)));
		});
	}

	/** The Back button of a step. */
	public static StepButton back(String prefix, String step) {
		return new StepButton(prefix, step, BACK);
	}

	public boolean isBack() {
		return BACK.equals(this.value);
	}

	@Override
	public String encode() {
		return ButtonType.join(this.prefix, this.step, this.value);
	}

}
