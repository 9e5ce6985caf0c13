package org.guildmark.core.dossier;

import java.math.BigDecimal;
import java.util.List;

/** How revenue reaches the human creators (clause 2.3). Percents are exact decimals. */
public record RevenueShare(String basis, BigDecimal creatorPoolPercent, List<Participant> participants) {

    public record Participant(int index, String person, BigDecimal percent) {
    }
}
