package org.guildmark.app.consent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.Purpose;

/**
 * One check as asked, validated: whose likeness, which production (by registry id or code) or which grantee, the
 * aspects, the purposes any of which would cover the use, and the instant.
 *
 * @param production the production's registry id or its code, or null
 * @param grantee    the grantee organization, or null
 * @param pointer    where the query sits in the request body, for error messages ({@code ""} or {@code /queries/3})
 */
record CheckQuery(UUID person, String production, UUID grantee, Set<Aspect> aspects, Set<Purpose> purposes,
        Instant at, String pointer) {
}
