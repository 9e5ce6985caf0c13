package org.guildmark.core.read;

import java.util.List;

/** The field names the dossier format allows, per object, for unknown-field errors and did-you-mean hints. */
final class Sections {
    private Sections() {
    }

    static final List<String> ROOT = List.of("guildmark", "production", "people", "credits", "engagements",
            "rateSchedule", "aiTools", "assets", "consents", "displacements", "revenueShare", "claims",
            "disclosure", "attestations");
    static final List<String> PRODUCTION = List.of("id", "title", "type", "commercial", "organization",
            "territories", "unions", "productionDate", "releaseDate", "codeVersion");
    static final List<String> PERSON = List.of("id", "name", "category", "dateOfBirth", "dateOfDeath",
            "representatives", "union", "registryId");
    static final List<String> REPRESENTATIVE = List.of("name", "relation");
    static final List<String> UNION = List.of("name", "local");
    static final List<String> CREDIT = List.of("person", "role", "department", "creditedAs", "onScreen");
    static final List<String> ENGAGEMENT = List.of("person", "role", "start", "end", "rate");
    static final List<String> RATE = List.of("amount", "currency", "unit");
    static final List<String> TOOL = List.of("id", "name", "vendor", "version", "kind", "purposes", "trainingData");
    static final List<String> TRAINING_DATA = List.of("sourcing", "licenses", "attribution", "evidence", "mlBom");
    static final List<String> ASSET = List.of("id", "kind", "department", "seconds", "delivered", "ai",
            "oversight", "likeness", "labels");
    static final List<String> AI = List.of("use", "share", "tools", "prompters", "generatedAt", "c2pa");
    static final List<String> OVERSIGHT = List.of("directedBy", "reviewedBy", "approvedBy");
    static final List<String> LIKENESS = List.of("person", "aspects", "synthetic", "consent");
    static final List<String> CONSENT = List.of("id", "person", "grantedBy", "givenAt", "aspects", "purposes",
            "scope", "validFrom", "validUntil", "compensation", "revocation", "deletion", "informed", "approvals",
            "revokedAt");
    static final List<String> SCOPE = List.of("production", "general", "models");
    static final List<String> COMPENSATION = List.of("amount", "currency", "basis");
    static final List<String> REVOCATION = List.of("contact", "noticeDays");
    static final List<String> DELETION = List.of("method", "withinDays");
    static final List<String> INFORMED = List.of("document", "language");
    static final List<String> APPROVAL = List.of("by", "relation", "at");
    static final List<String> DISPLACEMENT = List.of("role", "workers", "cause", "unionNotifiedAt", "support");
    static final List<String> SUPPORT = List.of("type", "workers", "description");
    static final List<String> REVENUE_SHARE = List.of("basis", "creatorPoolPercent", "participants");
    static final List<String> PARTICIPANT = List.of("person", "percent");
    static final List<String> CLAIM = List.of("id", "text", "medium", "asserts", "adl");
    static final List<String> DISCLOSURE = List.of("declaredAdl");
    static final List<String> ATTESTATION = List.of("clause", "by", "at", "statement");
}
