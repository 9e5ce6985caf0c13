package org.guildmark.app.certification;

import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed documents anyone may fetch, no account needed: certificates as issued and the status lists they name
 * (design trust.md, "Public endpoints"). Neither holds personal data.
 */
@RestController
@Tag(name = "Public documents", description = "Certificates and status lists, for anyone who verifies")
class PublicDocuments {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final StatusLists statusLists;
    private final CertificationViews views;

    PublicDocuments(StatusLists statusLists, CertificationViews views) {
        this.statusLists = statusLists;
        this.views = views;
    }

    @Operation(summary = "A status list credential (revocation-N or suspension-N), signed as vc+jwt")
    @GetMapping("/status/{list}")
    ResponseEntity<String> statusList(@PathVariable String list) {
        return statusLists.credential(list)
                .map(jws -> ResponseEntity.ok().contentType(VC_JWT)
                        .cacheControl(CacheControl.maxAge(StatusLists.TTL).cachePublic()).body(jws))
                .orElseThrow(() -> new CertificationRefusal.NotFound("status list"));
    }

    @Operation(summary = "A certificate as issued (vc+jwt); its id is the UUID of its urn:uuid")
    @GetMapping("/certificates/{id}.jwt")
    ResponseEntity<String> certificate(@PathVariable UUID id) {
        return views.publicCertificate("urn:uuid:" + id)
                .map(c -> ResponseEntity.ok().contentType(VC_JWT)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(c.jws()))
                .orElseThrow(() -> new CertificationRefusal.NotFound("certificate"));
    }
}
