package org.guildmark.app.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What people wrote and sent about a case: the reporter's account, identity, messages, notes and evidence. This
 * is the personal data the retention purge deletes; each kind is only inserted, and deleted whole by the purge.
 */
@Repository
class CaseRecords {

    private final JdbcClient jdbc;
    private final ReporterIdentitySeal identities;

    CaseRecords(JdbcClient jdbc, ReporterIdentitySeal identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** The reporter's account: whom it is about in their words, and what happened. */
    record Account(String namedSubject, String summary) {
    }

    /** A named reporter's identity. */
    record Reporter(String name, String contact, Instant givenAt) {
    }

    record Message(UUID id, UUID caseId, boolean toReporter, String author, String body, Instant at) {
    }

    record Note(UUID id, UUID caseId, String author, String body, Instant at) {
    }

    /** An attachment without its bytes. */
    record Attachment(UUID id, UUID caseId, String fileName, String mediaType, long size, String sha256,
            boolean fromReporter, String addedBy, Instant at) {
    }

    void account(UUID caseId, String namedSubject, String summary) {
        jdbc.sql("INSERT INTO case_account (case_id, named_subject, summary) VALUES (:c, :n, :s)")
                .param("c", caseId).param("n", namedSubject).param("s", summary).update();
    }

    Optional<Account> account(UUID caseId) {
        return jdbc.sql("SELECT named_subject, summary FROM case_account WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2))).optional();
    }

    /** Stores a named reporter's identity, encrypted (see {@link ReporterIdentitySeal}). */
    void reporter(UUID caseId, String name, String contact, Instant at) {
        jdbc.sql("INSERT INTO case_reporter (case_id, name, contact, given_at) VALUES (:c, :n, :contact, :at)")
                .param("c", caseId).param("n", identities.seal(name)).param("contact", identities.seal(contact))
                .param("at", DatabaseTime.utc(at)).update();
    }

    Optional<Reporter> reporter(UUID caseId) {
        return jdbc.sql("SELECT name, contact, given_at FROM case_reporter WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> new Reporter(identities.open(rs.getString(1)), identities.open(rs.getString(2)),
                        DatabaseTime.instant(rs, "given_at")))
                .optional();
    }

    void message(UUID caseId, boolean toReporter, String author, String body, Instant at) {
        jdbc.sql("INSERT INTO case_message (id, case_id, direction, author, body, at) "
                        + "VALUES (:id, :c, :d, :a, :b, :at)")
                .param("id", UUID.randomUUID()).param("c", caseId).param("d", toReporter ? "to-reporter"
                        : "from-reporter").param("a", author).param("b", body).param("at", DatabaseTime.utc(at)).update();
    }

    List<Message> messages(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_message WHERE case_id = :c ORDER BY at, id").param("c", caseId)
                .query((rs, n) -> new Message(rs.getObject("id", UUID.class), caseId,
                        "to-reporter".equals(rs.getString("direction")), rs.getString("author"),
                        rs.getString("body"), DatabaseTime.instant(rs, "at")))
                .list();
    }

    void note(UUID caseId, String author, String body, Instant at) {
        jdbc.sql("INSERT INTO case_note (id, case_id, author, body, at) VALUES (:id, :c, :a, :b, :at)")
                .param("id", UUID.randomUUID()).param("c", caseId).param("a", author).param("b", body)
                .param("at", DatabaseTime.utc(at)).update();
    }

    List<Note> notes(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_note WHERE case_id = :c ORDER BY at, id").param("c", caseId)
                .query((rs, n) -> new Note(rs.getObject("id", UUID.class), caseId, rs.getString("author"),
                        rs.getString("body"), DatabaseTime.instant(rs, "at")))
                .list();
    }

    UUID attach(UUID caseId, CheckedFile file, boolean fromReporter, String addedBy, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_attachment (id, case_id, file_name, media_type, size_bytes, sha256, bytes, "
                        + "source, added_by, at) VALUES (:id, :c, :f, :m, :s, :sha, :b, :src, :by, :at)")
                .param("id", id).param("c", caseId).param("f", file.fileName()).param("m", file.mediaType())
                .param("s", (long) file.bytes().length).param("sha", file.sha256()).param("b", file.bytes())
                .param("src", fromReporter ? "reporter" : "committee").param("by", addedBy)
                .param("at", DatabaseTime.utc(at)).update();
        return id;
    }

    List<Attachment> attachments(UUID caseId) {
        return jdbc.sql("SELECT id, file_name, media_type, size_bytes, sha256, source, added_by, at "
                        + "FROM case_attachment WHERE case_id = :c ORDER BY at, id").param("c", caseId)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), caseId, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        "reporter".equals(rs.getString("source")), rs.getString("added_by"),
                        DatabaseTime.instant(rs, "at")))
                .list();
    }

    Optional<byte[]> attachmentBytes(UUID caseId, UUID attachment) {
        return jdbc.sql("SELECT bytes FROM case_attachment WHERE case_id = :c AND id = :id").param("c", caseId)
                .param("id", attachment).query(byte[].class).optional();
    }

    /** Deletes everything people wrote about the case; returns how many rows went. */
    int purge(UUID caseId) {
        int rows = 0;
        for (String table : List.of("case_account", "case_reporter", "case_message", "case_note",
                "case_attachment")) {
            rows += jdbc.sql("DELETE FROM " + table + " WHERE case_id = :c").param("c", caseId).update();
        }
        return rows;
    }
}
