package org.guildmark.core.adl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.dossier.Enums.AssetKind;
import org.guildmark.core.dossier.Enums.Aspect;

/**
 * Computes the ADL exactly as the design defines it, one asset at a time, in exact decimal arithmetic so a
 * share on a boundary (0.10, 0.50) is never rounded into a lower level.
 */
public final class AdlCalculator {
    private static final BigDecimal COMPOSITE_DEFAULT = new BigDecimal("0.5");
    private static final BigDecimal TENTH = new BigDecimal("0.10");
    private static final BigDecimal HALF = new BigDecimal("0.50");
    private static final int SAMPLE = 5;

    private final DossierIndex index;
    private BigDecimal aiSeconds = BigDecimal.ZERO;
    private BigDecimal totalSeconds = BigDecimal.ZERO;
    private final Tally unapproved = new Tally();
    private final Tally untimedAi = new Tally();
    private final Tally anyAi = new Tally();
    private final Tally generatedScript = new Tally();
    private final Tally compositeScript = new Tally();
    private final Tally syntheticLikeness = new Tally();
    private final Tally generatedMusic = new Tally();
    private final Map<Marker, Tally> markers = new EnumMap<>(Marker.class);
    private final Map<String, BigDecimal[]> departments = new HashMap<>();

    public AdlCalculator(DossierIndex index) {
        this.index = index;
    }

