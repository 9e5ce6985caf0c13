package org.guildmark.app.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.guildmark.app.certification.Certificate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions, appeals and appeal decisions. A decision records the clauses found violated, the reasons (required)
 * and its sanctions with their effective dates; those already effective act at once. An appeal is lodged within
 * the configured window by the reporter or the party sanctioned, and decided by members none of whom decided the
 * case. Every refusal is appended to the case's log.
 */
@Service
public class Adjudication {

    static final String VIOLATION = "violation";
    static final String NO_VIOLATION = "no-violation";
    static final String UPHELD = "upheld";
    static final String OVERTURNED = "overturned";

    private final Cases cases;
    private final Decisions decisions;
    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final SanctionEffects effects;
    private final AuditLog audit;
    private final EnforcementProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Adjudication(Cases cases, Decisions decisions, CaseAccess access, CaseLifecycle lifecycle,
            SanctionEffects effects, AuditLog audit, EnforcementProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.access = access;
        this.lifecycle = lifecycle;
        this.effects = effects;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A sanction asked for.
     *
     * @param from        when it takes effect; null for now
     * @param until       the end of a membership suspension
     * @param certificate one certificate to act on; null for every certificate of the production (or organization)
     */
    public record SanctionRequest(String kind, Instant from, Instant until, BigDecimal amount, String currency,
            String certificate) {
    }

    /** A decision asked for: {@code published} makes its sanctions public (never for a person). */
    public record DecisionRequest(String outcome, List<String> clauses, String reasons, List<String> panel,
            List<SanctionRequest> sanctions, boolean published) {
    }

    /** Logs a decision refused before it reached here (a form or body that could not be read) and returns it. */
    EnforcementRefusal refusedDecision(UUID caseId, String member, EnforcementRefusal refusal) {
        audit.refused(caseId, "decision-refused", member, refusal.audited());
        return refusal;
    }

    /** When the appeal window of a decision closes. */
    Instant appealUntil(Decisions.Decision decision) {
        return decision.decidedAt().plus(properties.appealWindow());
    }

    public void decide(String member, UUID caseId, DecisionRequest request) {
        refusing(caseId, member, "decision-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(member, caseId, "decide");
            if (!c.state().decidable()) {
                throw new EnforcementRefusal.Conflict("This case is " + c.state().label() + "; a decision follows "
                        + "the investigation or the hearing.");
            }
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String outcome = request.outcome() == null ? "" : request.outcome().strip();
            if (!outcome.equals(VIOLATION) && !outcome.equals(NO_VIOLATION)) {
                problems.add(new EnforcementRefusal.Problem("/outcome", "Choose whether the Code was violated "
                        + "(violation) or not (no-violation).", "missing"));
            }
            String reasons = Texts.required(request.reasons(), "/reasons", "Give the reasons for the decision: "
                    + "they are recorded with it and the parties are told them.", 8000, problems);
            List<String> clauses = Texts.clauses(request.clauses(), "/clauses", problems);
            if (outcome.equals(VIOLATION) && clauses.isEmpty()) {
                problems.add(new EnforcementRefusal.Problem("/clauses", "Name the clauses found violated.",
                        "missing"));
            }
            List<String> panel = panel(member, c, request.panel(), Set.of(), "/panel", problems);
            List<Decisions.Sanction> sanctions = sanctions(c, request, outcome, problems);
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            Instant now = clock.instant();
            UUID decisionId = UUID.randomUUID();
            decisions.insert(new Decisions.Decision(decisionId, c.id(), Decisions.Stage.DECISION, outcome, member,
                    now, outcome.equals(VIOLATION) ? clauses : List.of(), panel, reasons));
            for (Decisions.Sanction s : sanctions) {
                decisions.insert(new Decisions.Sanction(s.id(), c.id(), decisionId, s.kind(), s.effectiveFrom(),
                        s.effectiveUntil(), s.amount(), s.currency(), s.certificate(), s.published(), s.production(),
                        s.organization(), s.person(), Decisions.SanctionState.PENDING, null, null));
            }
            audit.done(c.id(), "decided", member, outcome + (clauses.isEmpty() ? "" : ", clause(s) "
                    + String.join(", ", clauses)) + ", " + sanctions.size() + " sanction(s), panel "
                    + String.join(", ", panel));
            lifecycle.move(c, CaseState.DECISION, member, null);
            for (Decisions.Sanction s : decisions.sanctions(c.id())) {
                if (!s.effectiveFrom().isAfter(now)) {
                    effects.apply(s);
                }
            }
            return null;
        }));
    }

    /** An appeal, by the reporter, the party sanctioned or a member recording one received otherwise. */
    public void lodgeAppeal(UUID caseId, String actor, String as, String grounds) {
        refusing(caseId, actor, "appeal-refused", () -> transactions.execute(status -> {
            EnforcementCase c = cases.lock(caseId).orElseThrow(() -> new EnforcementRefusal.NotFound("case"));
            if (as.equals("committee")) {
                access.refuseRecused(actor, c, "record an appeal");
            }
            Decisions.Decision decision = decisions.find(caseId, Decisions.Stage.DECISION).orElse(null);
            if (c.state() != CaseState.DECISION || decision == null) {
                throw new EnforcementRefusal.Conflict("This case is " + c.state().label()
                        + "; only a decision can be appealed, once.");
            }
            Instant until = appealUntil(decision);
            if (!clock.instant().isBefore(until)) {
                throw new EnforcementRefusal.Conflict("The appeal window closed on "
                        + PublicSanction.instant(until) + ".");
            }
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String text = Texts.required(grounds, "/grounds", "Give the grounds of the appeal: what the decision got "
                    + "wrong, and why.", 8000, problems);
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            decisions.insert(new Decisions.Appeal(UUID.randomUUID(), caseId, actor, as, clock.instant(), text));
            audit.done(caseId, "appeal-lodged", actor, "by the " + as);
            return lifecycle.move(c, CaseState.APPEAL, actor, null);
        }));
    }

    public void decideAppeal(String member, UUID caseId, String outcome, String reasons, List<String> panel) {
        refusing(caseId, member, "appeal-decision-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(member, caseId, "decide the appeal");
            if (c.state() != CaseState.APPEAL) {
                throw new EnforcementRefusal.Conflict("This case is " + c.state().label()
                        + "; an appeal decision needs a lodged appeal.");
            }
            Decisions.Decision first = decisions.find(caseId, Decisions.Stage.DECISION).orElseThrow();
            Set<String> deciders = new LinkedHashSet<>(first.members());
            deciders.add(first.decidedBy());
            if (deciders.contains(member)) {
                throw new EnforcementRefusal.NotPermitted("You decided this case; an appeal is decided by members "
                        + "who did not (" + String.join(", ", deciders) + " did).");
            }
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String result = outcome == null ? "" : outcome.strip();
            if (!result.equals(UPHELD) && !result.equals(OVERTURNED)) {
                problems.add(new EnforcementRefusal.Problem("/outcome", "Choose whether the decision is upheld or "
                        + "overturned.", "missing"));
            }
            String why = Texts.required(reasons, "/reasons", "Give the reasons for the appeal decision: they are "
                    + "recorded with it and the parties are told them.", 8000, problems);
            List<String> members = panel(member, c, panel, deciders, "/panel", problems);
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            decisions.insert(new Decisions.Decision(UUID.randomUUID(), caseId, Decisions.Stage.APPEAL, result,
                    member, clock.instant(), first.clauses(), members, why));
            audit.done(caseId, "appeal-decided", member, result + ", panel " + String.join(", ", members));
            if (result.equals(OVERTURNED)) {
                for (Decisions.Sanction s : decisions.sanctions(caseId)) {
                    if (s.state() == Decisions.SanctionState.PENDING || s.state()
                            == Decisions.SanctionState.IN_EFFECT) {
                        effects.cancel(s);
                    }
                }
            }
            return lifecycle.move(c, CaseState.APPEAL_DECISION, member, null);
        }));
    }

    /** The members who decide with {@code member}: committee members, not recused, none of {@code excluded}. */
    private List<String> panel(String member, EnforcementCase c, List<String> given, Set<String> excluded,
            String pointer, List<EnforcementRefusal.Problem> problems) {
        LinkedHashSet<String> panel = new LinkedHashSet<>();
        panel.add(member);
        List<String> others = given == null ? List.of() : given;
        for (int i = 0; i < others.size(); i++) {
            String name = others.get(i) == null ? "" : others.get(i).strip();
            if (name.isEmpty() || name.equals(member)) {
                continue;
            }
            if (!access.isMember(name)) {
                problems.add(new EnforcementRefusal.Problem(pointer + "/" + i, "'" + name + "' is not a member of "
                        + "the committee.", "not-a-member"));
            } else if (access.recusal(name, c).isPresent()) {
                problems.add(new EnforcementRefusal.Problem(pointer + "/" + i, name + " is recused from this case.",
                        "recused"));
            } else if (excluded.contains(name)) {
                problems.add(new EnforcementRefusal.Problem(pointer + "/" + i, name + " decided this case and may "
                        + "not decide its appeal.", "decided-before"));
            } else {
                panel.add(name);
            }
        }
        return List.copyOf(panel);
    }

    private List<Decisions.Sanction> sanctions(EnforcementCase c, DecisionRequest request, String outcome,
            List<EnforcementRefusal.Problem> problems) {
        List<SanctionRequest> asked = request.sanctions() == null ? List.of() : request.sanctions();
        if (outcome.equals(NO_VIOLATION) && !asked.isEmpty()) {
            problems.add(new EnforcementRefusal.Problem("/sanctions", "A decision that finds no violation imposes "
                    + "no sanction.", "sanction-without-violation"));
            return List.of();
        }
        if (request.published() && c.person() != null && c.organization() == null) {
            problems.add(new EnforcementRefusal.Problem("/published", "A sanction on a person is not published: "
                    + "the transparency log and the public pages carry no personal data.", "person-not-public"));
        }
        Instant now = clock.instant();
        List<Decisions.Sanction> out = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            SanctionRequest r = asked.get(i);
            String at = "/sanctions/" + i;
            SanctionKind kind = SanctionKind.ofCode(r.kind() == null ? "" : r.kind().strip()).orElse(null);
            if (kind == null) {
                problems.add(new EnforcementRefusal.Problem(at + "/kind", "Choose one of warning, censure, fine, "
                        + "certification-suspension, certificate-revocation, membership-suspension, expulsion.",
                        "unknown-kind"));
                continue;
            }
            Instant from = r.from() == null ? now : r.from();
            BigDecimal amount = null;
            String currency = null;
            if (kind == SanctionKind.FINE) {
                if (r.amount() == null || r.amount().signum() <= 0 || r.amount().scale() > 2
                        || r.amount().precision() - r.amount().scale() > 12) {
                    problems.add(new EnforcementRefusal.Problem(at + "/amount", "A fine needs an amount above zero, "
                            + "with at most two decimals.", "bad-amount"));
                }
                currency = r.currency() == null ? "" : r.currency().strip().toUpperCase(java.util.Locale.ROOT);
                if (!currency.matches("[A-Z]{3}")) {
                    problems.add(new EnforcementRefusal.Problem(at + "/currency", "Give the fine's currency as its "
                            + "three-letter code, e.g. USD or EUR.", "bad-currency"));
                }
                amount = r.amount();
            }
            Instant until = null;
            if (kind == SanctionKind.MEMBERSHIP_SUSPENSION) {
                if (r.until() == null || !r.until().isAfter(from)) {
                    problems.add(new EnforcementRefusal.Problem(at + "/until", "A suspension of membership needs "
                            + "an end after it starts.", "bad-until"));
                }
                until = r.until();
            }
            String certificate = r.certificate() == null || r.certificate().isBlank() ? null
                    : r.certificate().strip();
            if (kind.actsOnCertificates()) {
                if (c.production() == null && c.organization() == null) {
                    problems.add(new EnforcementRefusal.Problem(at + "/kind", "Link the case to a production or an "
                            + "organization first: a certification sanction acts on its certificates.",
                            "no-subject"));
                } else if (certificate != null && effects.candidates(c.production(), c.organization()).stream()
                        .map(Certificate::id).noneMatch(certificate::equals)) {
                    problems.add(new EnforcementRefusal.Problem(at + "/certificate", "That certificate is not one of "
                            + "this production's that can still be sanctioned.", "unknown-certificate"));
                }
            }
            if (kind.actsOnMembership() && c.organization() == null && c.person() == null) {
                problems.add(new EnforcementRefusal.Problem(at + "/kind", "Link the case to a member (an "
                        + "organization or a person) first: this sanction acts on membership.", "no-subject"));
            }
            out.add(new Decisions.Sanction(UUID.randomUUID(), c.id(), null, kind, from, until, amount, currency,
                    kind.actsOnCertificates() ? certificate : null, request.published(), c.production(),
                    c.organization(), c.organization() == null ? c.person() : null,
                    Decisions.SanctionState.PENDING, null, null));
        }
        return out;
    }

    private EnforcementCase locked(String member, UUID caseId, String attempt) {
        EnforcementCase c = cases.lock(caseId).orElseThrow(() -> new EnforcementRefusal.NotFound("case"));
        access.refuseRecused(member, c, attempt);
        return c;
    }

    private <T> T refusing(UUID caseId, String actor, String kind, Supplier<T> work) {
        try {
            return work.get();
        } catch (EnforcementRefusal.NotFound notFound) {
            throw notFound;
        } catch (EnforcementRefusal refusal) {
            if (!(refusal instanceof EnforcementRefusal.NotPermitted np && np.getMessage().startsWith(
                    "You are recused"))) {
                audit.refused(caseId, kind, actor, refusal.audited());
            }
            throw refusal;
        }
    }
}
