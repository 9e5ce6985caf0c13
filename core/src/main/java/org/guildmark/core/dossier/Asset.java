package org.guildmark.core.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A delivered (or process) asset. Assets are streamed: one instance lives only while the rules look at it.
 * {@code line} and {@code column} locate it in its file. {@code seconds}, {@code department}, {@code ai} and
 * {@code oversight} may be null.
 */
public record Asset(
        long index,
        int line,
        int column,
        String id,
        Enums.AssetKind kind,
        String department,
        BigDecimal seconds,
        boolean delivered,
        AiUsage ai,
        Oversight oversight,
        List<Likeness> likeness,
        Set<Enums.Label> labels) {

    /** How AI touched the asset. {@code share}, {@code generatedAt} and {@code c2pa} may be null. */
    public record AiUsage(
            Enums.AiUse use,
            BigDecimal share,
            List<String> tools,
            List<String> prompters,
            Instant generatedAt,
            String c2pa) {
    }

    /** Who directed, reviewed and approved the asset. {@code directedBy} and {@code approvedBy} may be null. */
    public record Oversight(String directedBy, List<String> reviewedBy, String approvedBy) {
    }

    /** A real person's likeness in the asset. {@code consent} may be null. */
    public record Likeness(String person, Set<Enums.Aspect> aspects, boolean synthetic, String consent) {
    }

    public String pointer() {
        return "/assets/" + index;
    }

    public Enums.AiUse aiUse() {
        return ai == null ? Enums.AiUse.NONE : ai.use();
    }

    public boolean isTimed() {
        return seconds != null && seconds.signum() > 0;
    }
}
