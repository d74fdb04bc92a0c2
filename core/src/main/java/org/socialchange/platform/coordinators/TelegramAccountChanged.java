package org.socialchange.platform.coordinators;

/**
 * A coordinator's own Telegram account was linked (named as it shows, first name or
 * {@code @username}) or unlinked ({@code linkedTo} is {@code null}).
 */
public record TelegramAccountChanged(String coordinator, String linkedTo) {
}
