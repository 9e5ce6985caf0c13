package org.guildmark.app.certification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.springframework.stereotype.Service;

/** What the pages and the API show of submissions and certificates, to those who may see it. */
@Service
public class CertificationViews {

    private final Submissions submissions;
    private final Certificates certificates;
    private final StoredDocuments documents;
    private final Organizations organizations;
    private final SubmissionIntake intake;
    private final OfficerReview review;

    CertificationViews(Submissions submissions, Certificates certificates, StoredDocuments documents,
            Organizations organizations, SubmissionIntake intake, OfficerReview review) {
        this.submissions = submissions;
        this.certificates = certificates;
        this.documents = documents;
        this.organizations = organizations;
        this.intake = intake;
        this.review = review;
    }

    /** A submission in a list: what it is and where it stands. */
    public record Summary(Submission submission, String productionCode, String productionTitle,
            SubmissionState state, Optional<Certificate> certificate) {
    }

    /** Everything about one submission: its report, the production's justifications, the officers' decisions. */
    public record Detail(Summary summary, SubmittedReport report, Map<String, String> justifications,
            List<ReviewDecision> decisions, Optional<FindingsDiff> sincePrevious, boolean fourEyes) {
    }

    /** A certificate with its history and what holds it. */
    public record CertificateDetail(Certificate certificate, Summary submission, List<CertificateEvent> events,
            List<Hold> holds) {
    }

    public Detail detail(Caller caller, UUID id) {
        Submission s = intake.visible(caller, id);
        List<ReviewDecision> decisions = submissions.decisions(s.id());
        SubmittedReport report = report(s);
        Optional<FindingsDiff> diff = Optional.empty();
        if (s.version() > 1) {
            diff = submissions.ofProduction(s.production()).stream().filter(p -> p.version() == s.version() - 1)
                    .findFirst().map(p -> FindingsDiff.between(p.version(), report(p), s.version(), report));
        }
        return new Detail(summary(s, decisions), report, submissions.justifications(s.id()), decisions, diff,
                review.fourEyes());
    }

    /** A production's versions, latest first, for its own account or the guild. */
    public List<Summary> ofProduction(Caller caller, UUID production) {
        Organizations.Production p = organizations.findProduction(production)
                .orElseThrow(() -> new CertificationRefusal.NotFound("production"));
        boolean own = caller instanceof Caller.Production mine && mine.organization().equals(p.organization());
        if (!own && !(caller instanceof Caller.Guild)) {
            throw new CertificationRefusal.NotFound("production");
        }
        return submissions.ofProduction(production).stream().map(s -> summary(s, submissions.decisions(s.id())))
                .toList();
    }

    /** The officers' queue: every production's latest version, those still open first. */
    public List<Summary> queue(int limit, int offset) {
        List<Summary> all = new ArrayList<>(submissions.latestVersions(limit, offset).stream()
                .map(s -> summary(s, submissions.decisions(s.id()))).toList());
        all.sort((a, b) -> Boolean.compare(!a.state().open(), !b.state().open()));
        return all;
    }

    public byte[] reportBytes(Caller caller, UUID id) {
        return documents.get(intake.visible(caller, id).reportSha256()).orElseThrow();
    }

    public byte[] dossierBytes(Caller caller, UUID id) {
        return documents.get(intake.visible(caller, id).dossierSha256()).orElseThrow();
    }

    public CertificateDetail certificate(String id) {
        Certificate c = certificates.find(id).orElseThrow(() -> new CertificationRefusal.NotFound("certificate"));
        Submission s = submissions.find(c.submission()).orElseThrow();
        return new CertificateDetail(c, summary(s, submissions.decisions(s.id())), certificates.events(c.id()),
                certificates.holds(c.id()));
    }

    /** Every certificate of a production, newest first (the enforcement module acts on them). */
    public List<Certificate> certificatesOf(UUID production) {
        return certificates.ofProduction(production);
    }

    /** The certificate as issued, for anyone: it carries no personal data. */
    public Optional<Certificate> publicCertificate(String id) {
        return certificates.find(id);
    }

    /** A production's public face: its latest certificate and the submission behind it. */
    public Optional<PublicProduction> publicProduction(String code) {
        Optional<Organizations.Production> production = organizations.findProductionByCode(code);
        if (production.isEmpty()) {
            return Optional.empty();
        }
        List<Certificate> issued = certificates.ofProduction(production.get().id());
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        Certificate latest = issued.get(0);
        Submission s = submissions.find(latest.submission()).orElseThrow();
        return Optional.of(new PublicProduction(production.get().code(), production.get().title(), latest, s,
                text(s.disclosureSha256()), text(s.creditsSha256()), certificates.events(latest.id())));
    }

    /** What {@code /productions/{id}} shows: nothing beyond what the production publishes itself. */
    public record PublicProduction(String code, String title, Certificate certificate, Submission submission,
            String disclosure, String credits, List<CertificateEvent> events) {
    }

    private String text(String sha256) {
        return sha256 == null ? null
                : documents.get(sha256).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    private SubmittedReport report(Submission s) {
        return SubmittedReport.parse(documents.get(s.reportSha256()).orElseThrow());
    }

    private Summary summary(Submission s, List<ReviewDecision> decisions) {
        Optional<Organizations.Production> p = organizations.findProduction(s.production());
        return new Summary(s, p.map(Organizations.Production::code).orElse(null),
                p.map(Organizations.Production::title).orElse(null), review.stateOf(s, decisions),
                certificates.ofSubmission(s.id()));
    }
}
