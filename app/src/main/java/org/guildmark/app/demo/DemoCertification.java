package org.guildmark.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.certification.OfficerReview;
import org.guildmark.app.certification.ReviewDecision;
import org.guildmark.app.certification.Submission;
import org.guildmark.app.certification.SubmissionIntake;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentEvent;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentReceipts;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.ReceiptIssuer;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.GrantTerms;
import org.guildmark.app.registry.GrantUses;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;

/**
 * The demo's certification story, told through the same services a real guild uses: Harbor submits three
 * dossiers (the examples); two officers certify The Lighthouse Keeper; its teaser is certified too and then
 * suspended by itself when Mara withdraws the consent it relies on; Voices of the Harbor is rejected, its audit
 * having found it not certifiable.
 */
final class DemoCertification {

    static final String FIRST_OFFICER = "officer";
    static final String SECOND_OFFICER = "officer2";
    static final String TEASER = "lighthouse-teaser";
    static final String DOCUMENTARY = "voices-of-the-harbor";

    private final Organizations organizations;
    private final ConsentGrants grants;
    private final GrantUses uses;
    private final ConsentRegistry registry;
    private final SubmissionIntake intake;
    private final OfficerReview review;
    private final ConsentReceipts receipts;
    private final ReceiptIssuer issuer;
    private final Clock clock;

    DemoCertification(Organizations organizations, ConsentGrants grants, GrantUses uses, ConsentRegistry registry,
            SubmissionIntake intake, OfficerReview review, ConsentReceipts receipts, ReceiptIssuer issuer,
            Clock clock) {
        this.receipts = receipts;
        this.issuer = issuer;
        this.organizations = organizations;
        this.grants = grants;
        this.uses = uses;
        this.registry = registry;
        this.intake = intake;
        this.review = review;
        this.clock = clock;
    }

    void seed(UUID harbor, UUID lighthouse, RegisteredPerson mara) {
        Caller.Production harborAccount = new Caller.Production("harbor", harbor);

        Submission feature = intake.submit(harborAccount, lighthouse, "lighthouse-feature.yaml",
                example("lighthouse-feature.yaml"));
        certify(feature, "Every synthetic likeness has a valid consent, AI work is credited and approved by a "
                + "named person, and the declared ADL matches the computed one.");

        // The teaser reuses the feature's flashback shots under a registry grant of its own, mirroring the
        // dossier's consent (the dossier's assets were made in May 2026, so the grant's dates are those).
        UUID teaser = organizations.registerProduction(harbor, TEASER, "The Lighthouse Keeper (teaser)",
                ProductionType.SHORT);
        ConsentGrant teaserGrant = grants.record(new GrantTerms(mara.id(), harbor, mara.name(),
                        LocalDate.of(2026, 2, 1), EnumSet.of(Aspect.FACE, Aspect.VOICE),
                        EnumSet.of(Purpose.SYNTHETIC_MEDIA, Purpose.DIGITAL_ALTERATION), GrantScope.production(teaser),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2027, 12, 31),
                        new Compensation(new Money(new BigDecimal("4000.00"), "USD"), CompensationBasis.FLAT),
                        new Revocation("rights@harborpictures.example", 0),
                        new Deletion("delete the teaser's replica shots and their renders", 30),
                        new Informed("https://harbor-pictures.example/consent/lighthouse-teaser", "en"),
                        new org.guildmark.app.registry.Evidence(DemoGuild.sha256("teaser consent of " + mara.name()),
                                "Rosa Delgado", "en"), List.of()),
                ConsentEvent.at(ConsentStatus.GIVEN, LocalDate.of(2026, 2, 1).atTime(10, 0).toInstant(ZoneOffset.UTC),
                        mara.name(), "the teaser's flashback shots"));
        receipts.insert(issuer.issue(teaserGrant, 0));
        Instant used = clock.instant().minusSeconds(20 * 86_400L);
        uses.record(teaserGrant.id(), harbor, teaser, "teaser shots 18-04 and 18-06", null, used, used, "harbor");
        String teaserDossier = new String(example("lighthouse-feature.yaml"), StandardCharsets.UTF_8)
                .replace("  id: lighthouse-2026\n", "  id: " + TEASER + "\n")
                .replace("production: lighthouse-2026", "production: " + TEASER)
                .replace("  title: The Lighthouse Keeper\n", "  title: The Lighthouse Keeper (teaser)\n")
                .replace("  - id: mara\n    name: Mara Lindqvist\n",
                        "  - id: mara\n    name: Mara Lindqvist\n    registryId: " + mara.id() + "\n");
        Submission teaserSubmission = intake.submit(harborAccount, teaser, "lighthouse-teaser.yaml",
                teaserDossier.getBytes(StandardCharsets.UTF_8));
        certify(teaserSubmission, "The registry permits every synthetic likeness of Mara; credits and ADL check out.");
        registry.withdraw(new Caller.Performer("mara", mara.id(), mara.name()), teaserGrant.id(), null,
                "I did not agree to my likeness in advertising");

        UUID documentary = organizations.registerProduction(harbor, DOCUMENTARY, "Voices of the Harbor",
                ProductionType.DOCUMENTARY);
        Submission rejected = intake.submit(harborAccount, documentary, "harbor-documentary.yaml",
                example("harbor-documentary.yaml"));
        review.decide(FIRST_OFFICER, rejected.id(), ReviewDecision.Verdict.REJECT, "The audit found blocking "
                + "findings: the documentary's generated shots carry no AI label (7.2). Fix them and resubmit.");
    }

    private void certify(Submission submission, String reasons) {
        review.decide(FIRST_OFFICER, submission.id(), ReviewDecision.Verdict.CERTIFY, reasons);
        if (review.fourEyes()) {
            review.decide(SECOND_OFFICER, submission.id(), ReviewDecision.Verdict.CERTIFY, "Agreed.");
        }
    }

    static byte[] example(String name) {
        try (InputStream in = DemoCertification.class.getResourceAsStream("/demo/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo dossier " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
