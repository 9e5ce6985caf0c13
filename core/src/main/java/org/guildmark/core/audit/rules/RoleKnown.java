package org.guildmark.core.audit.rules;

import java.util.HashSet;
import java.util.Set;

import org.guildmark.core.audit.AuditContext;
import org.guildmark.core.audit.DossierRule;
import org.guildmark.core.audit.FindingSink;
import org.guildmark.core.audit.RuleSpec;
import org.guildmark.core.audit.Severity;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.Engagement;

/** 1.2: an invented role title is allowed, but reported so the guild can map it to a craft. */
public final class RoleKnown implements DossierRule {
    static final RuleSpec SPEC = new RuleSpec("role-known", "1.2", Severity.INFO,
            "credit and engagement roles are built-in role keys; others are reported for mapping");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void check(AuditContext context, FindingSink out) {
        Set<String> reported = new HashSet<>();
        for (Credit c : context.dossier().credits()) {
            report(out, c.role(), c.pointer() + "/role", reported);
        }
        for (Engagement e : context.dossier().engagements()) {
            report(out, e.role(), e.pointer() + "/role", reported);
        }
    }

    private static void report(FindingSink out, String role, String subject, Set<String> reported) {
        if (!Roles.isKnown(role) && reported.add(role)) {
            out.report(SPEC, subject, "role:" + role, "Role '" + role + "' is not a built-in role"
                    + org.guildmark.core.read.DidYouMean.hint(role, Roles.TRADITIONAL) + ".",
                    "Use a built-in role key if one fits; otherwise the guild will map this title to a craft.");
        }
    }
}
