package org.guildmark.app.cli;

import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.certificate.Evidence;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * What {@code guildmark verify} checks: the certificate as issued, the issuer's keys when known, the other evidence,
 * notes on where it came from, whether it was downloaded ({@code --fetch}), and, when the issuer's own log answered that it holds no such entry, that answer.
 */
record VerificationInput(String certificate, Optional<JWKSet> keys, Evidence evidence, List<String> notes,
        Optional<String> notInLog, boolean fetched) {

    VerificationInput {
        notes = List.copyOf(notes);
    }
}
