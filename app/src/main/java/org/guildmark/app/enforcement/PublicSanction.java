package org.guildmark.app.enforcement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.guildmark.core.read.FileDigest;

/**
 * The public record of a sanction, in one canonical encoding whose SHA-256 the transparency log holds
 * ({@code sanction-published}): a JSON object on one line, the fields always present and in this order, no
 * spaces, UTF-8, no trailing newline. Every value is an ASCII identifier, a decimal, or a UTC instant to the second,
 * so no JSON escaping choice can differ; ids name the organization and production, never a person.
 *
 * <pre>{"format":"guildmark-sanction/v1","sanctionId":"…","case":"EC-…","kind":"certification-suspension",
 * "clauses":["3.1"],"organization":"&lt;uuid&gt;","production":"&lt;uuid&gt;|","certificates":["urn:uuid:…"],
 * "effectiveFrom":"…Z","effectiveUntil":"…Z|","amount":"5000.00","currency":"USD|","decidedAt":"…Z"}</pre>
 */
final class PublicSanction {

    static final String FORMAT = "guildmark-sanction/v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublicSanction() {
    }

    static String json(Decisions.Sanction s, String caseReference, List<String> clauses, List<String> certificates,
            Instant decidedAt) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("sanctionId", s.id().toString());
        n.put("case", caseReference);
        n.put("kind", s.kind().code());
        ArrayNode c = n.putArray("clauses");
        clauses.forEach(c::add);
        n.put("organization", s.organization() == null ? "" : s.organization().toString());
        n.put("production", s.production() == null ? "" : s.production().toString());
        ArrayNode certs = n.putArray("certificates");
        certificates.forEach(certs::add);
        n.put("effectiveFrom", instant(s.effectiveFrom()));
        n.put("effectiveUntil", s.effectiveUntil() == null ? "" : instant(s.effectiveUntil()));
        n.put("amount", s.amount() == null ? "" : s.amount().toPlainString());
        n.put("currency", s.currency() == null ? "" : s.currency());
        n.put("decidedAt", instant(decidedAt));
        return JSON.writeValueAsString(n);
    }

    static String sha256(String json) {
        return FileDigest.sha256(json.getBytes(StandardCharsets.UTF_8));
    }

    static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
