package org.guildmark.app.certification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One status change of a certificate, appended, never changed. */
public record CertificateEvent(UUID id, String certificate, Kind kind, String reason, String actor, Instant at) {

    public enum Kind {
        ISSUED, SUSPENDED, REINSTATED, REVOKED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
