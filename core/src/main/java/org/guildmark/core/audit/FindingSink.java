package org.guildmark.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
