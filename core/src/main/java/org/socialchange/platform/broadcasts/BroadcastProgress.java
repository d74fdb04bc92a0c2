package org.socialchange.platform.broadcasts;

import java.util.Map;

import org.socialchange.platform.delivery.DeliveryState;

/**
 * How far a broadcast got: its messages per state, the share settled, and the recent
 * sending rate in messages per second.
 */
public record BroadcastProgress(long total, long sent, long pending, long failed, long blocked, long expired,
		long cancelled, double ratePerSecond) {

	static BroadcastProgress of(Map<DeliveryState, Long> counts, double ratePerSecond) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new BroadcastProgress(total, counts.get(DeliveryState.SENT), counts.get(DeliveryState.PENDING),
				counts.get(DeliveryState.FAILED), counts.get(DeliveryState.BLOCKED), counts.get(DeliveryState.EXPIRED),
				counts.get(DeliveryState.CANCELLED), ratePerSecond);
	}

	/**
	 * Whole percent of the messages that reached a final state; 100 when there are none.
	 */
	public int percent() {
		return (this.total == 0) ? 100 : (int) Math.floor(100.0 * (this.total - this.pending) / this.total);
	}

	public boolean finished() {
		return this.pending == 0;
	}

}
