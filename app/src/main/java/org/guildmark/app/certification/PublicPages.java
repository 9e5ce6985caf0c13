package org.guildmark.app.certification;

import java.util.UUID;

import org.guildmark.app.keys.Issuer;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;


/**
 * The pages anyone may read, no account needed: {@code /verify} (paste a certificate, or follow its QR code),
 * {@code /productions/{id}} (title, ADL and its explanation, disclosure, credits, status, log proof) and the
 * printable certificate {@code /certificates/{id}}. They show only what the production publishes itself.
 */
@Controller
class PublicPages {

    /** A compact JWS of a certificate is a few kilobytes; anything much larger is not one. */
    private static final int MAXIMUM_PASTE = 64 * 1024;

    private final PublicVerification verification;
    private final CertificationViews views;
    private final Issuer issuer;

    PublicPages(PublicVerification verification, CertificationViews views, Issuer issuer) {
        this.verification = verification;
        this.views = views;
        this.issuer = issuer;
    }

    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) UUID certificate, Model model) {
        if (certificate != null) {
            views.publicCertificate("urn:uuid:" + certificate).ifPresentOrElse(c -> {
                model.addAttribute("pasted", c.jws());
                model.addAttribute("report", verification.verify(c.jws()));
            }, () -> model.addAttribute("problem", "This server issued no certificate with that id."));
        }
        return "certification/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(required = false) String certificate, Model model) {
        if (certificate == null || certificate.isBlank()) {
            model.addAttribute("problem", "Paste the certificate: the text of its .jwt file, three parts joined by "
                    + "dots.");
        } else if (certificate.length() > MAXIMUM_PASTE) {
            model.addAttribute("problem", "That is " + certificate.length() + " characters; a certificate is a few "
                    + "thousand. Paste only the certificate.");
        } else {
            model.addAttribute("pasted", certificate.strip());
            model.addAttribute("report", verification.verify(certificate));
        }
        return "certification/verify";
    }

    @GetMapping("/productions/{code}")
    String production(@PathVariable String code, Model model) {
        CertificationViews.PublicProduction p = views.publicProduction(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certified production"));
        model.addAttribute("p", p);
        model.addAttribute("certificateUrl", issuer.at("/certificates/" + p.certificate().uuid()));
        PublicVerification.ServerEvidence evidence = verification.evidenceFor(p.certificate().jws());
        model.addAttribute("report", verification.verify(p.certificate().jws(), evidence));
        model.addAttribute("proof", evidence.proof().map(proof -> new LogPosition(proof.index(), proof.size(),
                evidence.checkpoint().orElseThrow().note(),
                proof.hashes().stream().map(h -> java.util.Base64.getEncoder().encodeToString(h)).toList()))
                .orElse(null));
        return "certification/production";
    }

    @GetMapping("/certificates/{id}")
    String certificate(@PathVariable UUID id, Model model) {
        Certificate c = views.publicCertificate("urn:uuid:" + id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such certificate"));
        ProductionCertificate credential = PublicVerification.claimed(c.jws()).orElseThrow();
        String verifyUrl = issuer.at("/verify?certificate=" + id);
        model.addAttribute("c", c);
        model.addAttribute("credential", credential);
        model.addAttribute("verifyUrl", verifyUrl);
        model.addAttribute("qr", QrCode.svg(verifyUrl, "QR code: verify this certificate at " + verifyUrl));
        model.addAttribute("productionCode", credential.subject().productionId()
                .substring(credential.subject().productionId().lastIndexOf(':') + 1));
        return "certification/certificate";
    }

    /** Where the certificate's issuance sits in the log: its leaf, the checkpoint it is proved against, the proof. */
    record LogPosition(long index, long size, String checkpoint, java.util.List<String> hashes) {
    }
}
