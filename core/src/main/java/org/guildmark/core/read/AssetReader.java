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
 * against the already-read header as they are met, so nothing about an asset outlives its turn. This is the
 * hot path of a large audit: known keys are tracked in a bit mask rather than a list, and repeated values
 * come back as canonical strings (see {@link TokenReader#repeated()}).
 */
final class AssetReader {
    private static final Set<Enums.Label> NO_LABELS = Set.of();

    private final TokenReader r;
    private final DossierIndex index;
    private long count;
    private long elements;
    private TokenStreamLocation lastStart;
    private boolean betweenElements;

    AssetReader(TokenReader reader, DossierIndex index) {
        this.r = reader;
        this.index = index;
    }

    /** The assets read and handed on. */
    long count() {
        return count;
    }

    /** The elements of the list met so far, assets or not. */
    long elements() {
        return elements;
    }

    /** Where the last element met starts. */
    TokenStreamLocation lastStart() {
        return lastStart;
    }

    /**
     * True while the parser looks for the list's next element, every token of the previous one consumed: if it
     * asks for more input now, all it has read since the previous element is the separator.
     */
    boolean betweenElements() {
        return betweenElements;
    }

    void readAll(DossierReader.AssetSink sink) {
        if (!r.beginArray("a list of assets")) {
            return;
        }
        while (true) {
            betweenElements = true;
            boolean more = r.nextElement();
            betweenElements = false;
            if (!more) {
                return;
            }
            elements++;
            lastStart = r.mark();
            Asset asset = asset(r.elementIndex(), lastStart);
            if (asset != null) {
                count++;
                sink.accept(asset);
            }
        }
    }

    /** Reports a known key given twice in one object; returns the mask with the key's bit set. */
    private int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            r.error("'" + r.field() + "' appears twice in this object; keep one");
        }
        return seen | bit;
    }

    private Asset asset(long position, TokenStreamLocation start) {
        if (!r.beginObjectUntracked("an asset")) {
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
        int seen = 0;
        while (r.nextFieldUntracked()) {
            switch (r.field()) {
                case "id" -> {
                    seen = once(seen, 1);
                    id = r.nonBlank();
                }
                case "kind" -> {
                    seen = once(seen, 2);
                    kind = r.enumValue(EnumCodes.ASSET_KIND);
                }
                case "department" -> {
                    seen = once(seen, 4);
                    department = r.repeatedNonBlank();
                }
                case "seconds" -> {
                    seen = once(seen, 8);
                    seconds = r.decimal();
                    if (seconds != null && seconds.signum() < 0) {
                        r.error("seconds must not be negative, found " + seconds.toPlainString());
                        seconds = null;
                    }
                }
                case "delivered" -> {
                    seen = once(seen, 16);
                    delivered = !Boolean.FALSE.equals(r.bool());
                }
                case "ai" -> {
                    seen = once(seen, 32);
                    ai = ai();
                }
                case "oversight" -> {
                    seen = once(seen, 64);
                    oversight = oversight();
                }
                case "likeness" -> {
                    seen = once(seen, 128);
                    likeness = likenesses();
                }
                case "labels" -> {
                    seen = once(seen, 256);
                    labels = r.enumSet(EnumCodes.LABEL, "labels");
                }
                default -> r.unknownField(Sections.ASSET);
            }
        }
        if (id == null || kind == null) {
            if ((seen & (id == null ? 1 : 2)) == 0) { // a present but bad value was reported already
                r.error(r.format(start), "/assets/" + position, "required field '" + (id == null ? "id" : "kind")
                        + "' is missing");
            }
            return null;
        }
        return new Asset(position, start.getLineNr(), start.getColumnNr(), id, kind, department, seconds, delivered,
                ai, oversight, likeness, labels);
    }

    private Asset.AiUsage ai() {
        if (!r.beginObjectUntracked("an ai object {use, share, tools, ...}")) {
            return null;
        }
        Enums.AiUse use = null;
        BigDecimal share = null;
        List<String> tools = List.of();
        List<String> prompters = List.of();
        Instant generatedAt = null;
        String c2pa = null;
        int seen = 0;
        while (r.nextFieldUntracked()) {
            switch (r.field()) {
                case "use" -> {
                    seen = once(seen, 1);
                    use = r.enumValue(EnumCodes.AI_USE);
                }
                case "share" -> {
                    seen = once(seen, 2);
                    share = r.decimal();
                    if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                        r.error("share is a fraction from 0 to 1, found " + share.toPlainString());
                        share = null;
                    }
                }
                case "tools" -> {
                    seen = once(seen, 4);
                    tools = references("a list of tool ids", "aiTools", index.toolIds(), false);
                }
                case "prompters" -> {
                    seen = once(seen, 8);
                    prompters = references("a list of person ids", "people", index.personIds(), false);
                }
                case "generatedAt" -> {
                    seen = once(seen, 16);
                    generatedAt = r.instant();
                }
                case "c2pa" -> {
                    seen = once(seen, 32);
                    c2pa = r.nonBlank();
                }
                default -> r.unknownField(Sections.AI);
            }
        }
        if (use == null) {
            if ((seen & 1) == 0) {
                r.error(r.location(), r.pointer(), "required field 'use' is missing");
            }
            return null;
        }
        return new Asset.AiUsage(use, share, tools, prompters, generatedAt, c2pa);
    }

    private Asset.Oversight oversight() {
        if (!r.beginObjectUntracked("an oversight object {directedBy, reviewedBy, approvedBy}")) {
            return null;
        }
        String directedBy = null;
        List<String> reviewedBy = List.of();
        String approvedBy = null;
        int seen = 0;
        while (r.nextFieldUntracked()) {
            switch (r.field()) {
                case "directedBy" -> {
                    seen = once(seen, 1);
                    directedBy = reference("people", index.personIds(), false);
                }
                case "reviewedBy" -> {
                    seen = once(seen, 2);
                    reviewedBy = references("a list of person ids", "people", index.personIds(), false);
                }
                case "approvedBy" -> {
                    seen = once(seen, 4);
                    // A tool named here is not a dangling reference but a breach of 1.1, which the audit reports.
                    approvedBy = reference("people", index.personIds(), true);
                }
                default -> r.unknownField(Sections.OVERSIGHT);
            }
        }
        return new Asset.Oversight(directedBy, reviewedBy, approvedBy);
    }

    private List<Asset.Likeness> likenesses() {
        List<Asset.Likeness> out = new ArrayList<>(2);
        if (r.beginArray("a list of likeness uses")) {
            while (r.nextElement()) {
                if (!r.beginObjectUntracked("a likeness use {person, aspects, synthetic, consent}")) {
                    continue;
                }
                String person = null;
                Set<Enums.Aspect> aspects = null;
                boolean synthetic = false;
                String consent = null;
                int seen = 0;
                while (r.nextFieldUntracked()) {
                    switch (r.field()) {
                        case "person" -> {
                            seen = once(seen, 1);
                            person = reference("people", index.personIds(), false);
                        }
                        case "aspects" -> {
                            seen = once(seen, 2);
                            aspects = r.enumSet(EnumCodes.ASPECT, "aspects");
                        }
                        case "synthetic" -> {
                            seen = once(seen, 4);
                            synthetic = Boolean.TRUE.equals(r.bool());
                        }
                        case "consent" -> {
                            seen = once(seen, 8);
                            consent = reference("consents", index.consentIds(), false);
                        }
                        default -> r.unknownField(Sections.LIKENESS);
                    }
                }
                if (person == null || aspects == null || aspects.isEmpty()) {
                    int bit = person == null ? 1 : 2;
                    if ((seen & bit) == 0 || aspects != null) {
                        r.error(r.location(), r.pointer(), person == null ? "required field 'person' is missing"
                                : "a likeness use lists the aspects used (face, body, voice, performance, name)");
                    }
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
