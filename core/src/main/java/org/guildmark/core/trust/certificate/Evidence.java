package org.guildmark.core.trust.certificate;

import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.log.InclusionProof;

/**
 * What a verifier has beside the certificate and the issuer's keys: status list credentials ({@code vc+jwt}, any
 * number, matched to the certificate's entries by their {@code id}), a signed checkpoint, an inclusion proof of the
 * certificate's issuance entry, and the log origin to expect (default: derived from the certificate's issuer).
 */
public record Evidence(List<String> statusLists, Optional<String> checkpoint, Optional<InclusionProof> inclusionProof,
        Optional<String> logOrigin) {

    public Evidence {
        statusLists = List.copyOf(statusLists);
    }

    public static Evidence none() {
        return new Evidence(List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
