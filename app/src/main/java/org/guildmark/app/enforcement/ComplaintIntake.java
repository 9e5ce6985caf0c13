package org.guildmark.app.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guildmark.app.registry.Organizations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a complaint from anyone, named or anonymous: checks it whole (nothing is stored from a refused one), then
 * opens a case with the account, the clauses, the evidence and, for a named reporter, the identity the custodian
 * alone will see. The reporter gets a receipt to come back with; the client's address is used only by
 * {@link ClientThrottle}, in memory.
 */
@Service
public class ComplaintIntake {

    static final int SUMMARY_MIN = 20;

    private final CaseLifecycle lifecycle;
    private final CaseRecords records;
    private final AuditLog audit;
    private final AttachmentCheck attachments;
    private final Receipts receipts;
    private final ClientThrottle throttle;
    private final Organizations organizations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ComplaintIntake(CaseLifecycle lifecycle, CaseRecords records, AuditLog audit,
            AttachmentCheck attachments, Receipts receipts, ClientThrottle throttle, Organizations organizations,
            TransactionTemplate transactions, Clock clock) {
        this.lifecycle = lifecycle;
        this.records = records;
        this.audit = audit;
        this.attachments = attachments;
        this.receipts = receipts;
        this.throttle = throttle;
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A complaint as sent.
     *
     * @param production   the production's registry code, if the reporter knows it
     * @param subject      whom the complaint is about, in the reporter's words (a member, a company)
     * @param reporterName empty for an anonymous complaint
     */
    public record Complaint(String production, String subject, List<String> clauses, String description,
            String reporterName, String reporterContact, List<Upload> attachments) {
    }

    /** The case opened and the receipt, shown once. */
    public record Filed(EnforcementCase filed, String receipt) {
        public String formattedReceipt() {
            return Receipts.formatted(receipt);
        }
    }

    public Filed submit(Complaint complaint, String clientAddress) {
        try {
            return accept(complaint, clientAddress);
        } catch (EnforcementRefusal refusal) {
            audit.refused(null, "complaint-refused", AuditLog.ANONYMOUS, refusal.audited());
            throw refusal;
        }
    }

    /** Logs a complaint refused before it reached the intake (unreadable JSON) and returns the refusal. */
    EnforcementRefusal refused(EnforcementRefusal refusal) {
        audit.refused(null, "complaint-refused", AuditLog.ANONYMOUS, refusal.audited());
        return refusal;
    }

    /** A complaint that passed every check: its fields stripped and its files checked. */
    record Checked(String production, String subject, List<String> clauses, String description, String name,
            String contact, List<CheckedFile> files) {
    }

    /** Checks a complaint whole; refuses it with every problem found. */
    Checked check(Complaint complaint) {
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        String production = Texts.optional(complaint.production(), "/production", 200, problems);
        String subject = Texts.optional(complaint.subject(), "/subject", 300, problems);
        List<String> clauses = Texts.clauses(complaint.clauses(), "/clauses", problems);
        String description = Texts.required(complaint.description(), "/description",
                "Say what happened: when, where, who was involved and what you saw.", 20_000, problems);
        if (description != null && description.length() < SUMMARY_MIN) {
            problems.add(new EnforcementRefusal.Problem("/description", "Say a little more (at least "
                    + SUMMARY_MIN + " characters), so the committee can look into it.", "too-short"));
        }
        String name = Texts.optional(complaint.reporterName(), "/reporter/name", 200, problems);
        String contact = Texts.optional(complaint.reporterContact(), "/reporter/contact", 300, problems);
        if (name == null && contact != null) {
            problems.add(new EnforcementRefusal.Problem("/reporter/name", "Give your name with your contact "
                    + "details, or leave both empty to report anonymously.", "contact-without-name"));
        }
        if (production == null && subject == null) {
            problems.add(new EnforcementRefusal.Problem("/subject", "Name the production (its code) or the member "
                    + "the report is about.", "missing"));
        }
        List<CheckedFile> files = List.of();
        try {
            files = attachments.check("/attachments", complaint.attachments());
        } catch (EnforcementRefusal.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new EnforcementRefusal.Invalid(problems);
        }
        return new Checked(production, subject, clauses, description, name, contact, files);
    }

    private Filed accept(Complaint complaint, String clientAddress) {
        Checked checked = check(complaint);
        String production = checked.production();
        String subject = checked.subject();
        List<String> clauses = checked.clauses();
        String description = checked.description();
        String name = checked.name();
        String contact = checked.contact();
        List<CheckedFile> files = checked.files();
        throttle.submission(clientAddress);

        Optional<Organizations.Production> known = production == null ? Optional.empty()
                : organizations.findProductionByCode(production);
        for (int attempt = 0; ; attempt++) {
            String receipt = receipts.generate();
            String hash = receipts.hash(receipt);
            List<CheckedFile> evidence = files;
            try {
                EnforcementCase c = transactions.execute(status -> {
                    EnforcementCase opened = lifecycle.open(CaseOrigin.COMPLAINT, name == null
                                    ? EnforcementCase.ReporterKind.ANONYMOUS : EnforcementCase.ReporterKind.NAMED,
                            known.map(Organizations.Production::id).orElse(null),
                            known.map(Organizations.Production::organization).orElse(null), clauses, hash,
                            name == null ? AuditLog.ANONYMOUS : AuditLog.REPORTER,
                            (name == null ? "anonymous" : "named") + " complaint, " + evidence.size()
                                    + " attachment(s)" + (known.isPresent() ? ", production linked" : ""));
                    records.account(opened.id(), subject == null ? production : subject, description);
                    if (name != null) {
                        records.reporter(opened.id(), name, contact, clock.instant());
                    }
                    for (CheckedFile file : evidence) {
                        records.attach(opened.id(), file, true, AuditLog.REPORTER, clock.instant());
                    }
                    return opened;
                });
                return new Filed(c, receipt);
            } catch (DuplicateKeyException sameReceiptHash) {
                // One in 10^16 per case: draw another receipt, a few times at most.
                if (attempt >= 3) {
                    throw sameReceiptHash;
                }
            }
        }
    }
}
