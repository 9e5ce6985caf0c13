package org.guildmark.app.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.guildmark.app.certification.Certificate;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The committee's work on cases: the dashboard, the case page, moving a case on, assignment, notes, messages to the
 * reporter, evidence, the subject, the reporter's identity (the custodian's alone) and declared conflicts. Each
 * change is an appended event; each refused attempt too.
 */
@Service
public class CaseWork {

    private final Cases cases;
    private final CaseRecords records;
    private final Decisions decisions;
    private final Conflicts conflicts;
    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final AuditLog audit;
    private final AttachmentCheck attachments;
    private final SanctionEffects effects;
    private final Adjudication adjudication;
    private final Memberships memberships;
    private final Organizations organizations;
    private final PersonRegistry people;
    private final EnforcementProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String custodian;

    CaseWork(Cases cases, CaseRecords records, Decisions decisions, Conflicts conflicts, CaseAccess access,
            CaseLifecycle lifecycle, AuditLog audit, AttachmentCheck attachments, SanctionEffects effects,
            Adjudication adjudication, Memberships memberships, Organizations organizations, PersonRegistry people,
            EnforcementProperties properties, TransactionTemplate transactions, Clock clock,
            org.guildmark.app.GuildmarkProperties guildmark) {
        this.cases = cases;
        this.records = records;
        this.decisions = decisions;
        this.conflicts = conflicts;
        this.access = access;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.attachments = attachments;
        this.effects = effects;
        this.adjudication = adjudication;
        this.memberships = memberships;
        this.organizations = organizations;
        this.people = people;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        // The demo's committee account is its custodian, so the demo can show a named reporter's identity.
        this.custodian = !properties.custodian().isBlank() ? properties.custodian()
                : guildmark.demo() ? "committee" : "";
    }

    /** Whether {@code member} is the custodian, who alone sees a named reporter's identity. */
    boolean isCustodian(String member) {
        return !custodian.isEmpty() && custodian.equals(member);
    }

    /** A case in a list. */
    public record Summary(EnforcementCase filed, String subject, boolean overdue, List<String> assignees) {
    }

    /** The dashboard: how many cases each state holds, and the cases, overdue first. */
    public record Dashboard(Map<CaseState, Long> counts, List<Summary> open, List<Summary> ended) {
    }

    /** Everything a member sees on a case page. */
    public record Detail(EnforcementCase filed, String subject, Optional<CaseRecords.Account> account,
            List<String> clauses, List<CaseEvent> events, List<CaseRecords.Message> messages,
            List<CaseRecords.Note> notes, List<CaseRecords.Attachment> evidence,
            List<Cases.Assignment> assignments, Optional<Decisions.Decision> decision,
            List<Decisions.Sanction> sanctions, Optional<Decisions.Appeal> appeal,
            Optional<Decisions.Decision> appealDecision, Instant appealUntil, boolean custodian, boolean overdue,
            List<String> members, List<Certificate> certificates, Optional<Memberships.Status> membership) {
    }

