package org.guildmark.app.registry;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
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

/** {@code /api/v1/deletion-obligations}: what must be deleted after a withdrawal, and its confirmation. */
@RestController
@RequestMapping(path = "/api/v1/deletion-obligations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Deletion obligations", description = "Deletion after a grant is withdrawn or revoked")
class DeletionObligationsApi {

    private final RegistryCalls calls;

    DeletionObligationsApi(RegistryCalls calls) {
        this.calls = calls;
    }

    @Operation(summary = "The obligations you may see, optionally only those in one state (open, overdue, confirmed)")
    @GetMapping
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Obligations list(Authentication auth, @RequestParam(required = false) String state) {
        DeletionObligation.State wanted = null;
        if (state != null) {
            wanted = java.util.Arrays.stream(DeletionObligation.State.values())
                    .filter(s -> s.code().equals(state)).findFirst()
                    .orElseThrow(() -> RegistryRefusal.InvalidInput.at("",
                            "state must be one of: open, overdue, confirmed; was '" + state + "'."));
        }
        return calls.obligations(auth, ConsentRegistry::obligations, wanted);
    }

    @Operation(summary = "One deletion obligation")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PERFORMER', 'REPRESENTATIVE', 'PRODUCTION', 'ADMIN', 'OFFICER')")
    GrantViews.Obligation obligation(Authentication auth, @PathVariable UUID id) {
        return calls.obligation(auth, (registry, caller) -> registry.obligation(caller, id));
    }

    @Operation(summary = "Confirm the deletion, with the SHA-256 of the evidence (the obliged production)")
    @PostMapping("/{id}/confirmation")
    @PreAuthorize("hasRole('PRODUCTION')")
    GrantViews.Obligation confirm(Authentication auth, @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Confirmation.class)))
            @RequestBody(required = false) JsonNode body) {
        GrantRequests.DeletionEvidence evidence = GrantRequests.deletionEvidence(body);
        return calls.obligation(auth,
                (registry, caller) -> registry.confirmDeletion(caller, id, evidence.sha256(), evidence.description()));
    }
}
