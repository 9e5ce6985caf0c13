package org.guildmark.app.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request bodies of the registry API, for the OpenAPI description only: the server reads bodies as JSON
 * trees in {@link GrantRequests}, so every problem is reported with its pointer rather than the first one failing
 * to bind.
 */
final class ApiBodies {

    private ApiBodies() {
    }

    @Schema(name = "GrantRequest", description = "A grant's terms; who gave it, when and the approvals are recorded "
            + "from who acts")
    record Grant(
            @Schema(format = "uuid", requiredMode = Schema.RequiredMode.REQUIRED) String person,
            @Schema(format = "uuid", description = "the organization receiving the grant",
                    requiredMode = Schema.RequiredMode.REQUIRED) String grantee,
            @Schema(allowableValues = {"face", "body", "voice", "performance", "name"},
                    requiredMode = Schema.RequiredMode.REQUIRED) List<String> aspects,
            @Schema(allowableValues = {"synthetic-media", "digital-alteration", "model-training"},
                    requiredMode = Schema.RequiredMode.REQUIRED) List<String> purposes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Scope scope,
            @Schema(format = "date", example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
            String validFrom,
            @Schema(format = "date", example = "2027-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
            String validUntil,
            Compensation compensation, Revocation revocation, Deletion deletion, Informed informed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Evidence evidence) {
    }

    @Schema(name = "ScopeRequest",
            description = "one production, or {\"general\": true} for general model training, optionally limited "
            + "to models")
    record Scope(@Schema(format = "uuid") String production, Boolean general, List<String> models) {
    }

    @Schema(name = "CompensationRequest")
    record Compensation(@Schema(example = "25000.00", description = "a decimal string, never a JSON number")
            String amount, @Schema(example = "USD") String currency,
            @Schema(allowableValues = {"flat", "per-use", "royalty", "scale"}) String basis) {
    }

    @Schema(name = "RevocationRequest")
    record Revocation(String contact, @Schema(minimum = "0") Integer noticeDays) {
    }

    @Schema(name = "DeletionRequest")
    record Deletion(String method, @Schema(minimum = "0") Integer withinDays) {
    }

    @Schema(name = "InformedRequest")
    record Informed(String document, @Schema(example = "en") String language) {
    }

    @Schema(name = "EvidenceRequest")
    record Evidence(@Schema(pattern = "[0-9a-f]{64}") String sha256, String explainedBy,
            @Schema(example = "en") String language) {
    }

    @Schema(name = "ReasonRequest")
    record Reason(String reason) {
    }

    @Schema(name = "WithdrawalRequest")
    record Withdrawal(@Schema(format = "date-time", description = "when it takes effect; never before the notice "
            + "period has passed; default now") String effectiveAt, String reason) {
    }

    @Schema(name = "ApprovalRequest")
    record Approval(@Schema(allowableValues = {"guardian", "estate", "conservator", "heightened-review"})
            String relation) {
    }

    @Schema(name = "UseRequest")
    record Use(@Schema(format = "uuid") String production, String asset, String model,
            @Schema(format = "date-time") String usedAt) {
    }

    @Schema(name = "ConfirmationRequest")
    record Confirmation(@Schema(pattern = "[0-9a-f]{64}") String evidenceSha256, String description) {
    }

    @Schema(name = "OrganizationRequest")
    record Organization(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String name) {
    }

    @Schema(name = "ProductionRequest")
    record Production(
            @Schema(example = "lighthouse-2026", pattern = "[a-z0-9][a-z0-9._-]{0,99}", description = "the "
                    + "production's id in its dossiers; unique", requiredMode = Schema.RequiredMode.REQUIRED)
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String title,
            @Schema(allowableValues = {"feature", "series", "episode", "short", "documentary", "news",
                    "educational", "commercial", "music-video", "interactive", "other"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String type) {
    }

    @Schema(name = "PersonRequest", description = "a minor needs a date of birth under 18 years ago; a deceased "
            + "person needs a date of death, nobody else has one; death is never before birth")
    record Person(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String name,
            @Schema(allowableValues = {"adult", "minor", "deceased", "vulnerable"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String category,
            @Schema(format = "date", example = "2012-04-30") String dateOfBirth,
            @Schema(format = "date") String dateOfDeath) {
    }

    @Schema(name = "RepresentativeRequest", description = "estate only for a deceased person; guardian and "
            + "conservator only for the living")
    record Representative(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String name,
            @Schema(allowableValues = {"guardian", "estate", "conservator", "agent"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String relation) {
    }
}
