package org.guildmark.core.code;

/** One clause of a code, with our summary of what it asks; {@code attestation} is null unless attested. */
public record Clause(String id, String principle, String title, String summary, AssessmentMethod method,
        String attestation) {
}
