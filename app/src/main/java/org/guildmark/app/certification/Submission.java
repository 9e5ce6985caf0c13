package org.guildmark.app.certification;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a production's dossier as submitted, with what the server's audit of it said.
 *
 * @param dossierProduction the production id the dossier gives ({@code production.id})
 * @param certifiable       the audit's verdict: no blocking finding, no dossier error, every attestation made
 * @param adlExplanation    how the ADL was reached, as {@code guildmark adl --explain} prints it
 * @param disclosureSha256  the disclosure statement (text) generated from the dossier, or null
 * @param creditsSha256     the credits (text) generated from the dossier, or null
 */
public record Submission(UUID id, UUID production, int version, String fileName, String dossierSha256,
        String reportSha256, String dossierProduction, String title, String codeVersion, Integer adl,
        String adlDisplay, boolean certifiable, String adlExplanation, String disclosureSha256, String creditsSha256,
        String submittedBy, Instant submittedAt) {
}
