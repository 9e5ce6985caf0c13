package org.guildmark.core.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.AssetKind;

/**
 * What the streamed assets say about the people and kinds of AI work, kept small (bounded by the number of
 * people and asset kinds, not assets) for the rules that run once at the end.
 */
public final class AiWork {
    /** Who directed, prompted, reviewed or approved AI work, with the first asset that shows it. */
    private final Map<String, Asset> contributors = new LinkedHashMap<>();
    /** Approvers and prompters of assets with AI output in the work (clause 2.3). */
    private final Map<String, Asset> creators = new LinkedHashMap<>();
    /** Delivered generated assets by kind: first asset and count. */
    private final Map<AssetKind, Asset> generatedByKind = new EnumMap<>(AssetKind.class);
    /** By the kind's ordinal: a boxed count would allocate for every generated asset past the 127th. */
    private final long[] generatedCount = new long[AssetKind.values().length];
    private Asset firstSyntheticLikeness;
    private long syntheticLikenessCount;

    void accept(Asset asset) {
        AiUse use = asset.aiUse();
        if (use == AiUse.NONE) {
            return;
        }
        // Plain loops: this runs for every AI asset of a large dossier, and streams or lambdas would allocate.
        boolean inWork = use.putsAiOutputInWork();
        List<String> prompters = asset.ai().prompters();
        for (int i = 0; i < prompters.size(); i++) {
            note(prompters.get(i), asset, inWork);
        }
        if (asset.oversight() != null) {
            Asset.Oversight o = asset.oversight();
            if (o.directedBy() != null) {
                contributors.putIfAbsent(o.directedBy(), asset);
            }
            List<String> reviewers = o.reviewedBy();
            for (int i = 0; i < reviewers.size(); i++) {
                contributors.putIfAbsent(reviewers.get(i), asset);
            }
            if (o.approvedBy() != null) {
                note(o.approvedBy(), asset, inWork);
            }
        }
        if (asset.delivered() && use == AiUse.GENERATED) {
            generatedByKind.putIfAbsent(asset.kind(), asset);
            generatedCount[asset.kind().ordinal()]++;
        }
        if (asset.delivered() && hasSyntheticLikeness(asset)) {
            if (firstSyntheticLikeness == null) {
                firstSyntheticLikeness = asset;
            }
            syntheticLikenessCount++;
        }
    }

    /** Takes in what {@code later} saw of the assets after this one's; {@code place} renumbers its assets. */
    void absorb(AiWork later, UnaryOperator<Asset> place) {
        later.contributors.forEach((person, asset) -> contributors.putIfAbsent(person, place.apply(asset)));
        later.creators.forEach((person, asset) -> creators.putIfAbsent(person, place.apply(asset)));
        later.generatedByKind.forEach((kind, asset) -> generatedByKind.putIfAbsent(kind, place.apply(asset)));
        for (int i = 0; i < generatedCount.length; i++) {
            generatedCount[i] += later.generatedCount[i];
        }
        if (firstSyntheticLikeness == null && later.firstSyntheticLikeness != null) {
            firstSyntheticLikeness = place.apply(later.firstSyntheticLikeness);
        }
        syntheticLikenessCount += later.syntheticLikenessCount;
    }

    private static boolean hasSyntheticLikeness(Asset asset) {
        List<Asset.Likeness> uses = asset.likeness();
        for (int i = 0; i < uses.size(); i++) {
            if (uses.get(i).synthetic()) {
                return true;
            }
        }
        return false;
    }

    private void note(String person, Asset asset, boolean inWork) {
        contributors.putIfAbsent(person, asset);
        if (inWork) {
            creators.putIfAbsent(person, asset);
        }
    }

    public Map<String, Asset> contributors() {
        return contributors;
    }

    public Map<String, Asset> creators() {
        return creators;
    }

    public Asset firstGenerated(AssetKind kind) {
        return generatedByKind.get(kind);
    }

    public long generatedCount(AssetKind kind) {
        return generatedCount[kind.ordinal()];
    }

    public Asset firstSyntheticLikeness() {
        return firstSyntheticLikeness;
    }

    public long syntheticLikenessCount() {
        return syntheticLikenessCount;
    }
}
