package org.guildmark.app.labor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.Enums.AiUse;
import org.guildmark.core.read.DossierReader;

/**
 * AI adoption in one dossier, counted while its assets stream past: per department the delivered assets and those
 * AI touched (any use but none), and the people who directed, prompted or approved an AI-touched asset; then per
 * craft (a credit's role) the people credited in it and how many of them worked on AI-touched assets.
 */
final class AdoptionCount implements DossierReader.AssetSink {

    /** {assets, AI-touched assets} by department. */
    private final Map<String, int[]> departments = new TreeMap<>();
    private final Set<String> aiPeople = new HashSet<>();
    /** {people, of whom on AI-touched assets} by craft. */
    private final Map<String, int[]> crafts = new TreeMap<>();

    @Override
    public void accept(Asset asset) {
        if (!asset.delivered()) {
            return;
        }
        String department = asset.department() == null ? "unassigned" : asset.department();
        int[] counts = departments.computeIfAbsent(department, d -> new int[2]);
        counts[0]++;
        if (asset.ai() != null && asset.ai().use() != AiUse.NONE) {
            counts[1]++;
            aiPeople.addAll(asset.ai().prompters());
            if (asset.oversight() != null) {
                if (asset.oversight().directedBy() != null) {
                    aiPeople.add(asset.oversight().directedBy());
                }
                if (asset.oversight().approvedBy() != null) {
                    aiPeople.add(asset.oversight().approvedBy());
                }
            }
        }
    }

    /** Counts the crafts once every asset was seen; a person credited twice in one craft counts once. */
    void credits(List<Credit> credits) {
        Map<String, Set<String>> people = new TreeMap<>();
        for (Credit c : credits) {
            people.computeIfAbsent(c.role(), r -> new HashSet<>()).add(c.person());
        }
        people.forEach((craft, who) -> crafts.put(craft, new int[] {who.size(),
                (int) who.stream().filter(aiPeople::contains).count()}));
    }

    Map<String, int[]> departments() {
        return departments;
    }

    Map<String, int[]> crafts() {
        return crafts;
    }
}
