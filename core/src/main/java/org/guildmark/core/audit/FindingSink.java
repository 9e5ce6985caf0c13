package org.guildmark.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Collects findings. Counts are always exact; past {@code perRuleLimit} findings of one rule, only the count
 * grows, so a million identical findings do not exhaust the heap or drown the report.
 */
public final class FindingSink {
    private final int perRuleLimit;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> perRule = new HashMap<>();
    private final Map<Severity, Long> counts = new TreeMap<>();

    public FindingSink(int perRuleLimit) {
        this.perRuleLimit = perRuleLimit;
    }

    /**
     * Reports a finding of {@code spec} about {@code subject} (a JSON pointer); {@code key} names the subject
     * by its ids (e.g. {@code asset:sc12-sh040}) to form the finding's stable id.
     */
    public void report(RuleSpec spec, String subject, String key, String message, String remediation) {
        counts.merge(spec.severity(), 1L, Long::sum);
        long n = perRule.merge(spec.id(), 1L, Long::sum);
        if (n <= perRuleLimit) {
            findings.add(new Finding(spec.id() + "@" + key, spec.clause(), spec.severity(), spec.id(), subject,
                    message, remediation));
        }
    }

    /**
     * Takes in the findings {@code later} made about the assets after this one's, as if this sink had made them:
     * counts add up, and each rule keeps its first findings in file order up to the limit. {@code subject}
     * renumbers the later sink's subjects.
     */
    public void absorb(FindingSink later, UnaryOperator<String> subject) {
        Map<String, Long> listed = new HashMap<>(perRule);
        later.perRule.forEach((rule, n) -> perRule.merge(rule, n, Long::sum));
        later.counts.forEach((severity, n) -> counts.merge(severity, n, Long::sum));
        for (Finding f : later.findings) {
            if (listed.merge(f.rule(), 1L, Long::sum) <= perRuleLimit) {
                findings.add(new Finding(f.id(), f.clause(), f.severity(), f.rule(), subject.apply(f.subject()),
                        f.message(), f.remediation()));
            }
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** Rules whose findings went past the limit, with how many were left out of the list. */
    public Map<String, Long> omitted() {
        Map<String, Long> omitted = new TreeMap<>();
        perRule.forEach((rule, n) -> {
            if (n > perRuleLimit) {
                omitted.put(rule, n - perRuleLimit);
            }
        });
        return omitted;
    }
}
