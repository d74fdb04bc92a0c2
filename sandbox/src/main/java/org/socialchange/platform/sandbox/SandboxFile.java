package org.socialchange.platform.sandbox;

/**
 * A photo or document Telegram knows, which can be sent again by its file id. A photo's
 * {@code fileId} is that of its largest size, {@code size} that size's bytes; a photo
 * sent by its http(s) address keeps that address as its {@code fileName}.
 */
record SandboxFile(String kind, String fileId, String fileUniqueId, String fileName, String mimeType, long size) {

	static final String PHOTO = "photo";

	static final String DOCUMENT = "document";

}