    public Dashboard dashboard(String member) {
        Instant now = clock.instant();
        List<Summary> visible = cases.all().stream().filter(c -> access.recusal(member, c).isEmpty())
                .map(c -> new Summary(c, subject(c), c.overdueAt(now), cases.currentAssignees(c.id()))).toList();
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (CaseState state : CaseState.values()) {
            counts.put(state, visible.stream().filter(s -> s.filed().state() == state).count());
        }
        List<Summary> open = new ArrayList<>(visible.stream().filter(s -> !s.filed().state().ended()).toList());
        open.sort(Comparator.comparing((Summary s) -> !s.overdue())
                .thenComparing(s -> s.filed().dueAt(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Summary> ended = visible.stream().filter(s -> s.filed().state().ended())
                .sorted(Comparator.comparing((Summary s) -> s.filed().closedAt()).reversed()).toList();
        return new Dashboard(counts, open, ended);
    }

    public Detail detail(String member, UUID caseId) {
        EnforcementCase c = access.visible(member, caseId, "open the case");
        Optional<Decisions.Decision> decision = decisions.find(caseId, Decisions.Stage.DECISION);
        return new Detail(c, subject(c), records.account(caseId), cases.clauses(caseId), audit.of(caseId),
                records.messages(caseId), records.notes(caseId), records.attachments(caseId),
                cases.assignments(caseId), decision, decisions.sanctions(caseId), decisions.appeal(caseId),
                decisions.find(caseId, Decisions.Stage.APPEAL), decision.map(adjudication::appealUntil).orElse(null),
                isCustodian(member), c.overdueAt(clock.instant()), access.members(),
                effects.candidates(c.production(), c.organization()), membership(c));
    }

    /** The case's events, for the API. */
    public List<CaseEvent> events(String member, UUID caseId) {
        access.visible(member, caseId, "read the case's log");
        return audit.of(caseId);
    }

    /** Moves a case on by hand: triage, investigation, hearing, dismissal (with reasons) or closing. */
    public void move(String member, UUID caseId, String to, String reason) {
        refusing(caseId, member, "state-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(member, caseId, "move the case");
            CaseState target;
            try {
                target = CaseState.ofCode(to == null ? "" : to.strip());
            } catch (IllegalArgumentException unknown) {
                throw new EnforcementRefusal.Invalid("/to", "Choose the state to move the case to.");
            }
            if (!c.state().manualNext().contains(target)) {
                throw new EnforcementRefusal.Conflict("A case " + c.state().label() + " cannot be moved to "
                        + target.label() + (target == CaseState.DECISION ? "; record the decision instead" : "")
                        + ".");
            }
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String text = target == CaseState.DISMISSED
                    ? Texts.required(reason, "/reason", "Give the reasons for dismissing the case.", 8000, problems)
                    : Texts.optional(reason, "/reason", 8000, problems);
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            if (text != null) {
                records.note(caseId, member, (target == CaseState.DISMISSED ? "Dismissed: " : "Moved to "
                        + target.label() + ": ") + text, clock.instant());
            }
            return lifecycle.move(c, target, member, text == null ? null : "reasons in the notes");
        }));
    }

    public void assign(String member, UUID caseId, String assignee) {
        refusing(caseId, member, "assignment-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(member, caseId, "assign a member");
            String who = assignee == null ? "" : assignee.strip();
            if (!access.isMember(who)) {
                throw new EnforcementRefusal.Invalid("/member", "Choose a member of the committee.");
            }
            if (access.recusal(who, c).isPresent()) {
                throw new EnforcementRefusal.Conflict(who + " is recused from this case and cannot be assigned.");
            }
            if (cases.currentAssignees(caseId).contains(who)) {
                throw new EnforcementRefusal.Conflict(who + " is assigned already.");
            }
            cases.assign(caseId, who, member, clock.instant());
            audit.done(caseId, "assigned", member, who);
            return null;
        }));
    }

    public void release(String member, UUID caseId, String assignee) {
        refusing(caseId, member, "assignment-refused", () -> transactions.execute(status -> {
            locked(member, caseId, "release a member");
            if (!cases.release(caseId, assignee, member, clock.instant())) {
                throw new EnforcementRefusal.Conflict("That member is not assigned to this case.");
            }
            audit.done(caseId, "released", member, assignee);
            return null;
        }));
    }

    /** An internal note: never shown to the reporter. */
    public void note(String member, UUID caseId, String body) {
        write(member, caseId, body, false);
    }

    /** A message to the reporter, read on their receipt page. */
    public void message(String member, UUID caseId, String body) {
        write(member, caseId, body, true);
    }

    private void write(String member, UUID caseId, String body, boolean toReporter) {
        refusing(caseId, member, toReporter ? "message-refused" : "note-refused", () -> transactions.execute(s -> {
            EnforcementCase c = locked(member, caseId, toReporter ? "write to the reporter" : "add a note");
            List<EnforcementRefusal.Problem> problems = new ArrayList<>();
            String text = Texts.required(body, "/body", toReporter ? "Write the message." : "Write the note.",
                    20_000, problems);
            if (!problems.isEmpty()) {
                throw new EnforcementRefusal.Invalid(problems);
            }
            if (toReporter && !c.hasReporter()) {
                throw new EnforcementRefusal.Conflict("This case was opened automatically; it has no reporter to "
                        + "write to.");
            }
            if (toReporter) {
                records.message(caseId, true, member, text, clock.instant());
                audit.done(caseId, "message-to-reporter", member, null);
            } else {
                records.note(caseId, member, text, clock.instant());
                audit.done(caseId, "note", member, null);
            }
            return null;
        }));
    }

    public void evidence(String member, UUID caseId, List<Upload> uploads) {
        access.visible(member, caseId, "add evidence");
        refusing(caseId, member, "evidence-refused", () -> {
            List<CheckedFile> files = attachments.check("/attachments", uploads);
            if (files.isEmpty()) {
                throw new EnforcementRefusal.Invalid("/attachments", "Choose a file to add.");
            }
            return transactions.execute(status -> {
                locked(member, caseId, "add evidence");
                for (CheckedFile file : files) {
                    records.attach(caseId, file, false, member, clock.instant());
                }
                audit.done(caseId, "evidence-added", member, files.size() + " file(s)");
                return null;
            });
        });
    }

    /** An attachment's bytes, for a member who may see the case; the opening is logged. */
    public Optional<Download> attachment(String member, UUID caseId, UUID attachment) {
        access.visible(member, caseId, "open evidence");
        Optional<CaseRecords.Attachment> meta = records.attachments(caseId).stream()
                .filter(a -> a.id().equals(attachment)).findFirst();
        Optional<byte[]> bytes = records.attachmentBytes(caseId, attachment);
        if (meta.isEmpty() || bytes.isEmpty()) {
            return Optional.empty();
        }
        audit.refusedOrDone(caseId, "evidence-opened", member, meta.get().sha256(), false);
        return Optional.of(new Download(meta.get(), bytes.get()));
    }

    /** An attachment and its bytes. */
    public record Download(CaseRecords.Attachment attachment, byte[] bytes) {
    }

    /** The named reporter's identity, for the custodian alone; every showing and every refusal is logged. */
    public Optional<CaseRecords.Reporter> reporter(String member, UUID caseId) {
        EnforcementCase c = access.visible(member, caseId, "see the reporter's identity");
        if (!isCustodian(member)) {
            audit.refused(caseId, "identity-refused", member, "not the custodian");
            throw new EnforcementRefusal.NotPermitted("Only the committee's custodian sees who reported; the "
                    + "attempt was recorded in the case's log.");
        }
        audit.refusedOrDone(caseId, "identity-shown", member, c.reporter().code(), false);
        return records.reporter(caseId);
    }

    /** Links the case to what it is about; a member who then finds a conflict of theirs loses sight of it. */
    public void subject(String member, UUID caseId, String productionCode, UUID organization, UUID person) {
        refusing(caseId, member, "subject-refused", () -> transactions.execute(status -> {
            EnforcementCase c = locked(member, caseId, "change the subject");
            if (!c.state().beforeDecision()) {
                throw new EnforcementRefusal.Conflict("The subject is fixed once the case is decided.");
            }
            UUID production = null;
            UUID org = organization;
            String code = productionCode == null ? "" : productionCode.strip();
            if (!code.isEmpty()) {
                Organizations.Production p = organizations.findProductionByCode(code)
                        .orElseThrow(() -> new EnforcementRefusal.Invalid("/production", "No registered production "
                                + "has the code '" + code + "'."));
                production = p.id();
                org = p.organization();
            } else if (org != null && organizations.name(org).isEmpty()) {
                throw new EnforcementRefusal.Invalid("/organization", "No registered organization has that id.");
            }
            if (person != null && people.find(person).isEmpty()) {
                throw new EnforcementRefusal.Invalid("/person", "No registered person has that id.");
            }
            if (production == null && org == null && person == null) {
                throw new EnforcementRefusal.Invalid("/production", "Give a production code, an organization or a "
                        + "person.");
            }
            cases.setSubject(caseId, production, org, person);
            audit.done(caseId, "subject", member, (production != null ? "production " + production
                    : org != null ? "organization " + org : "") + (person != null ? " person linked" : ""));
            return null;
        }));
    }

    public void close(String member, UUID caseId) {
        move(member, caseId, CaseState.CLOSED.code(), null);
    }

    // ----- conflicts of interest

    /** A declared conflict with what it names, for the conflicts page. */
    public record ConflictView(Conflicts.Conflict conflict, String target) {
    }

    public List<ConflictView> conflicts() {
        return conflicts.all().stream().map(c -> new ConflictView(c, target(c))).toList();
    }

    /** Declares that {@code member} (oneself or another) has a conflict with a production, organization or case. */
    public void declareConflict(String by, String member, String productionCode, UUID organization,
            String caseReference, String reason) {
        List<EnforcementRefusal.Problem> problems = new ArrayList<>();
        String who = member == null || member.isBlank() ? by : member.strip();
        if (!access.isMember(who)) {
            problems.add(new EnforcementRefusal.Problem("/member", "Choose a member of the committee."));
        }
        String why = Texts.required(reason, "/reason", "Say what the conflict is (e.g. \"worked for Harbor Pictures "
                + "until 2025\").", 1000, problems);
        UUID production = null;
        UUID caseId = null;
        String code = productionCode == null ? "" : productionCode.strip();
        String ref = caseReference == null ? "" : caseReference.strip().toUpperCase(java.util.Locale.ROOT);
        int targets = (code.isEmpty() ? 0 : 1) + (organization == null ? 0 : 1) + (ref.isEmpty() ? 0 : 1);
        if (targets != 1) {
            problems.add(new EnforcementRefusal.Problem("/production", "Name one production, organization or case "
                    + "the conflict is with."));
        } else if (!code.isEmpty()) {
            production = organizations.findProductionByCode(code).map(Organizations.Production::id).orElse(null);
            if (production == null) {
                problems.add(new EnforcementRefusal.Problem("/production", "No registered production has the code '"
                        + code + "'."));
            }
        } else if (organization != null && organizations.name(organization).isEmpty()) {
            problems.add(new EnforcementRefusal.Problem("/organization", "No registered organization has that id."));
        } else if (!ref.isEmpty()) {
            caseId = cases.all().stream().filter(c -> c.reference().equals(ref)).map(EnforcementCase::id)
                    .findFirst().orElse(null);
            if (caseId == null) {
                problems.add(new EnforcementRefusal.Problem("/case", "No case has the reference '" + ref + "'."));
            }
        }
        if (!problems.isEmpty()) {
            throw new EnforcementRefusal.Invalid(problems);
        }
        UUID id = UUID.randomUUID();
        UUID forCase = caseId;
        UUID forProduction = production;
        transactions.executeWithoutResult(status -> {
            conflicts.declare(new Conflicts.Conflict(id, who, forProduction == null ? organization : null,
                    forProduction, null, forCase, why, by, clock.instant(), null, null));
            if (forCase != null) {
                audit.done(forCase, "conflict-declared", by, who + " recused");
            }
            // A member who is now recused from a case is no longer assigned to it.
            for (EnforcementCase c : cases.all()) {
                if (cases.currentAssignees(c.id()).contains(who) && access.recusal(who, c).isPresent()) {
                    cases.release(c.id(), who, by, clock.instant());
                    audit.done(c.id(), "released", by, who + " (conflict of interest declared)");
                }
            }
        });
    }

    /** Withdraws a declared conflict: by another member than the one it recuses, so nobody lifts their own. */
    public void withdrawConflict(String by, UUID conflict) {
        Conflicts.Conflict c = conflicts.find(conflict).orElseThrow(() -> new EnforcementRefusal.NotFound(
                "conflict"));
        if (c.member().equals(by)) {
            throw new EnforcementRefusal.NotPermitted("Another member withdraws a conflict you declared for "
                    + "yourself; nobody lifts their own recusal.");
        }
        if (!conflicts.withdraw(conflict, by, clock.instant())) {
            throw new EnforcementRefusal.Conflict("That conflict was withdrawn already.");
        }
    }

    // -----

    /** What the case is about, as the committee reads it. */
    String subject(EnforcementCase c) {
        List<String> parts = new ArrayList<>();
        if (c.production() != null) {
            organizations.findProduction(c.production()).ifPresent(p -> parts.add(p.title() + " (" + p.code()
                    + ")"));
        } else if (c.organization() != null) {
            organizations.name(c.organization()).ifPresent(parts::add);
        }
        if (c.person() != null) {
            people.find(c.person()).map(RegisteredPerson::name).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return records.account(c.id()).map(CaseRecords.Account::namedSubject).filter(s -> s != null)
                    .map(s -> "“" + s + "” (not linked)").orElse("not linked");
        }
        return String.join(" · ", parts);
    }

    private Optional<Memberships.Status> membership(EnforcementCase c) {
        Instant now = clock.instant();
        if (c.organization() != null) {
            return Optional.of(memberships.ofOrganization(c.organization(), now));
        }
        return c.person() == null ? Optional.empty() : Optional.of(memberships.ofPerson(c.person(), now));
    }

    private String target(Conflicts.Conflict c) {
        if (c.production() != null) {
            return organizations.findProduction(c.production()).map(p -> "production " + p.code()).orElse(
                    "a production");
        }
        if (c.organization() != null) {
            return organizations.name(c.organization()).map(n -> "organization " + n).orElse("an organization");
        }
        if (c.caseId() != null) {
            return cases.find(c.caseId()).map(k -> "case " + k.reference()).orElse("a case");
        }
        return "a person";
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
            if (!refusal.getMessage().startsWith("You are recused")) {
                audit.refused(caseId, kind, actor, refusal.audited());
            }
            throw refusal;
        }
    }
}
