package org.guildmark.app.enforcement;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge of an ended case (after {@code guildmark.enforcement.retention}): deletes what people wrote
 * and who they were (the account of what happened, the reporter's identity and receipt, messages, notes, evidence,
 * the reasons of decisions and the grounds of an appeal, the link to a person) and keeps the anonymised decision:
 * the case's reference, origin, dates and states, the organization and production, the clauses, who decided, the
 * outcome, the sanctions and the whole event log, which never held personal data.
 */
@Component
class Retention {

    private final Cases cases;
    private final CaseRecords records;
    private final Decisions decisions;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Retention(Cases cases, CaseRecords records, Decisions decisions, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.records = records;
        this.decisions = decisions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    void purge(UUID caseId) {
        transactions.executeWithoutResult(status -> {
            EnforcementCase c = cases.lock(caseId).orElseThrow();
            if (c.purgedAt() != null || !c.state().ended()) {
                return;
            }
            int rows = records.purge(caseId) + decisions.purge(caseId);
            cases.purged(caseId, clock.instant());
            audit.done(caseId, "purged", AuditLog.SYSTEM, "personal data deleted after the retention period ("
                    + rows + " records); the anonymised decision stays");
        });
    }
}
