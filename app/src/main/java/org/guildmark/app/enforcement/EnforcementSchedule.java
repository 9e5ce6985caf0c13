package org.guildmark.app.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled check ({@code guildmark.enforcement.check-interval}, default hourly): sanctions whose date has come
 * act and those whose end has passed end; decided cases close when the appeal window passes, appeal decisions when
 * theirs does; cases past the deadline of their state get a reminder in their log (the dashboard shows them
 * overdue first); and ended cases past the retention period are purged of personal data. Each case in a
 * transaction of its own; logs counts only.
 */
@Component
class EnforcementSchedule {

    private static final Logger log = LoggerFactory.getLogger(EnforcementSchedule.class);

    private final Cases cases;
    private final Decisions decisions;
    private final SanctionEffects effects;
    private final CaseLifecycle lifecycle;
    private final Retention retention;
    private final AuditLog audit;
    private final EnforcementProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EnforcementSchedule(Cases cases, Decisions decisions, SanctionEffects effects, CaseLifecycle lifecycle,
            Retention retention, AuditLog audit, EnforcementProperties properties, TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.effects = effects;
        this.lifecycle = lifecycle;
        this.retention = retention;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one check did. */
    record Outcome(int applied, int ended, int closed, int reminded, int purged) {
    }

    @Scheduled(fixedDelayString = "${guildmark.enforcement.check-interval:PT1H}",
            initialDelayString = "${guildmark.enforcement.check-interval:PT1H}")
    void scheduled() {
        Outcome o = check();
        if (o.applied() + o.ended() + o.closed() + o.reminded() + o.purged() > 0) {
            log.info("Enforcement check: {} sanctions applied, {} ended, {} cases closed, {} reminders, {} purged",
                    o.applied(), o.ended(), o.closed(), o.reminded(), o.purged());
        }
    }

    Outcome check() {
        Instant now = clock.instant();
        int applied = 0;
        for (Decisions.Sanction s : decisions.due(now)) {
            transactions.executeWithoutResult(status -> effects.apply(s));
            applied++;
        }
        int ended = 0;
        for (Decisions.Sanction s : decisions.ended(now)) {
            transactions.executeWithoutResult(status -> effects.end(s));
            ended++;
        }
        int closed = 0;
        for (CaseState state : new CaseState[] {CaseState.DECISION, CaseState.APPEAL_DECISION}) {
            for (EnforcementCase c : cases.pastDeadline(state, now)) {
                transactions.executeWithoutResult(status -> lifecycle.move(cases.lock(c.id()).orElseThrow(),
                        CaseState.CLOSED, AuditLog.SYSTEM, state == CaseState.DECISION
                                ? "the appeal window passed without an appeal" : "the appeal was decided"));
                closed++;
            }
        }
        int reminded = 0;
        for (EnforcementCase c : cases.overdueUnreminded(now)) {
            transactions.executeWithoutResult(status -> {
                cases.reminded(c.id(), now);
                audit.done(c.id(), "reminder", AuditLog.SYSTEM, "overdue: " + c.state().label() + " since "
                        + PublicSanction.instant(c.stateSince()) + ", deadline " + PublicSanction.instant(c.dueAt()));
            });
            reminded++;
        }
        int purged = 0;
        for (UUID id : cases.endedBefore(now.minus(properties.retention()))) {
            retention.purge(id);
            purged++;
        }
        return new Outcome(applied, ended, closed, reminded, purged);
    }
}