    public void accept(Asset asset) {
        AiUse use = asset.aiUse();
        if (use != AiUse.NONE) {
            anyAi.add(asset.id());
        }
        if (!asset.delivered()) {
            return;
        }
        boolean aiInWork = use.putsAiOutputInWork();
        if (aiInWork && !hasHumanApprover(asset)) {
            unapproved.add(asset.id());
        }
        if (asset.isTimed()) {
            BigDecimal fraction = fraction(asset);
            BigDecimal ai = fraction.signum() == 0 ? BigDecimal.ZERO : asset.seconds().multiply(fraction);
            totalSeconds = totalSeconds.add(asset.seconds());
            BigDecimal[] dept = departments.computeIfAbsent(
                    asset.department() == null ? "(no department)" : asset.department(),
                    d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            dept[0] = dept[0].add(asset.seconds());
            // Adding the scale-0 zero to a sum that starts at scale 0 changes neither its value nor its scale.
            if (ai != BigDecimal.ZERO) {
                aiSeconds = aiSeconds.add(ai);
                dept[1] = dept[1].add(ai);
            }
        } else if (aiInWork) {
            untimedAi.add(asset.id());
        }
        AssetKind kind = asset.kind();
        if (kind == AssetKind.SCRIPT && use == AiUse.GENERATED) {
            generatedScript.add(asset.id());
        } else if (kind == AssetKind.SCRIPT && use == AiUse.COMPOSITE) {
            compositeScript.add(asset.id());
        }
        if (kind == AssetKind.MUSIC && use == AiUse.GENERATED) {
            generatedMusic.add(asset.id());
        }
        boolean replica = false;
        boolean voice = false;
        List<Asset.Likeness> uses = asset.likeness();
        for (int i = 0; i < uses.size(); i++) { // no iterator: this runs for every asset
            Asset.Likeness likeness = uses.get(i);
            if (likeness.synthetic()) {
                syntheticLikeness.add(asset.id());
                voice |= likeness.aspects().contains(Aspect.VOICE);
                replica |= likeness.aspects().contains(Aspect.FACE) || likeness.aspects().contains(Aspect.BODY)
                        || likeness.aspects().contains(Aspect.PERFORMANCE);
            }
        }
        // A cloned line mixed into a human performance is composite: it discloses V as much as a generated one.
        voice |= aiInWork && (kind == AssetKind.VOICE || kind == AssetKind.DIALOGUE);
        mark(Marker.R, replica, asset);
        mark(Marker.V, voice, asset);
        mark(Marker.W, aiInWork && (kind == AssetKind.SCRIPT || kind == AssetKind.SUBTITLE), asset);
        mark(Marker.M, aiInWork && kind == AssetKind.MUSIC, asset);
    }

    /**
     * Takes in what {@code later} counted of the assets after this one's, as if this calculator had seen them
     * too: sums are exact, so their order does not matter, and the first ids keep file order.
     */
    public void absorb(AdlCalculator later) {
        aiSeconds = aiSeconds.add(later.aiSeconds);
        totalSeconds = totalSeconds.add(later.totalSeconds);
        unapproved.absorb(later.unapproved);
        untimedAi.absorb(later.untimedAi);
        anyAi.absorb(later.anyAi);
        generatedScript.absorb(later.generatedScript);
        compositeScript.absorb(later.compositeScript);
        syntheticLikeness.absorb(later.syntheticLikeness);
        generatedMusic.absorb(later.generatedMusic);
        later.markers.forEach((m, tally) -> markers.computeIfAbsent(m, x -> new Tally()).absorb(tally));
        later.departments.forEach((d, v) -> {
            BigDecimal[] mine = departments.computeIfAbsent(d, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            mine[0] = mine[0].add(v[0]);
            mine[1] = mine[1].add(v[1]);
        });
    }

    private void mark(Marker marker, boolean present, Asset asset) {
        if (present) {
            markers.computeIfAbsent(marker, m -> new Tally()).add(asset.id());
        }
    }

    /** A person, not a tool and not nobody, holds final authority over the asset (clause 1.1). */
    public boolean hasHumanApprover(Asset asset) {
        return asset.oversight() != null && asset.oversight().approvedBy() != null
                && index.hasPerson(asset.oversight().approvedBy());
    }

    private static BigDecimal fraction(Asset asset) {
        return switch (asset.aiUse()) {
            case NONE, ASSISTED, ENHANCED -> BigDecimal.ZERO;
            case COMPOSITE -> asset.ai().share() != null ? asset.ai().share() : COMPOSITE_DEFAULT;
            case GENERATED -> asset.ai().share() != null ? asset.ai().share() : BigDecimal.ONE;
        };
    }

    public Adl result() {
        int level;
        String rule;
        BigDecimal s = Adl.ratio(aiSeconds, totalSeconds);
        if (unapproved.count > 0) {
            level = 5;
            rule = "a delivered composite or generated asset has no human approver (" + unapproved.count + ": "
                    + String.join(", ", unapproved.first) + ")";
        } else if (s.compareTo(HALF) > 0) {
            level = 4;
            rule = "S > 0.50";
        } else if (s.compareTo(TENTH) > 0) {
            level = 3;
            rule = "0.10 < S ≤ 0.50";
        } else if (s.signum() > 0) {
            level = 2;
            rule = "0 < S ≤ 0.10";
        } else if (untimedAi.count > 0) {
            level = 2;
            rule = "a delivered untimed asset is composite or generated (" + String.join(", ", untimedAi.first) + ")";
        } else if (anyAi.count > 0 || !index.dossier().aiTools().isEmpty()) {
            level = 1;
            rule = anyAi.count > 0 ? "some asset is AI-assisted or enhanced (" + String.join(", ", anyAi.first) + ")"
                    : "an AI tool is listed";
        } else {
            level = 0;
            rule = "no AI at all";
        }
        int ruleLevel = level;
        List<Adl.Floor> floors = new ArrayList<>();
        level = floor(level, 3, "a delivered script is generated (writing is core authorship)", generatedScript, floors);
        level = floor(level, 2, "a delivered script is composite (writing is core authorship)", compositeScript, floors);
        level = floor(level, 2, "a delivered asset holds a digital replica of a real person", syntheticLikeness, floors);
        level = floor(level, 2, "a delivered music asset is generated", generatedMusic, floors);

        List<Adl.MarkerEvidence> evidence = new ArrayList<>();
        for (Marker m : Marker.values()) {
            if (m == Marker.X) {
                var displacements = index.dossier().displacements();
                if (displacements != null && !displacements.isEmpty()) {
                    evidence.add(new Adl.MarkerEvidence(m, new Adl.Sample(displacements.stream()
                            .limit(SAMPLE).map(d -> d.role()).toList(), displacements.size())));
                }
            } else if (markers.containsKey(m)) {
                evidence.add(new Adl.MarkerEvidence(m, markers.get(m).sample()));
            }
        }
        List<Adl.DepartmentShare> rows = new ArrayList<>();
        new TreeMap<>(departments).forEach((d, v) -> rows.add(new Adl.DepartmentShare(d, v[0], v[1])));
        return new Adl(level, ruleLevel, aiSeconds, totalSeconds, rule, List.copyOf(floors), List.copyOf(evidence),
                List.copyOf(rows));
    }

    private static int floor(int level, int atLeast, String reason, Tally cause, List<Adl.Floor> floors) {
        if (cause.count > 0 && level < atLeast) {
            floors.add(new Adl.Floor(reason, atLeast, cause.sample()));
            return atLeast;
        }
        return level;
    }

    /** Counts occurrences and keeps the first few ids, so evidence stays small on huge productions. */
    private static final class Tally {
        final List<String> first = new ArrayList<>(SAMPLE);
        long count;

        void add(String id) {
            if (first.size() < SAMPLE) {
                first.add(id);
            }
            count++;
        }

        void absorb(Tally later) {
            for (String id : later.first) {
                if (first.size() < SAMPLE) {
                    first.add(id);
                }
            }
            count += later.count;
        }

        Adl.Sample sample() {
            return new Adl.Sample(List.copyOf(first), count);
        }
    }
}
