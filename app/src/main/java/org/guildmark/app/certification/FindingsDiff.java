package org.guildmark.app.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.app.certification.SubmittedReport.ReportFinding;

/**
 * How the findings of one version differ from the version before, by the findings' stable ids: new ones, those no
 * longer found, and those whose severity changed.
 */
public record FindingsDiff(int fromVersion, int toVersion, List<ReportFinding> added, List<ReportFinding> resolved,
        List<Changed> changed, int unchanged) {

    public record Changed(ReportFinding before, ReportFinding after) {
    }

    static FindingsDiff between(int fromVersion, SubmittedReport before, int toVersion, SubmittedReport after) {
        Map<String, ReportFinding> old = new LinkedHashMap<>();
        before.findings().forEach(f -> old.put(f.id(), f));
        List<ReportFinding> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int same = 0;
        for (ReportFinding f : after.findings()) {
            ReportFinding was = old.remove(f.id());
            if (was == null) {
                added.add(f);
            } else if (was.severity() != f.severity()) {
                changed.add(new Changed(was, f));
            } else {
                same++;
            }
        }
        return new FindingsDiff(fromVersion, toVersion, added, List.copyOf(old.values()), changed, same);
    }

    public boolean empty() {
        return added.isEmpty() && resolved.isEmpty() && changed.isEmpty();
    }
}
