package org.guildmark.app.certification;

/**
 * A change an officer makes to a certificate's status, by the word each surface names it with: the review pages'
 * verb ({@code POST /review/certificates/{id}/suspend}) and the API's noun
 * ({@code POST /api/v1/certificates/{id}/suspension}).
 */
enum CertificateChange {
    SUSPEND, REINSTATE, REVOKE;

    /** The pages' verbs as a path pattern (a constant, for the mapping's annotation), in the constants' order. */
    static final String VERBS = "suspend|reinstate|revoke";
    /** The API's nouns as a path pattern, in the constants' order. */
    static final String NOUNS = "suspension|reinstatement|revocation";

    /** The change a verb or a noun names; the path patterns let no other word through. */
    static CertificateChange named(String word) {
        return switch (word) {
            case "suspend", "suspension" -> SUSPEND;
            case "reinstate", "reinstatement" -> REINSTATE;
            case "revoke", "revocation" -> REVOKE;
            default -> throw new IllegalArgumentException("no certificate change is called " + word);
        };
    }

    /** Makes the change, recorded as the officer's. */
    Certificate applyTo(CertificateStatus status, String officer, String certificate, String reason) {
        return switch (this) {
            case SUSPEND -> status.suspend(officer, certificate, reason);
            case REINSTATE -> status.reinstate(officer, certificate, reason);
            case REVOKE -> status.revoke(officer, certificate, reason);
        };
    }
}
