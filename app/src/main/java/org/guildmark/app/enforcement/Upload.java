package org.guildmark.app.enforcement;

/** A file as it arrived, before any check: the name its sender gave and its bytes. */
public record Upload(String fileName, byte[] bytes) {

    public static Upload of(org.springframework.web.multipart.MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read an uploaded file", e);
        }
    }
}
