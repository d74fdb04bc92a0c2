/**
 * Monitoring (README, Monitoring): health and Prometheus metrics on a management port of
 * their own, bound to loopback by default and never served on the public port; health of
 * Telegram and of the delivery backlog, the outbox and Quartz job meters, and log lines
 * that never show a bot token or a configured password.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring", allowedDependencies = "delivery")
package org.socialchange.platform.monitoring;
