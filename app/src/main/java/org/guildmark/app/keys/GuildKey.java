package org.guildmark.app.keys;

import java.time.Instant;
import java.util.Objects;

import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * One of the guild's keys, public part only.
 *
 * @param kid       the key id: its RFC 7638 JWK thumbprint, named in the header of everything it signs
 * @param retiredAt when it stopped signing, or null while active
 */
public record GuildKey(String kid, KeyStatus status, Instant createdAt, Instant retiredAt, OctetKeyPair publicKey) {

    public GuildKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.isPrivate()) {
            throw new IllegalArgumentException("a GuildKey holds only the public part");
        }
    }
}
