package org.guildmark.core.audit;

/**
 * One thing the audit found. {@code id} is stable across dossier versions (rule plus the ids of what it is
 * about, never a position), so a finding can be tracked, justified and compared; {@code subject} is the JSON
 * pointer of what it is about in this version of the dossier.
 */
public record Finding(String id, String clause, Severity severity, String rule, String subject, String message,
        String remediation) {
}
