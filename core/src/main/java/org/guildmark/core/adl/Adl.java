package org.guildmark.core.adl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A production's AI Dependency Level with everything needed to explain it line by line.
 *
 * @param aiSeconds    Σ seconds·f over delivered timed assets (the share's numerator)
 * @param totalSeconds Σ seconds over delivered timed assets (the denominator)
 * @param ruleLevel    the level that row gave, before floors
 * @param rule         the row of the level table that matched
 * @param floors       floors that raised the level, in the order applied
 * @param evidence     for each marker present, the assets (or displacements) that caused it
 */
public record Adl(int level, int ruleLevel, BigDecimal aiSeconds, BigDecimal totalSeconds, String rule, List<Floor> floors,
        List<MarkerEvidence> evidence, List<DepartmentShare> departments) {

    public static final String[] NAMES = {"human-made", "AI-assisted", "AI-augmented", "AI-integrated",
        "AI-majority", "AI-autonomous"};

    /** A floor that lifted the level: which, to what, and the first asset that caused it. */
    public record Floor(String reason, int atLeast, Sample assets) {
    }

    public record MarkerEvidence(Marker marker, Sample assets) {
    }

    /** The first few ids of what caused something, and how many there were in all. */
    public record Sample(List<String> first, long count) {
    }

    public record DepartmentShare(String department, BigDecimal seconds, BigDecimal aiSeconds) {
        public BigDecimal share() {
            return ratio(aiSeconds, seconds);
        }
    }

    public List<Marker> markers() {
        return evidence.stream().map(MarkerEvidence::marker).toList();
    }

    /** S, exact; zero when no delivered asset is timed. */
    public BigDecimal share() {
        return ratio(aiSeconds, totalSeconds);
    }

    /** S rounded to three places, for display. */
    public BigDecimal shareRounded() {
        return share().setScale(3, RoundingMode.HALF_UP);
    }

    public String name() {
        return NAMES[level];
    }

    /** e.g. {@code ADL-3 (R, V)}, or {@code ADL-3} with no markers. */
    public String display() {
        String base = "ADL-" + level;
        return evidence.isEmpty() ? base
                : base + " (" + markers().stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? BigDecimal.ZERO
                : numerator.divide(denominator, 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
