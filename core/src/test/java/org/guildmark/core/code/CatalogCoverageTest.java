package org.guildmark.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.audit.Rule;
import org.guildmark.core.audit.Rules;
import org.junit.jupiter.api.Test;

class CatalogCoverageTest {

    @Test
    void the_aimeg_catalog_holds_every_clause_of_the_code_and_its_enforcement_section() {
        List<String> ids = Catalogs.aimeg().clauses().stream().map(Clause::id).toList();
        assertThat(ids).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4",
                "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2",
                "8.3", "enforcement");
        assertThat(Catalogs.aimeg().version()).isEqualTo("1.0");
    }

    @Test
    void the_iatse_catalog_holds_its_eight_principles() {
        assertThat(Catalogs.iatse().clauses()).extracting(Clause::id)
                .containsExactly("IATSE-1", "IATSE-2", "IATSE-3", "IATSE-4", "IATSE-5", "IATSE-6", "IATSE-7", "IATSE-8");
    }

    @Test
    void every_clause_has_a_principle_title_and_summary() {
        Catalogs.all().forEach(catalog -> catalog.clauses().forEach(c -> {
            assertThat(catalog.principle(c.principle())).as(c.id()).isPresent();
            assertThat(c.title()).as(c.id()).isNotBlank();
            assertThat(c.summary()).as(c.id()).isNotBlank();
        }));
    }

    @Test
    void every_automated_clause_is_implemented_by_at_least_one_rule() {
        Catalogs.allClauses().filter(c -> c.method() == AssessmentMethod.AUTOMATED)
                .forEach(c -> assertThat(Rules.implementing(c.id())).as("rules for " + c.id()).isNotEmpty());
    }

    @Test
    void every_clause_is_implemented_or_attested_or_out_of_scope() {
        Catalogs.allClauses().forEach(c -> assertThat(
                !Rules.implementing(c.id()).isEmpty() || c.method() != AssessmentMethod.AUTOMATED)
                .as(c.id()).isTrue());
    }

    @Test
    void every_attestation_clause_offers_a_statement_to_sign() {
        Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.ATTESTATION)
                .forEach(c -> assertThat(c.attestation()).as(c.id()).isNotBlank());
    }

    @Test
    void every_rule_cites_an_existing_clause_and_has_a_unique_id() {
        Set<String> clauses = Catalogs.allClauses().map(Clause::id).collect(Collectors.toSet());
        for (Rule rule : Rules.all()) {
            assertThat(clauses).as(rule.spec().id()).contains(rule.spec().clause());
            assertThat(clauses).as(rule.spec().id()).containsAll(rule.spec().covers());
        }
        assertThat(Rules.all().stream().map(r -> r.spec().id()).distinct().count()).isEqualTo(Rules.all().size());
    }

    @Test
    void the_attestation_clauses_are_those_the_audit_rules_name() {
        assertThat(Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.ATTESTATION)).extracting(Clause::id)
                .containsExactly("2.4", "3.3", "5.1", "5.3", "6.1", "7.1", "7.3");
        assertThat(Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.MEMBER)).extracting(Clause::id)
                .containsExactly("5.4", "6.3", "8.1", "8.2", "8.3", "enforcement");
    }
}
