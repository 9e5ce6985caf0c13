package org.guildmark.app.consent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.guildmark.app.security.BadApiRequest;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Wire;

/** The wire form of consent checks, and its validation into {@link CheckQuery}s with JSON pointers. */
final class CheckRequests {

    /** The most queries one batch may hold. */
    static final int MAX_BATCH = 1000;

    private CheckRequests() {
    }

    /**
     * One check.
     *
     * @param person     the registry id of the person
     * @param production the production's registry id or code; or name {@code grantee} instead
     * @param grantee    the grantee organization's id (default: the caller's organization)
     * @param aspects    {@code face}, {@code body}, {@code voice}, {@code performance}, {@code name}
     * @param purpose    {@code synthetic-media}, {@code digital-alteration} or {@code model-training}
     * @param purposes   instead of {@code purpose}: several purposes, any of which covers the use
     * @param at         the instant to judge (ISO-8601, e.g. {@code 2026-03-01T10:00:00Z}; default now)
     */
    record Query(String person, String production, String grantee, List<String> aspects, String purpose,
            List<String> purposes, String at) {
    }

    record Batch(List<Query> queries) {
    }

    /** The answer: {@code permit} with the consent id, or {@code deny} with reason codes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String decision, String consent, List<String> reasons, Instant at) {
    }

    record BatchAnswer(List<Answer> results) {
    }

    static CheckQuery single(Query query, Instant now) {
        if (query == null) {
            throw new BadApiRequest("", "Send a JSON body: {\"person\": \"<id>\", \"production\": \"<id or code>\", "
                    + "\"aspects\": [\"voice\"], \"purpose\": \"synthetic-media\"}.");
        }
        return query(query, "", now);
    }

    static List<CheckQuery> batch(Batch batch, Instant now) {
        if (batch == null || batch.queries() == null) {
            throw new BadApiRequest(batch == null ? "" : "/queries",
                    "Send a JSON body {\"queries\": [...]} with 1 to " + MAX_BATCH + " queries.");
        }
        List<Query> queries = batch.queries();
        if (queries.isEmpty()) {
            throw new BadApiRequest("/queries", "A batch holds at least one query.");
        }
        if (queries.size() > MAX_BATCH) {
            throw new BadApiRequest("/queries", "A batch holds at most " + MAX_BATCH + " queries, this one "
                    + queries.size() + ": split it into batches of " + MAX_BATCH + ".");
        }
        List<CheckQuery> checked = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            String pointer = "/queries/" + i;
            if (queries.get(i) == null) {
                throw new BadApiRequest(pointer, "A query is an object, not null.");
            }
            checked.add(query(queries.get(i), pointer, now));
        }
        return checked;
    }

    private static CheckQuery query(Query q, String at, Instant now) {
        UUID person = uuid(q.person(), at + "/person", "the person's registry id");
        String production = q.production() == null ? null : q.production().strip();
        if (production != null && production.isEmpty()) {
            throw new BadApiRequest(at + "/production", "Give the production's registry id or code, or leave it out.");
        }
        UUID grantee = q.grantee() == null ? null : uuid(q.grantee(), at + "/grantee", "the grantee organization's id");
        Set<Aspect> aspects = aspects(q.aspects(), at + "/aspects");
        Set<Purpose> purposes = purposes(q, at);
        return new CheckQuery(person, production, grantee, aspects, purposes, instant(q.at(), at + "/at", now), at);
    }

    private static UUID uuid(String value, String pointer, String what) {
        if (value == null) {
            throw new BadApiRequest(pointer, "Give " + what + ".");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notUuid) {
            throw new BadApiRequest(pointer, "'" + shorten(value) + "' is not " + what
                    + " (a UUID such as 3f2a6c1e-8d4b-4c1a-9e2f-0b7d5a9c4e21).");
        }
    }

    private static Set<Aspect> aspects(List<String> codes, String pointer) {
        if (codes == null || codes.isEmpty()) {
            throw new BadApiRequest(pointer, "Name at least one aspect: " + known(Aspect.class) + ".");
        }
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        for (int i = 0; i < codes.size(); i++) {
            aspects.add(code(Aspect.class, codes.get(i), pointer + "/" + i, "aspect"));
        }
        return aspects;
    }

    private static Set<Purpose> purposes(Query q, String at) {
        if (q.purpose() != null && q.purposes() != null) {
            throw new BadApiRequest(at + "/purposes", "Give either purpose or purposes, not both.");
        }
        if (q.purpose() != null) {
            return EnumSet.of(code(Purpose.class, q.purpose(), at + "/purpose", "purpose"));
        }
        if (q.purposes() == null || q.purposes().isEmpty()) {
            throw new BadApiRequest(at + "/purpose", "Name the purpose: " + known(Purpose.class) + ".");
        }
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (int i = 0; i < q.purposes().size(); i++) {
            purposes.add(code(Purpose.class, q.purposes().get(i), at + "/purposes/" + i, "purpose"));
        }
        return purposes;
    }

    private static Instant instant(String value, String pointer, Instant now) {
        if (value == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException notInstant) {
            throw new BadApiRequest(pointer, "'" + shorten(value) + "' is not an instant; use ISO-8601 with an "
                    + "offset, e.g. 2026-03-01T10:00:00Z, or leave it out for now.");
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String pointer, String what) {
        for (E constant : type.getEnumConstants()) {
            if (Wire.code(constant).equals(value)) {
                return constant;
            }
        }
        throw new BadApiRequest(pointer, value == null ? "A " + what + " is a string, not null."
                : "Unknown " + what + " '" + shorten(value) + "'; known: " + known(type) + ".");
    }

    private static String known(Class<? extends Enum<?>> type) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            codes.add(Wire.code(constant));
        }
        return String.join(", ", codes);
    }

    /** Echoes at most 60 characters of bad input. */
    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
