package org.guildmark.app.certification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A certificate as issued ({@code jws}, byte for byte) and its current state, which is always the last of its
 * events. {@code statusIndex} is its bit in both status lists numbered {@code statusList}.
 */
public record Certificate(String id, UUID submission, UUID production, int statusList, int statusIndex, String jws,
        String sha256, String kid, Instant validFrom, Instant validUntil, State state) {

    public enum State {
        ACTIVE, SUSPENDED, REVOKED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How the state reads as a badge on the pages. */
        public String tone() {
            return switch (this) {
                case ACTIVE -> "on";
                case SUSPENDED -> "warn";
                case REVOKED -> "alert";
            };
        }

        static State ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** The UUID part of {@code urn:uuid:…}, as the certificate's URL names it. */
    public String uuid() {
        return id.substring(id.lastIndexOf(':') + 1);
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }
}
