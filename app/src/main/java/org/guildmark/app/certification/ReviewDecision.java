package org.guildmark.app.certification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An officer's decision on a submission, with reasons: recorded by name, never changed. */
public record ReviewDecision(UUID id, UUID submission, Verdict verdict, String officer, String reasons,
        Instant decidedAt) {

    /** What an officer decides. */
    public enum Verdict {
        CERTIFY, REJECT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Verdict ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
