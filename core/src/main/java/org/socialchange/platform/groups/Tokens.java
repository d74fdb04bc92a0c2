package org.socialchange.platform.groups;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable invite tokens and one-time codes. */
final class Tokens {

	private static final SecureRandom random = new SecureRandom();

	/** Letters and digits that cannot be mistaken for one another when typed. */
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private Tokens() {
	}

	/**
	 * A deep-link payload: the prefix and 128 random bits in base64url, 24 characters of
	 * {@code A-Za-z0-9_-}, within Telegram's 64.
	 */
	static String invite(String prefix) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A one-time code of eight characters someone types: 40 random bits. */
	static String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
