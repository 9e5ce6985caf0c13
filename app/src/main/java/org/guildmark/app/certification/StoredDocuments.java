package org.guildmark.app.certification;

import java.time.Instant;
import java.util.Optional;

import org.guildmark.app.DatabaseTime;
import org.guildmark.core.read.FileDigest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dossiers and audit reports kept byte for byte under their SHA-256. A document is written once and never changed:
 * storing the same bytes again finds the row that is there.
 */
@Repository
class StoredDocuments {

    private final JdbcClient jdbc;

    StoredDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code bytes} unless already stored; returns their SHA-256 (lower-case hex). */
    String put(byte[] bytes, String mediaType, Instant at) {
        String sha256 = FileDigest.sha256(bytes);
        boolean stored = jdbc.sql("SELECT COUNT(*) FROM stored_document WHERE sha256 = :sha")
                .param("sha", sha256).query(Long.class).single() > 0;
        if (!stored) {
            jdbc.sql("INSERT INTO stored_document (sha256, media_type, bytes, stored_at) "
                    + "VALUES (:sha, :type, :bytes, :at)")
                    .param("sha", sha256)
                    .param("type", mediaType)
                    .param("bytes", bytes)
                    .param("at", DatabaseTime.utc(at))
                    .update();
        }
        return sha256;
    }

    Optional<byte[]> get(String sha256) {
        return jdbc.sql("SELECT bytes FROM stored_document WHERE sha256 = :sha")
                .param("sha", sha256)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }
}
