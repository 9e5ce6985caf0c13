package org.guildmark.app.certification;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction of every status change of a certificate, for enforcement to follow (a suspension
 * for consent reasons opens a case). Ids only, no personal data.
 *
 * @param cause why it was suspended ({@code consent-withdrawn}, {@code deletion-overdue}, {@code officer},
 *              {@code sanction}), or null for a reinstatement or revocation
 */
public record CertificateStatusChanged(String certificate, UUID production, Certificate.State state, String cause,
        String reason, Instant at) {
}
