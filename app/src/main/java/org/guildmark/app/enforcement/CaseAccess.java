package org.guildmark.app.enforcement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who on the committee may see a case: every member but those recused from it, by a declared conflict of interest
 * with its production, organization, person or the case itself, or by an account bound to the person it is about.
 * A recused member's attempt is refused with the reason and appended to the case's log.
 */
@Component
class CaseAccess {

    private final Cases cases;
    private final Conflicts conflicts;
    private final Accounts accounts;
    private final AuditLog audit;

    CaseAccess(Cases cases, Conflicts conflicts, Accounts accounts, AuditLog audit) {
        this.cases = cases;
        this.conflicts = conflicts;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Why {@code member} is recused from the case, if they are: what the conflict is with, never a name. */
    Optional<String> recusal(String member, EnforcementCase c) {
        for (Conflicts.Conflict conflict : conflicts.activeOf(member)) {
            if (conflict.covers(c)) {
                return Optional.of(conflict.caseId() != null ? "this case"
                        : conflict.production() != null ? "its production"
                        : conflict.organization() != null ? "its organization" : "the person it is about");
            }
        }
        if (c.person() != null && accounts.find(member).map(Account::person).filter(c.person()::equals)
                .isPresent()) {
            return Optional.of("the person it is about (your account)");
        }
        return Optional.empty();
    }

    /** The case, when {@code member} may see it; a refusal, appended to its log, when they are recused. */
    EnforcementCase visible(String member, UUID caseId, String attempt) {
        EnforcementCase c = cases.find(caseId).orElseThrow(() -> new EnforcementRefusal.NotFound("case"));
        refuseRecused(member, c, attempt);
        return c;
    }

    void refuseRecused(String member, EnforcementCase c, String attempt) {
        Optional<String> recused = recusal(member, c);
        if (recused.isPresent()) {
            audit.refused(c.id(), "access-refused", member, "recused (conflict with " + recused.get() + "): "
                    + attempt);
            throw new EnforcementRefusal.NotPermitted("You are recused from this case: you declared a conflict of "
                    + "interest with " + recused.get() + ". It is not shown to you, and this attempt was recorded "
                    + "in the case's log.");
        }
    }

    /** Whether the account is an enabled committee member. */
    boolean isMember(String username) {
        return accounts.find(username).filter(a -> a.enabled() && a.role() == Role.COMMITTEE).isPresent();
    }

    /** The enabled committee members, by name. */
    List<String> members() {
        return accounts.list().stream().filter(a -> a.enabled() && a.role() == Role.COMMITTEE)
                .map(Account::username).toList();
    }
}
