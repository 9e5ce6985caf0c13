package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A production's revenue-share terms (clause 2.3) as its dossier's {@code revenueShare} gave them: the creator
 * pool's percent of revenue and each participant's percent of the pool. {@code version} counts the uploads.
 */
public record RevenueAgreement(UUID id, UUID production, int version, String basis, BigDecimal poolPercent,
        List<Participant> participants, String dossierSha256, String fileName, String recordedBy,
        Instant recordedAt) {

    public RevenueAgreement {
        participants = List.copyOf(participants);
    }

    /** A participant: the dossier's person id, their name there, their percent of the pool. */
    public record Participant(String person, String name, BigDecimal percent) {
    }
}
