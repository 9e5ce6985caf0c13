package org.guildmark.app.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.UploadedDossier;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.consent.ConsentRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * A production submits a dossier: the server audits it with the registry's consents, stores dossier, report and
 * the generated statement by SHA-256, and records it as the production's next version, queued for an officer. A
 * dossier that cannot be read is refused with its problems and nothing is stored.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final int PROBLEMS_SHOWN = 20;

    private final ServerAudit audit;
    private final StoredDocuments documents;
    private final Submissions submissions;
    private final Organizations organizations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maximumBytes;

    SubmissionIntake(ServerAudit audit, StoredDocuments documents, Submissions submissions,
            Organizations organizations, TransactionTemplate transactions, Clock clock,
            @Value("${guildmark.certification.max-dossier-size:50MB}") DataSize maximum) {
        this.audit = audit;
        this.documents = documents;
        this.submissions = submissions;
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
        this.maximumBytes = maximum.toBytes();
    }

    public long maximumBytes() {
        return maximumBytes;
    }

    /** Audits and stores {@code dossier} as the next version of {@code production}'s submission. */
    public Submission submit(Caller caller, UUID production, String fileName, byte[] dossier) {
        Organizations.Production target = productionOf(caller, production);
        if (dossier.length == 0) {
            throw new CertificationRefusal.Invalid("/dossier", "The file is empty: choose the dossier file "
                    + "(YAML or JSON, format dossier/v1).");
        }
        if (dossier.length > maximumBytes) {
            throw new CertificationRefusal.Invalid("/dossier", "The dossier is " + dossier.length + " bytes; at most "
                    + maximumBytes + " are accepted. Keep evidence files out of the dossier and refer to them.");
        }
        String name = UploadedDossier.displayName(fileName);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ServerAudit.Result result;
        try {
            result = audit.audit(dossier, name, target.organization(), today);
        } catch (ConsentRegistry.Unavailable e) {
            throw new CertificationRefusal.Conflict("The consent registry could not answer for this dossier: "
                    + e.getMessage() + ". Nothing was stored.");
        }
        AuditReport report = result.report();
        if (!report.errors().isEmpty()) {
            List<CertificationRefusal.Problem> problems = new ArrayList<>();
            report.errors().stream().limit(PROBLEMS_SHOWN)
                    .forEach(p -> problems.add(new CertificationRefusal.Problem(p.location(), p.message())));
            long more = report.errors().size() + report.errorsOmitted() - problems.size();
            throw new CertificationRefusal.Invalid("The dossier cannot be read: fix "
                    + (problems.size() == 1 ? "this problem" : "these problems") + (more > 0 ? " (and " + more
                    + " more)" : "") + " and upload it again (guildmark audit FILE shows them all). Nothing was "
                    + "stored.", problems);
        }
        if (report.production() != null && !report.production().equals(target.code())) {
            throw new CertificationRefusal.Invalid("/production/id", "The dossier is for production '"
                    + report.production() + "', not '" + target.code() + "': upload it for that production, or "
                    + "set production.id to " + target.code() + ".");
        }
        return transactions.execute(status -> {
            java.time.Instant now = clock.instant();
            String dossierSha = documents.put(dossier, mediaType(name), now);
            String reportSha = documents.put(result.reportJson(), "application/json", now);
            String disclosure = result.disclosure() == null ? null
                    : documents.put(utf8(result.disclosure()), "text/plain; charset=utf-8", now);
            String credits = result.credits() == null ? null
                    : documents.put(utf8(result.credits()), "text/plain; charset=utf-8", now);
            int version = submissions.nextVersion(target.id());
            Submission submission = new Submission(UUID.randomUUID(), target.id(), version, name, dossierSha,
                    reportSha, report.production(), report.title(), report.codeVersion(),
                    report.adl() == null ? null : report.adl().level(),
                    report.adl() == null ? null : report.adl().display(),
                    report.verdict() == org.guildmark.core.audit.Verdict.CERTIFIABLE,
                    result.adlExplanation(), disclosure, credits, caller.username(), now);
            submissions.insert(submission, result.grants());
            log.info("Submission {} of production {} (version {}): {} blocking, {} major", submission.id(),
                    target.id(), version, report.count(Severity.BLOCKING), report.count(Severity.MAJOR));
            return submission;
        });
    }

    /** The production's justification of a major finding, once, before any officer has decided. */
    public void justify(Caller caller, UUID submission, String findingId, String justification) {
        transactions.executeWithoutResult(status -> {
            Submission s = visible(caller, submission);
            productionOf(caller, s.production());
            if (!(caller instanceof Caller.Production)) {
                throw new CertificationRefusal.NotPermitted("Only the production's own account justifies findings.");
            }
            String text = justification == null ? "" : justification.strip();
            if (text.isEmpty()) {
                throw new CertificationRefusal.Invalid("/justification", "Write why the finding is acceptable.");
            }
            if (text.length() > 4000) {
                throw new CertificationRefusal.Invalid("/justification", "At most 4,000 characters, this has "
                        + text.length() + ".");
            }
            if (!submissions.decisions(submission).isEmpty()) {
                throw new CertificationRefusal.Conflict("An officer has decided on this version already; submit a "
                        + "new version to change its justifications.");
            }
            boolean major = SubmittedReport.parse(documents.get(s.reportSha256()).orElseThrow()).findings().stream()
                    .anyMatch(f -> f.id().equals(findingId) && f.severity() == Severity.MAJOR);
            if (!major) {
                throw new CertificationRefusal.Invalid("/finding", "This version's report has no major finding '"
                        + findingId + "'; only major findings are justified.");
            }
            if (!submissions.justify(submission, findingId, text)) {
                throw new CertificationRefusal.Conflict("This finding is justified already; submit a new version "
                        + "to change it.");
            }
        });
    }

    /** The submission, if the caller may see it: an officer or admin any, a production its own. */
    Submission visible(Caller caller, UUID id) {
        Submission s = submissions.find(id).orElseThrow(() -> new CertificationRefusal.NotFound("submission"));
        if (caller instanceof Caller.Production production) {
            UUID organization = organizations.findProduction(s.production()).map(Organizations.Production::organization)
                    .orElse(null);
            if (!production.organization().equals(organization)) {
                throw new CertificationRefusal.NotFound("submission");
            }
        } else if (!(caller instanceof Caller.Guild)) {
            throw new CertificationRefusal.NotFound("submission");
        }
        return s;
    }

    private Organizations.Production productionOf(Caller caller, UUID production) {
        Organizations.Production target = organizations.findProduction(production)
                .orElseThrow(() -> new CertificationRefusal.NotFound("production"));
        if (!(caller instanceof Caller.Production p) || !p.organization().equals(target.organization())) {
            throw new CertificationRefusal.NotFound("production");
        }
        return target;
    }


    private static String mediaType(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "application/json" : "application/yaml";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
