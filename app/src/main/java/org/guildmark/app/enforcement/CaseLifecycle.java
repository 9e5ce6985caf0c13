package org.guildmark.app.enforcement;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Opens cases and moves them between states, each move with its deadline and an appended event. */
@Component
class CaseLifecycle {

    /** Crockford's base 32 without I, L, O and U: a reference reads aloud without confusion. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Cases cases;
    private final AuditLog audit;
    private final EnforcementProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseLifecycle(Cases cases, AuditLog audit, EnforcementProperties properties, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Inserts a received case with its clauses and the event that opened it. */
    EnforcementCase open(CaseOrigin origin, EnforcementCase.ReporterKind reporter, UUID production,
            UUID organization, List<String> clauses, String receiptHash, String actor, String detail) {
        Instant now = clock.instant();
        EnforcementCase c = new EnforcementCase(UUID.randomUUID(), newReference(), origin, CaseState.RECEIVED, now,
                due(CaseState.RECEIVED, now), null, production, organization, null, reporter, now, null, null);
        cases.insert(c, receiptHash);
        cases.addClauses(c.id(), clauses);
        audit.done(c.id(), "received", actor, detail);
        return c;
    }

    /** Moves the case; ended states close it. */
    EnforcementCase move(EnforcementCase c, CaseState to, String actor, String detail) {
        Instant now = clock.instant();
        cases.setState(c.id(), to, now, due(to, now), to.ended() ? now : null);
        audit.done(c.id(), "state", actor, c.state().code() + " → " + to.code() + (detail == null ? "" : ": "
                + detail));
        return cases.find(c.id()).orElseThrow();
    }

    Instant due(CaseState state, Instant from) {
        Duration deadline = properties.deadline(state);
        return deadline == null ? null : from.plus(deadline);
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder r = new StringBuilder("EC-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    r.append('-');
                }
                r.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            reference = r.toString();
        } while (cases.referenceTaken(reference));
        return reference;
    }
}
