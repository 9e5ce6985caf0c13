package org.guildmark.core.audit;

import java.util.List;

/**
 * What a rule is: a stable id, the clause its findings cite, the weight of its findings and, in one line, what
 * it checks (shown by {@code guildmark code CLAUSE}). {@code covers} lists every clause the rule implements,
 * normally just {@code clause}.
 */
public record RuleSpec(String id, String clause, Severity severity, String checks, List<String> covers) {

    public RuleSpec {
        covers = List.copyOf(covers);
    }

    public RuleSpec(String id, String clause, Severity severity, String checks) {
        this(id, clause, severity, checks, List.of(clause));
    }

    /** The same rule citing another of the clauses it covers. */
    public RuleSpec citing(String otherClause) {
        return new RuleSpec(id, otherClause, severity, checks, covers);
    }
}
