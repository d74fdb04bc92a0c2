package org.socialchange.platform.bot;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every flow of every feature, by its name. */
@Component
class Flows {

	private final Map<String, Flow> byName;

	Flows(List<Flow> flows) {
		this.byName = flows.stream().collect(Collectors.toUnmodifiableMap(Flow::name, Function.identity()));
	}

	Map<String, Flow> byName() {
		return this.byName;
	}

}
