package org.guildmark.app.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a reporter does with their receipt, without an account: open their case, read the committee's messages and
 * the outcome, answer, add evidence, withdraw before a decision, and appeal a decision. A receipt that matches
 * nothing counts towards locking the client out ({@link ClientThrottle}); every attempt is in the audit log.
 */
@Service
public class ReporterAccess {

    private final Cases cases;
    private final CaseRecords records;
    private final Decisions decisions;
    private final AuditLog audit;
    private final Receipts receipts;
    private final ClientThrottle throttle;
    private final AttachmentCheck attachments;
    private final CaseLifecycle lifecycle;
    private final Adjudication adjudication;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReporterAccess(Cases cases, CaseRecords records, Decisions decisions, AuditLog audit, Receipts receipts,
            ClientThrottle throttle, AttachmentCheck attachments, CaseLifecycle lifecycle, Adjudication adjudication,
            TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.records = records;
        this.decisions = decisions;
        this.audit = audit;
        this.receipts = receipts;
        this.throttle = throttle;
        this.attachments = attachments;
        this.lifecycle = lifecycle;
        this.adjudication = adjudication;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the reporter sees: never the committee's notes, assignments or the identity of anyone. */
    public record ReporterView(EnforcementCase filed, List<CaseRecords.Message> messages,
            List<CaseRecords.Attachment> evidence, Optional<Decisions.Decision> decision,
            List<Decisions.Sanction> sanctions, Optional<Decisions.Appeal> appeal,
            Optional<Decisions.Decision> appealDecision, Instant appealUntil) {

        public boolean mayWrite() {
            return !filed.state().ended();
        }

        public boolean mayWithdraw() {
            return filed.state().beforeDecision();
        }

        public boolean mayAppeal(Instant now) {
            return filed.state() == CaseState.DECISION && appeal.isEmpty() && appealUntil != null
                    && now.isBefore(appealUntil);
        }
    }

    /** The case of this receipt, or a refusal: not 16 digits, no such case, or a client locked out. */
    public UUID open(String typed, String clientAddress) {
        try {
            throttle.beforeReceipt(clientAddress);
        } catch (EnforcementRefusal.TooMany locked) {
            audit.refused(null, "receipt-refused", AuditLog.ANONYMOUS, "client locked out after failed receipts");
            throw locked;
        }
        Optional<String> receipt = Receipts.normalized(typed);
        if (receipt.isEmpty()) {
            audit.refused(null, "receipt-refused", AuditLog.ANONYMOUS, "not 16 digits");
            throw new EnforcementRefusal.Invalid("/receipt", "A receipt is the 16 digits you were given when you "
                    + "reported, e.g. 1234 5678 9012 3456.");
        }
        Optional<UUID> found = cases.byReceiptHash(receipts.hash(receipt.get()));
        if (found.isEmpty()) {
            boolean locked = throttle.receiptFailed(clientAddress);
            audit.refused(null, "receipt-refused", AuditLog.ANONYMOUS, locked
                    ? "matched no case; client locked out" : "matched no case");
            throw new EnforcementRefusal.Invalid("/receipt", "No report has this receipt. Check the 16 digits"
                    + (locked ? "; after several receipts that matched nothing, this browser must wait before it "
                    + "tries again." : "."));
        }
        throttle.receiptMatched(clientAddress);
        audit.refusedOrDone(found.get(), "receipt-accepted", AuditLog.REPORTER, null, false);
        return found.get();
    }

    public ReporterView view(UUID caseId) {
        EnforcementCase c = cases.find(caseId).orElseThrow(() -> new EnforcementRefusal.NotFound("report"));
        Optional<Decisions.Decision> decision = decisions.find(caseId, Decisions.Stage.DECISION);
        return new ReporterView(c, records.messages(caseId), records.attachments(caseId).stream()
                .filter(CaseRecords.Attachment::fromReporter).toList(), decision, decisions.sanctions(caseId),
                decisions.appeal(caseId), decisions.find(caseId, Decisions.Stage.APPEAL),
                decision.map(d -> adjudication.appealUntil(d)).orElse(null));
    }

    /** The reporter answers, with or without more evidence. */
    public void reply(UUID caseId, String body, List<Upload> uploads) {
        refusing(caseId, "message-refused", () -> {
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String text = Texts.optional(body, "/body", 20_000, problems);
            List<CheckedFile> files = List.of();
            try {
                files = attachments.check("/attachments", uploads);
            } catch (EnforcementRefusal.Invalid invalid) {
                problems.addAll(invalid.problems());
            }
            if (problems.isEmpty() && text == null && files.isEmpty()) {
                problems.add(new EnforcementRefusal.Problem("/body", "Write a message or attach a file.", "missing"));
            }
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            List<CheckedFile> evidence = files;
            transactions.executeWithoutResult(status -> {
                EnforcementCase c = locked(caseId);
                if (c.state().ended()) {
                    throw new EnforcementRefusal.Conflict("This case is " + c.state().label()
                            + "; it takes no more messages. Thank you for reporting.");
                }
                Instant now = clock.instant();
                if (text != null) {
                    records.message(caseId, false, AuditLog.REPORTER, text, now);
                    audit.done(caseId, "message-from-reporter", AuditLog.REPORTER, null);
                }
                for (CheckedFile file : evidence) {
                    records.attach(caseId, file, true, AuditLog.REPORTER, now);
                }
                if (!evidence.isEmpty()) {
                    audit.done(caseId, "evidence-added", AuditLog.REPORTER, evidence.size() + " file(s)");
                }
            });
            return null;
        });
    }

    /** The reporter withdraws the report; only before a decision. */
    public void withdraw(UUID caseId) {
        refusing(caseId, "withdrawal-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(caseId);
            if (!c.state().beforeDecision()) {
                throw new EnforcementRefusal.Conflict("This case is " + c.state().label()
                        + "; a report can be withdrawn only before the committee decides.");
            }
            return lifecycle.move(c, CaseState.WITHDRAWN, AuditLog.REPORTER, "withdrawn by the reporter");
        }));
    }

    /** The reporter appeals the decision. */
    public void appeal(UUID caseId, String grounds) {
        adjudication.lodgeAppeal(caseId, AuditLog.REPORTER, "reporter", grounds);
    }

    /** Records that a reporter's form was sent twice or was out of date. */
    public void replayed(UUID caseId, String what) {
        audit.refused(caseId, "replay-refused", AuditLog.REPORTER, what + " sent again or out of date");
    }

    private EnforcementCase locked(UUID caseId) {
        return cases.lock(caseId).orElseThrow(() -> new EnforcementRefusal.NotFound("report"));
    }

    private <T> T refusing(UUID caseId, String kind, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (EnforcementRefusal refusal) {
            audit.refused(caseId, kind, AuditLog.REPORTER, refusal.audited());
            throw refusal;
        }
    }
}
