package org.guildmark.app.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the append-only audit log: what happened to a case, or an attempt that was refused (with or without
 * a case: a guessed receipt names none). The detail is written by Guildmark, never by a person, so it holds no
 * personal data and survives the retention purge.
 *
 * @param actor a committee member's account name, {@code reporter}, {@code anonymous} or {@code guildmark}
 */
public record CaseEvent(long id, UUID caseId, String kind, boolean refused, String actor, String detail,
        Instant at) {
}
