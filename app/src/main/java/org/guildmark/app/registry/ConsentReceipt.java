package org.guildmark.app.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * The signed receipt of one status change of a grant.
 *
 * @param ordinal the change's position in the grant's history, from 0
 * @param jws     the receipt as a compact JWS signed by the guild key {@code kid}
 */
public record ConsentReceipt(UUID grant, int ordinal, ConsentStatus status, String kid, String jws,
        Instant issuedAt) {
}
