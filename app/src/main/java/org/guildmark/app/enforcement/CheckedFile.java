package org.guildmark.app.enforcement;

/** An attachment that passed {@link AttachmentCheck}: a safe file name, the type its bytes show, its SHA-256. */
record CheckedFile(String fileName, String mediaType, byte[] bytes, String sha256) {
}
