package org.guildmark.core.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.dossier.Enums;

import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the {@code assets} array one element at a time and hands each asset on; references are checked
 * against the already-read header as they are met, so nothing about an asset outlives its turn.
 */
final class AssetReader {
    private static final Set<Enums.Label> NO_LABELS = Set.of();

    private final TokenReader r;
    private final DossierIndex index;
    private final IdSet ids;
    private long count;

    AssetReader(TokenReader reader, DossierIndex index, long expectedAssets) {
        this.r = reader;
        this.index = index;
        this.ids = new IdSet(expectedAssets);
    }

    long count() {
        return count;
    }

    void readAll(DossierReader.AssetSink sink) {
        if (!r.beginArray("a list of assets")) {
            return;
        }
        while (r.nextElement()) {
            Asset asset = asset(r.elementIndex());
            if (asset != null) {
                count++;
                sink.accept(asset);
            }
        }
    }

    private Asset asset(long position) {
        TokenStreamLocation start = r.mark();
        if (!r.beginObject("an asset")) {
            return null;
        }
        String id = null;
        Enums.AssetKind kind = null;
        String department = null;
        BigDecimal seconds = null;
        boolean delivered = true;
        Asset.AiUsage ai = null;
        Asset.Oversight oversight = null;
        List<Asset.Likeness> likeness = List.of();
        Set<Enums.Label> labels = NO_LABELS;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> {
                    id = r.nonBlank();
                    if (id != null) {
                        long first = ids.addOrFirst(id, position);
                        if (first >= 0) {
                            r.error("asset id '" + id + "' is already used by /assets/" + first
                                    + "; asset ids must be unique");
                        }
                    }
                }
                case "kind" -> kind = r.enumValue(Enums.AssetKind.class);
                case "department" -> department = r.repeatedNonBlank();
                case "seconds" -> {
                    seconds = r.decimal();
                    if (seconds != null && seconds.signum() < 0) {
                        r.error("seconds must not be negative, found " + seconds.toPlainString());
                        seconds = null;
                    }
                }
                case "delivered" -> delivered = !Boolean.FALSE.equals(r.bool());
                case "ai" -> ai = ai();
                case "oversight" -> oversight = oversight();
                case "likeness" -> likeness = likenesses();
                case "labels" -> labels = r.enumSet(Enums.Label.class, "labels");
                default -> r.unknownField(Sections.ASSET);
            }
        }
        if (id == null || kind == null) {
            r.missing(r.format(start), "/assets/" + position, id == null ? "id" : "kind");
            return null;
        }
        return new Asset(position, id, kind, department, seconds, delivered, ai, oversight, likeness, labels);
    }

    private Asset.AiUsage ai() {
        TokenStreamLocation start = r.mark();
        if (!r.beginObject("an ai object {use, share, tools, ...}")) {
            return null;
        }
        Enums.AiUse use = null;
        BigDecimal share = null;
        List<String> tools = List.of();
        List<String> prompters = List.of();
        Instant generatedAt = null;
        String c2pa = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "use" -> use = r.enumValue(Enums.AiUse.class);
                case "share" -> {
                    share = r.decimal();
                    if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                        r.error("share is a fraction from 0 to 1, found " + share.toPlainString());
                        share = null;
                    }
                }
                case "tools" -> tools = references("a list of tool ids", "aiTools", index.toolIds(), false);
                case "prompters" -> prompters = references("a list of person ids", "people", index.personIds(), false);
                case "generatedAt" -> generatedAt = r.instant();
                case "c2pa" -> c2pa = r.nonBlank();
                default -> r.unknownField(Sections.AI);
            }
        }
        if (use == null) {
            r.missing(r.format(start), r.pointer(), "use");
            return null;
        }
        return new Asset.AiUsage(use, share, tools, prompters, generatedAt, c2pa);
    }

    private Asset.Oversight oversight() {
        if (!r.beginObject("an oversight object {directedBy, reviewedBy, approvedBy}")) {
            return null;
        }
        String directedBy = null;
        List<String> reviewedBy = List.of();
        String approvedBy = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "directedBy" -> directedBy = reference("people", index.personIds(), false);
                case "reviewedBy" -> reviewedBy = references("a list of person ids", "people", index.personIds(), false);
                // A tool named here is not a dangling reference but a breach of 1.1, which the audit reports.
                case "approvedBy" -> approvedBy = reference("people", index.personIds(), true);
                default -> r.unknownField(Sections.OVERSIGHT);
            }
        }
        return new Asset.Oversight(directedBy, reviewedBy, approvedBy);
    }

    private List<Asset.Likeness> likenesses() {
        List<Asset.Likeness> out = new ArrayList<>(2);
        if (r.beginArray("a list of likeness uses")) {
            while (r.nextElement()) {
                TokenStreamLocation start = r.mark();
                if (!r.beginObject("a likeness use {person, aspects, synthetic, consent}")) {
                    continue;
                }
                String person = null;
                Set<Enums.Aspect> aspects = null;
                boolean synthetic = false;
                String consent = null;
                while (r.nextField()) {
                    switch (r.field()) {
                        case "person" -> person = reference("people", index.personIds(), false);
                        case "aspects" -> aspects = r.enumSet(Enums.Aspect.class, "aspects");
                        case "synthetic" -> synthetic = Boolean.TRUE.equals(r.bool());
                        case "consent" -> consent = reference("consents", index.consentIds(), false);
                        default -> r.unknownField(Sections.LIKENESS);
                    }
                }
                if (person == null || aspects == null || aspects.isEmpty()) {
                    r.missing(r.format(start), r.pointer(), person == null ? "person" : "aspects");
                } else {
                    out.add(new Asset.Likeness(person, aspects, synthetic, consent));
                }
            }
        }
        return out;
    }

    private List<String> references(String what, String section, Collection<String> known, boolean toolsAllowed) {
        List<String> out = new ArrayList<>(2);
        if (r.beginArray(what)) {
            while (r.nextElement()) {
                String id = reference(section, known, toolsAllowed);
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private String reference(String section, Collection<String> known, boolean toolsAllowed) {
        String id = r.repeatedNonBlank();
        if (id != null && !known.contains(id) && !(toolsAllowed && index.hasTool(id))) {
            r.error("'" + id + "' is not declared in /" + section + DidYouMean.hint(id, known)
                    + "; add it there or correct the id");
        }
        return id;
    }
}
