package org.guildmark.core.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A versioned code of conduct as data: its principles and clauses in document order. */
public record CodeCatalog(String id, String version, String title, LocalDate effective, String source,
        List<Principle> principles, List<Clause> clauses) {

    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    public Optional<Principle> principle(String principleId) {
        return principles.stream().filter(p -> p.id().equals(principleId)).findFirst();
    }

    public List<Clause> clausesAssessedBy(AssessmentMethod method) {
        return clauses.stream().filter(c -> c.method() == method).toList();
    }
}
