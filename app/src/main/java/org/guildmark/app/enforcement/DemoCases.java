package org.guildmark.app.enforcement;

import java.util.List;

import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * The demo's enforcement story, told through the same services a real committee uses: an anonymous complaint
 * about Voices of the Harbor, triaged and under investigation with a question to the reporter, who answered. The
 * demo module calls it while it seeds; the receipt is fixed so the demo's README can name it.
 */
@Component
public class DemoCases {

    /** The demo complaint's receipt: known, because a demonstration is not for real reports. */
    public static final String RECEIPT = "4242171720260518";

    private final CaseLifecycle lifecycle;
    private final CaseRecords records;
    private final CaseWork work;
    private final Receipts receipts;
    private final Accounts accounts;
    private final org.guildmark.app.registry.Organizations organizations;

    DemoCases(CaseLifecycle lifecycle, CaseRecords records, CaseWork work, Receipts receipts, Accounts accounts,
            org.guildmark.app.registry.Organizations organizations) {
        this.lifecycle = lifecycle;
        this.records = records;
        this.work = work;
        this.receipts = receipts;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** Seeds in the caller's transaction: a second committee member and the complaint. */
    public void seed(String productionCode, String password) {
        accounts.create("committee2", password, Role.COMMITTEE, null, null);
        var production = organizations.findProductionByCode(productionCode).orElseThrow();
        EnforcementCase c = lifecycle.open(CaseOrigin.COMPLAINT, EnforcementCase.ReporterKind.ANONYMOUS,
                production.id(), production.organization(), List.of("1.2", "7.2"), receipts.hash(RECEIPT),
                AuditLog.ANONYMOUS, "anonymous complaint, 0 attachment(s), production linked");
        records.account(c.id(), "Voices of the Harbor", "The documentary's harbour interviews were re-voiced with "
                + "a synthetic voice and the screening at the festival carried no AI label. The credits name no "
                + "one for the voice work.");
        work.move("committee", c.id(), CaseState.TRIAGE.code(), null);
        work.assign("committee", c.id(), "committee");
        work.move("committee", c.id(), CaseState.INVESTIGATION.code(), "The rejected submission's audit found "
                + "the same missing labels (7.2).");
        work.message("committee", c.id(), "Thank you. Which screening was it, and on what date?");
        records.message(c.id(), false, AuditLog.REPORTER, "The festival preview on the 12th, the evening slot.",
                java.time.Instant.now());
        work.note("committee", c.id(), "Ask Harbor for the festival screening copy.");
    }
}
