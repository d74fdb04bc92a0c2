package org.socialchange.platform.broadcasts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Broadcast rules: a broadcast to more than {@code approvalThreshold} people waits for a
 * second coordinator's approval; 0 means every broadcast does.
 */
@ConfigurationProperties("platform.broadcasts")
public record BroadcastSettings(@DefaultValue("200") int approvalThreshold) {

}
