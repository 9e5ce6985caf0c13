package org.guildmark.core.audit;

import java.util.List;

import org.guildmark.core.audit.rules.AdlDeclared;
import org.guildmark.core.audit.rules.AdvisoryConsidered;
import org.guildmark.core.audit.rules.AiAssetHasHumanApprover;
import org.guildmark.core.audit.rules.AiContributorsCredited;
import org.guildmark.core.audit.rules.AiGeneratedClaimMatchesAdl;
import org.guildmark.core.audit.rules.AiToolDocumented;
import org.guildmark.core.audit.rules.AttestationsGiven;
import org.guildmark.core.audit.rules.ClaimDoesNotOverstateAi;
import org.guildmark.core.audit.rules.ClaimDoesNotUnderstateAi;
import org.guildmark.core.audit.rules.ClaimedAdlNotBelowComputed;
import org.guildmark.core.audit.rules.C2paManifestMatchesDeclaredUse;
import org.guildmark.core.audit.rules.C2paManifestReadable;
import org.guildmark.core.audit.rules.ConsentInformed;
import org.guildmark.core.audit.rules.ConsentTermsComplete;
import org.guildmark.core.audit.rules.CooganSetAsideApplies;
import org.guildmark.core.audit.rules.DeclaredAdlNotBelowComputed;
import org.guildmark.core.audit.rules.DeclaredAdlNotInflated;
import org.guildmark.core.audit.rules.DisplacedWorkersOfferedRetraining;
import org.guildmark.core.audit.rules.DisplacedWorkersSupported;
import org.guildmark.core.audit.rules.DisplacementsDeclared;
import org.guildmark.core.audit.rules.EmergentRolesOnScreen;
import org.guildmark.core.audit.rules.EngagementPaidAtLeastMinimum;
import org.guildmark.core.audit.rules.EngagementRateScheduled;
import org.guildmark.core.audit.rules.EuDeepfakeDisclosureApplies;
import org.guildmark.core.audit.rules.FactualAiContentLabelled;
import org.guildmark.core.audit.rules.LicenceAttributionGiven;
import org.guildmark.core.audit.rules.MlBomReadable;
import org.guildmark.core.audit.rules.NoDerivativesLicenceRespected;
import org.guildmark.core.audit.rules.NoHumanMadeClaimAboveAdl1;
import org.guildmark.core.audit.rules.NonCommercialLicenceRespected;
import org.guildmark.core.audit.rules.OpenLicencesIdentified;
import org.guildmark.core.audit.rules.PossibleUndeclaredDisplacement;
import org.guildmark.core.audit.rules.RevenueShareCoversAiCreators;
import org.guildmark.core.audit.rules.RevokedConsentRequiresDeletion;
import org.guildmark.core.audit.rules.RoleKnown;
import org.guildmark.core.audit.rules.SpecialCategoryApproved;
import org.guildmark.core.audit.rules.SpecialCategoryReviewed;
import org.guildmark.core.audit.rules.SyntheticLikenessHasValidConsent;
import org.guildmark.core.audit.rules.SyntheticPersonLabelled;
import org.guildmark.core.audit.rules.TrainingConsentCompensated;
import org.guildmark.core.audit.rules.TrainingDataSourcingDisclosed;
import org.guildmark.core.audit.rules.UnionNotifiedOfDisplacement;

/** Every rule of the audit, in the order of the Code. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new AiAssetHasHumanApprover(),
            new AiContributorsCredited(),
            new EmergentRolesOnScreen(),
            new RoleKnown(),
            new NoHumanMadeClaimAboveAdl1(),
            new DeclaredAdlNotBelowComputed(),
            new ClaimedAdlNotBelowComputed(),
            new ClaimDoesNotUnderstateAi(),
            new C2paManifestMatchesDeclaredUse(),
            new C2paManifestReadable(),
            new EngagementPaidAtLeastMinimum(),
            new EngagementRateScheduled(),
            new DisplacedWorkersSupported(),
            new DisplacementsDeclared(),
            new PossibleUndeclaredDisplacement(),
            new RevenueShareCoversAiCreators(),
            new AttestationsGiven(),
            new SyntheticLikenessHasValidConsent(),
            new RevokedConsentRequiresDeletion(),
            new ConsentTermsComplete(),
            new ConsentInformed(),
            new SyntheticPersonLabelled(),
            new SpecialCategoryApproved(),
            new SpecialCategoryReviewed(),
            new CooganSetAsideApplies(),
            new AdlDeclared(),
            new AiToolDocumented(),
            new MlBomReadable(),
            new EuDeepfakeDisclosureApplies(),
            new DeclaredAdlNotInflated(),
            new AiGeneratedClaimMatchesAdl(),
            new ClaimDoesNotOverstateAi(),
            new TrainingDataSourcingDisclosed(),
            new OpenLicencesIdentified(),
            new NonCommercialLicenceRespected(),
            new NoDerivativesLicenceRespected(),
            new LicenceAttributionGiven(),
            new AdvisoryConsidered(),
            new FactualAiContentLabelled(),
            new DisplacedWorkersOfferedRetraining(),
            new TrainingConsentCompensated(),
            new UnionNotifiedOfDisplacement());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rules that implement a clause, e.g. {@code 3.1} or {@code IATSE-7}. */
    public static List<Rule> implementing(String clause) {
        return ALL.stream().filter(r -> r.spec().covers().contains(clause)).toList();
    }
}
