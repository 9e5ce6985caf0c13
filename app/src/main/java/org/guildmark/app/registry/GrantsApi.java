package org.guildmark.app.registry;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/grants}: consent grants, their lifecycle, uses, deletion obligations and receipts. Each endpoint
 * names its roles; what a caller sees within them is decided by {@link ConsentRegistry}, which answers 404 for a
 * grant the caller may not see. Bodies are read here, validated in {@link GrantRequests}, and {@link RegistryCalls}
 * makes the call as the signed-in caller; nothing else happens here.
 */
@RestController
@RequestMapping(path = "/api/v1/grants", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consent grants", description = "Grants of likeness and voice, their lifecycle and receipts")
class GrantsApi {

    static final String RECEIPT_MEDIA_TYPE = "application/jose";

    private final RegistryCalls calls;

    GrantsApi(RegistryCalls calls) {
        this.calls = calls;
    }

    @Operation(summary = "The grants you may see, newest first")
    @GetMapping
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Grants list(Authentication auth, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Paging page = new Paging(limit, offset);
        List<ConsentGrant> read = calls.as(auth, (registry, caller) -> registry.grants(caller, page.toRead(), offset));
        return new GrantViews.Grants(page.rows(read, calls::view), limit, offset, page.next("/api/v1/grants", read));
    }

    @Operation(summary = "Record a grant (the person or their representative) or request one (the grantee)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION')")
    ResponseEntity<GrantViews.Grant> create(Authentication auth,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Grant.class)))
            @RequestBody(required = false) JsonNode body) {
        GrantViews.Grant grant = calls.grant(auth,
                (registry, caller) -> registry.create(caller, GrantRequests.grant(body)));
        return Created.at("/api/v1/grants/" + grant.id(), grant);
    }

    @Operation(summary = "One grant with its terms, approvals and history")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Grant grant(Authentication auth, @PathVariable UUID id) {
        return calls.grant(auth, (registry, caller) -> registry.grant(caller, id));
    }

    @Operation(summary = "Give a requested grant (the person or their representative)")
    @PostMapping("/{id}/give")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE')")
    GrantViews.Grant give(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Reason.class)))
            @RequestBody(required = false) JsonNode body) {
        GrantRequests.reason(body, false);
        return calls.grant(auth, (registry, caller) -> registry.give(caller, id));
    }

    @Operation(summary = "Refuse a requested grant (the person or their representative)")
    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE')")
    GrantViews.Grant refuse(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Reason.class)))
            @RequestBody(required = false) JsonNode body) {
        return calls.grant(auth, (registry, caller) -> registry.refuse(caller, id, GrantRequests.reason(body, false)));
    }

    @Operation(summary = "Approve for clause 3.4: guardian, estate or conservator (representative), "
            + "heightened-review (officer)")
    @PostMapping("/{id}/approvals")
    @PreAuthorize("hasAnyRole('REPRESENTATIVE', 'ADMIN', 'OFFICER')")
    GrantViews.Grant approve(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Approval.class)))
            @RequestBody(required = false) JsonNode body) {
        return calls.grant(auth, (registry, caller) -> registry.approve(caller, id, GrantRequests.approval(body)));
    }

    @Operation(summary = "Withdraw a grant (the person or their representative), after its notice period")
    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE')")
    GrantViews.Grant withdraw(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Withdrawal.class)))
            @RequestBody(required = false) JsonNode body) {
        GrantRequests.Withdrawal withdrawal = GrantRequests.withdrawal(body);
        return calls.grant(auth,
                (registry, caller) -> registry.withdraw(caller, id, withdrawal.effectiveAt(), withdrawal.reason()));
    }

    @Operation(summary = "Renew a grant in force (the person or their representative)")
    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE')")
    GrantViews.Grant renew(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Reason.class)))
            @RequestBody(required = false) JsonNode body) {
        return calls.grant(auth, (registry, caller) -> registry.renew(caller, id, GrantRequests.reason(body, false)));
    }

    @Operation(summary = "Revoke a grant (the guild, e.g. after a finding), with immediate effect")
    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    GrantViews.Grant revoke(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Reason.class)))
            @RequestBody(required = false) JsonNode body) {
        return calls.grant(auth, (registry, caller) -> registry.revoke(caller, id, GrantRequests.reason(body, true)));
    }

    @Operation(summary = "Find a grant invalid (the guild), with immediate effect")
    @PostMapping("/{id}/invalidate")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    GrantViews.Grant invalidate(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Reason.class)))
            @RequestBody(required = false) JsonNode body) {
        return calls.grant(auth,
                (registry, caller) -> registry.invalidate(caller, id, GrantRequests.reason(body, true)));
    }

    @Operation(summary = "The recorded uses of a grant")
    @GetMapping("/{id}/uses")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Uses uses(Authentication auth, @PathVariable UUID id) {
        return new GrantViews.Uses(calls.as(auth, (registry, caller) -> registry.uses(caller, id)).stream()
                .map(GrantViews::of).toList());
    }

    @Operation(summary = "Record a use of a grant (the grantee's production account)")
    @PostMapping("/{id}/uses")
    @PreAuthorize("hasRole('PRODUCTION')")
    ResponseEntity<GrantViews.Use> recordUse(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Use.class)))
            @RequestBody(required = false) JsonNode body) {
        GrantUse use = calls.as(auth, (registry, caller) -> registry.recordUse(caller, id, GrantRequests.use(body)));
        return Created.at("/api/v1/grants/" + id + "/uses", GrantViews.of(use));
    }

    @Operation(summary = "The deletion obligations a grant's withdrawal created")
    @GetMapping("/{id}/deletion-obligations")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Obligations obligations(Authentication auth, @PathVariable UUID id) {
        return calls.obligations(auth, (registry, caller) -> registry.obligationsOf(caller, id), null);
    }

    @Operation(summary = "The signed receipts of a grant's status changes")
    @GetMapping("/{id}/receipts")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'ADMIN', 'OFFICER')")
    GrantViews.Receipts receipts(Authentication auth, @PathVariable UUID id) {
        return new GrantViews.Receipts(calls.as(auth, (registry, caller) -> registry.receipts(caller, id)).stream()
                .map(GrantViews::of).toList(), "/.well-known/jwks.json");
    }

    @Operation(summary = "Download one receipt: a compact JWS (EdDSA), verifiable offline with the JWKS")
    @GetMapping(path = "/{id}/receipts/{ordinal}", produces = {RECEIPT_MEDIA_TYPE, MediaType.ALL_VALUE})
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'ADMIN', 'OFFICER')")
    ResponseEntity<String> receipt(Authentication auth, @PathVariable UUID id, @PathVariable int ordinal) {
        ConsentReceipt receipt = calls.as(auth, (registry, caller) -> registry.receipt(caller, id, ordinal));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RECEIPT_MEDIA_TYPE))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("consent-receipt-" + id + "-" + ordinal + ".jws").build().toString())
                .body(receipt.jws());
    }
}
