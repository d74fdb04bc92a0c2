package org.socialchange.platform.initiatives;

/**
 * A photo of an album or the document of an update, kept by Telegram's {@code file_id}
 * and shown again from it.
 */
public record UpdateFile(Kind kind, String fileId, String fileName) {

	/** What Telegram holds under the id. */
	public enum Kind {

		PHOTO, DOCUMENT

	}

	public static UpdateFile photo(String fileId) {
		return new UpdateFile(Kind.PHOTO, fileId, null);
	}

	public static UpdateFile document(String fileId, String fileName) {
		return new UpdateFile(Kind.DOCUMENT, fileId, fileName);
	}

}
