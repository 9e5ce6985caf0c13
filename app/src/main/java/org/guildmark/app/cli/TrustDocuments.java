package org.guildmark.app.cli;

import java.text.ParseException;
import java.util.Locale;

import org.guildmark.core.trust.TrustFormatException;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusListCredential;
import org.guildmark.core.trust.certificate.VcJwt;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.note.SignedNote;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * Reads the documents {@code guildmark verify} is given, each named by where it came from (a file or a URL), so that
 * one that is not what it should be is refused with its name and the reason, before anything is verified.
 */
final class TrustDocuments {
    private TrustDocuments() {
    }

    /**
     * The certificate's compact JWS. Only text that is not a JWS of JSON at all is refused here; a JWS that breaks
     * the certificate's rules (a wrong {@code alg} or {@code typ}, a payload that is no certificate) is left to the
     * verifier, which reports it as a failed format check.
     */
    static String certificate(String text, String source) throws UnusableInput {
        try {
            VcJwt.read(text);
        } catch (TrustFormatException e) {
            String where = e.where();
            if (where.isEmpty() || where.equals("header") || where.equals("payload")) {
                throw new UnusableInput(source + " is not a certificate: " + e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(source + " is not a certificate: " + e.getMessage());
        }
        return text.strip();
    }

    /** The certificate's payload, for a command that needs its issuer and status entries before verifying. */
    static ProductionCertificate certificatePayload(String jws, String source) throws UnusableInput {
        try {
            return ProductionCertificate.fromPayload(VcJwt.read(jws).payload());
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(source + " is not a Guildmark certificate: " + e.getMessage());
        }
    }

    static JWKSet keys(String text, String source) throws UnusableInput {
        try {
            return JWKSet.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new UnusableInput(source + " is not a JSON Web Key Set (JWKS): " + e.getMessage());
        }
    }

    static String statusList(String text, String source) throws UnusableInput {
        try {
            StatusListCredential.fromPayload(VcJwt.read(text).payload());
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(source + " is not a status list credential: " + e.getMessage());
        }
        return text.strip();
    }

    static Checkpoint checkpoint(String text, String source) throws UnusableInput {
        try {
            return Checkpoint.parse(SignedNote.parse(text).text());
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(source + " is not a signed log checkpoint: " + e.getMessage());
        }
    }

    static InclusionProof proof(String text, String source) throws UnusableInput {
        try {
            return InclusionProof.fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(source + " is not an inclusion proof: " + e.getMessage());
        }
    }

    /** The base URL of an issuer's endpoints: its URL without trailing slashes. */
    static String issuerBase(String issuer) {
        String s = issuer.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static boolean isLocalHost(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }
}
