package org.guildmark.app.certification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officers decide on submissions, by name and with reasons (clause 1.1 holds for the guild too: a human decides).
 * With the four-eyes rule ({@code guildmark.certification.four-eyes}, on by default) a certificate needs the
 * certify decisions of two different officers; one rejection is enough. Whatever an officer chooses, a submission
 * the audit found not certifiable, or one with a major finding the production did not justify, is never certified.
 */
@Service
public class OfficerReview {

    private final Submissions submissions;
    private final Certificates certificates;
    private final StoredDocuments documents;
    private final CertificateIssuance issuance;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean fourEyes;

    OfficerReview(Submissions submissions, Certificates certificates, StoredDocuments documents,
            CertificateIssuance issuance, TransactionTemplate transactions, Clock clock,
            @Value("${guildmark.certification.four-eyes:true}") boolean fourEyes) {
        this.submissions = submissions;
        this.certificates = certificates;
        this.documents = documents;
        this.issuance = issuance;
        this.transactions = transactions;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    /** What deciding did: the decision recorded, and the certificate if it was issued now. */
    public record Outcome(ReviewDecision decision, SubmissionState state, Optional<Certificate> certificate) {
    }

    public Outcome decide(String officer, UUID submission, ReviewDecision.Verdict verdict, String reasons) {
        String why = reasons == null ? "" : reasons.strip();
        if (why.isEmpty()) {
            throw new CertificationRefusal.Invalid("/reasons", "Give the reasons for the decision: they are recorded "
                    + "with your name and shown to the production.");
        }
        if (why.length() > 4000) {
            throw new CertificationRefusal.Invalid("/reasons", "At most 4,000 characters, this has " + why.length()
                    + ".");
        }
        return transactions.execute(status -> {
            submissions.lock(submission);
            Submission s = submissions.find(submission)
                    .orElseThrow(() -> new CertificationRefusal.NotFound("submission"));
            List<ReviewDecision> before = submissions.decisions(s.id());
            SubmissionState state = stateOf(s, before);
            if (!state.open()) {
                throw new CertificationRefusal.Conflict("This submission is " + state.label()
                        + "; there is nothing left to decide.");
            }
            if (before.stream().anyMatch(d -> d.officer().equals(officer))) {
                throw new CertificationRefusal.Conflict("You have decided on this submission already; "
                        + (fourEyes ? "a second, different officer decides next." : "it waits for nothing else."));
            }
            if (verdict == ReviewDecision.Verdict.CERTIFY) {
                refuseUncertifiable(s);
            }
            ReviewDecision decision = new ReviewDecision(UUID.randomUUID(), s.id(), verdict, officer, why,
                    clock.instant());
            submissions.decide(decision);
            Optional<Certificate> issued = Optional.empty();
            if (verdict == ReviewDecision.Verdict.CERTIFY) {
                List<String> certifying = new java.util.ArrayList<>(before.stream()
                        .filter(d -> d.verdict() == ReviewDecision.Verdict.CERTIFY).map(ReviewDecision::officer)
                        .toList());
                certifying.add(officer);
                if (!fourEyes || certifying.size() >= 2) {
                    issued = Optional.of(issuance.issue(s, String.join(" and ", certifying)));
                }
            }
            List<ReviewDecision> after = submissions.decisions(s.id());
            return new Outcome(decision, stateOf(s, after), issued);
        });
    }

    /** The audit's verdict and the production's justifications, whatever the officer would choose. */
    private void refuseUncertifiable(Submission s) {
        if (!s.certifiable()) {
            throw new CertificationRefusal.Conflict("The audit found this version not certifiable (a blocking "
                    + "finding or a missing attestation): it cannot be certified. Reject it with your reasons; the "
                    + "production fixes the dossier and submits a new version.");
        }
        SubmittedReport report = SubmittedReport.parse(documents.get(s.reportSha256()).orElseThrow());
        Map<String, String> justified = submissions.justifications(s.id());
        List<String> unjustified = report.major().stream().map(SubmittedReport.ReportFinding::id)
                .filter(id -> !justified.containsKey(id)).toList();
        if (!unjustified.isEmpty()) {
            throw new CertificationRefusal.Conflict(unjustified.size() + " major finding(s) have no justification "
                    + "from the production (" + String.join(", ", unjustified.subList(0, Math.min(5,
                    unjustified.size()))) + (unjustified.size() > 5 ? ", …" : "") + "): it cannot be certified "
                    + "until each is justified, or fixed in a new version.");
        }
    }

    /** Where the submission stands. */
    SubmissionState stateOf(Submission s, List<ReviewDecision> decisions) {
        if (certificates.ofSubmission(s.id()).isPresent()) {
            return SubmissionState.CERTIFIED;
        }
        if (decisions.stream().anyMatch(d -> d.verdict() == ReviewDecision.Verdict.REJECT)) {
            return SubmissionState.REJECTED;
        }
        if (submissions.latestVersion(s.production()) > s.version()) {
            return SubmissionState.SUPERSEDED;
        }
        boolean oneCertify = decisions.stream().anyMatch(d -> d.verdict() == ReviewDecision.Verdict.CERTIFY);
        return oneCertify ? SubmissionState.AWAITING_SECOND_OFFICER : SubmissionState.PENDING;
    }
}
