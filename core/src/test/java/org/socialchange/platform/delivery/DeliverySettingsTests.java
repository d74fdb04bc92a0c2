package org.socialchange.platform.delivery;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's workers as configured: 8 of 4 rows at the free limit and 20 of 20 for paid
 * broadcasts unless set, and the in-flight bound they make.
 */
class DeliverySettingsTests {

	@Test
	void freeBroadcastsGetEightWorkersOfFourRows() {
		DeliverySettings settings = bind(Map.of());
		assertThat(settings.concurrency()).isEqualTo(8);
		assertThat(settings.batch()).isEqualTo(4);
		assertThat(settings.inFlightBound()).isEqualTo(8);
	}

	@Test
	void paidBroadcastsGetTwentyWorkersOfTwentyRows() {
		DeliverySettings settings = bind(Map.of("platform.delivery.paid-broadcast", "true"));
		assertThat(settings.concurrency()).isEqualTo(20);
		assertThat(settings.batch()).isEqualTo(20);
		assertThat(settings.inFlightBound()).isEqualTo(20);
	}

	@Test
	void whatIsSetIsKeptInEitherMode() {
		DeliverySettings settings = bind(Map.of("platform.delivery.paid-broadcast", "true",
				"platform.delivery.concurrency", "6", "platform.delivery.batch", "10"));
		assertThat(settings.concurrency()).isEqualTo(6);
		assertThat(settings.batch()).isEqualTo(10);
		assertThat(bind(Map.of("platform.delivery.concurrency", "12")).concurrency()).isEqualTo(12);
	}

	private static DeliverySettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("platform.delivery",
				DeliverySettings.class);
	}

}
