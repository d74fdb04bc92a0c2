package org.socialchange.platform.admin;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, six digits, 30 seconds), as authenticator
 * apps make them: new secrets, their QR code, which time step a typed code belongs to
 * (one step of clock drift either way), and recovery codes.
 */
class SecondFactor {

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	private final CodeGenerator codes = new DefaultCodeGenerator();

	private final Clock clock;

	SecondFactor(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator().generate();
	}

	/** The QR code an authenticator app scans, as a {@code data:} image. */
	String qrCode(String secret, String email, String issuer) {
		QrData data = new QrData.Builder().label(email)
			.secret(secret)
			.issuer(issuer)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/** The time step whose code was typed; empty when the code is none of them. */
	OptionalLong step(String secret, String typed) {
		String code = (typed != null) ? typed.replaceAll("\\s", "") : "";
		if (!code.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (code.equals(code(secret, step))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code of one time step. */
	String code(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Could not compute a code", ex);
		}
	}

	List<String> recoveryCodes() {
		return Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
	}

	/** Whether typed text looks like a recovery code rather than a six-digit code. */
	static boolean looksLikeRecoveryCode(String typed) {
		return typed != null && typed.strip().matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
	}

}
