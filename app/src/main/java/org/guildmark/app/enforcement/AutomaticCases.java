package org.guildmark.app.enforcement;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.certification.Certificate;
import org.guildmark.app.certification.CertificateStatusChanged;
import org.guildmark.app.registry.DeletionObligationOverdue;
import org.guildmark.app.registry.Organizations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens cases on its own: when a deletion owed after withdrawn consent is overdue, and when a certificate is
 * suspended for consent reasons. Runs in the publisher's transaction, so the case exists exactly when the news
 * does. A trigger already seen adds nothing; a second trigger about a production with an open automatic case joins
 * that case instead of opening another.
 */
@Component
class AutomaticCases {

    static final Set<String> CONSENT_CAUSES = Set.of("consent-withdrawn", "deletion-overdue");

    private final Cases cases;
    private final CaseRecords records;
    private final CaseLifecycle lifecycle;
    private final AuditLog audit;
    private final Organizations organizations;
    private final java.time.Clock clock;

    AutomaticCases(Cases cases, CaseRecords records, CaseLifecycle lifecycle, AuditLog audit,
            Organizations organizations, java.time.Clock clock) {
        this.cases = cases;
        this.records = records;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.organizations = organizations;
        this.clock = clock;
    }

    @EventListener
    void deletionOverdue(DeletionObligationOverdue event) {
        open(CaseOrigin.DELETION_OVERDUE, "deletion-obligation", event.obligation().toString(), event.production(),
                event.organization(), List.of("3.1", "3.2"),
                "The deletion obligation " + event.obligation() + " owed after withdrawn consent was due on "
                        + PublicSanction.instant(event.dueAt()) + " and is not confirmed.");
    }

    @EventListener
    void certificateSuspended(CertificateStatusChanged event) {
        if (event.state() != Certificate.State.SUSPENDED || !CONSENT_CAUSES.contains(event.cause())) {
            return;
        }
        UUID organization = organizations.findProduction(event.production())
                .map(Organizations.Production::organization).orElse(null);
        open(CaseOrigin.CONSENT_SUSPENSION, "certificate-suspension", event.certificate() + "@"
                        + PublicSanction.instant(event.at()), event.production(), organization, List.of("3.1"),
                "Certificate " + event.certificate() + " was suspended (" + event.cause() + ") on "
                        + PublicSanction.instant(event.at()) + ".");
    }

    private void open(CaseOrigin origin, String kind, String reference, UUID production, UUID organization,
            List<String> clauses, String account) {
        if (cases.triggered(kind, reference).isPresent()) {
            return;
        }
        if (production != null) {
            var joined = cases.openAutomaticCase(production);
            if (joined.isPresent()) {
                cases.addTrigger(kind, reference, joined.get(), clock.instant());
                records.note(joined.get(), AuditLog.SYSTEM, account, clock.instant());
                audit.done(joined.get(), "trigger", AuditLog.SYSTEM, origin.code() + " " + reference);
                return;
            }
        }
        EnforcementCase c = lifecycle.open(origin, EnforcementCase.ReporterKind.AUTOMATIC, production, organization,
                clauses, null, AuditLog.SYSTEM, "opened automatically: " + origin.code() + " " + reference);
        cases.addTrigger(kind, reference, c.id(), clock.instant());
        records.account(c.id(), null, account);
    }
}
