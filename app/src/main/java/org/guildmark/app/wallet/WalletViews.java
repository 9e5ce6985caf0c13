package org.guildmark.app.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentEvent;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentReceipt;
import org.guildmark.app.registry.ConsentRegistry;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.DeletionObligation;
import org.guildmark.app.registry.GrantLifecycle;
import org.guildmark.app.registry.GrantTerms;
import org.guildmark.app.registry.GrantUse;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.app.registry.RegistryRefusal;
import org.guildmark.app.registry.Representation;
import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.springframework.stereotype.Component;

/**
 * Turns what the registry returns into what the wallet pages show: names instead of ids, days and instants in
 * words, and which actions the caller has on each grant. Reads through {@link ConsentRegistry} only, so a page
 * never shows what the registry would not give the caller.
 */
@Component
class WalletViews {

    /** A grant in a list. {@code awaits} says what it waits for, or null. */
    record GrantCard(UUID id, UUID person, String personName, String title, String grantee, String status,
                     String tone, String aspects, String purposes, String validity, String awaits,
                     boolean awaitsCaller) {
    }

    /** One term of a grant, as a label and its value. */
    record Term(String label, String value) {
    }

    /** One change of the grant's history, with its receipt when one was issued. */
    record HistoryRow(int ordinal, String status, String recorded, String effective, boolean future, String actor,
                      String reason, boolean receipt) {
    }

    record UseRow(String organization, String production, String made, String usedAt, String recordedBy) {
    }

    record ObligationRow(UUID id, UUID grant, String grantTitle, String person, String organization,
                         String production, String model, String method, String created, String due, String state,
                         String tone, String evidence, String description, String confirmed, boolean open) {
    }

    /**
     * What the caller may do with a grant now.
     *
     * @param approveAs the approval the caller gives (a relation code such as {@code guardian}), or null
     * @param giveLabel the give button's text, or null when the caller cannot give the grant
     */
    record Actions(boolean withdraw, String giveLabel, boolean refuse, String approveAs) {
        public boolean any() {
            return withdraw || giveLabel != null || refuse || approveAs != null;
        }
    }

    record GrantDetail(GrantCard card, List<Term> terms, List<HistoryRow> history, List<UseRow> uses,
                       List<ObligationRow> obligations, Actions actions) {
    }

    /** A person a representative acts for, with how many grants wait for them. */
    record PersonRow(UUID id, String name, String category, String as, int grants, int awaiting) {
    }

    /** What a withdrawal now would do: when it takes effect, and what each user of the grant must delete. */
    record WithdrawalPreview(Integer noticeDays, String effective, boolean immediate,
                             List<ObligationPreview> obligations) {
    }

    record ObligationPreview(String organization, String production, String model, String due) {
    }

    /** How many of a person's grants are read at a time to count them. */
    private static final int COUNTED_PER_READ = 1000;

    private final ConsentRegistry registry;
    private final PersonRegistry people;
    private final Organizations organizations;
    private final Clock clock;

    WalletViews(ConsentRegistry registry, PersonRegistry people, Organizations organizations, Clock clock) {
        this.registry = registry;
        this.people = people;
        this.organizations = organizations;
        this.clock = clock;
    }

    List<GrantCard> cards(Caller caller, List<ConsentGrant> grants) {
        return grants.stream().map(grant -> card(caller, grant)).toList();
    }

    GrantCard card(Caller caller, ConsentGrant grant) {
        GrantTerms terms = grant.terms();
        Instant now = clock.instant();
        String status = Shown.word(grant.status());
        Instant ended = grant.endedAt();
        if (ended != null && ended.isAfter(now)) {
            status += " · takes effect " + Shown.day(ended);
        }
        String awaits = null;
        boolean awaitsCaller = false;
        if (grant.status() == ConsentStatus.REQUESTED) {
            List<ApprovalRelation> missing = registry.pendingApprovals(grant);
            List<String> waiting = new ArrayList<>();
            if (terms.givenOn() == null) {
                // A minor's or a deceased person's consent is given by their guardian or estate.
                waiting.add(missing.stream().filter(WalletViews::givenBy).findFirst()
                        .map(r -> "the consent of the person's " + Shown.word(r))
                        .orElse("the person's consent"));
            }
            missing.stream().filter(r -> terms.givenOn() != null || !givenBy(r))
                    .forEach(r -> waiting.add("a " + Shown.word(r) + " approval"));
            awaits = waiting.isEmpty() ? null : String.join(" and ", waiting);
            awaitsCaller = actions(caller, grant).giveLabel() != null || actions(caller, grant).approveAs() != null;
        }
        return new GrantCard(grant.id(), terms.person(), personName(terms.person()), title(grant),
                organizations.name(terms.grantee()).orElse("an organization"), status, tone(grant.status()),
                Shown.words(terms.aspects()), Shown.words(terms.purposes()),
                Shown.day(terms.validFrom()) + " to " + Shown.day(terms.validUntil()), awaits, awaitsCaller);
    }

    /** The guardian's, estate's or conservator's approval comes with their giving the grant for the person. */
    private static boolean givenBy(ApprovalRelation relation) {
        return relation == ApprovalRelation.GUARDIAN || relation == ApprovalRelation.ESTATE
                || relation == ApprovalRelation.CONSERVATOR;
    }

    GrantDetail detail(Caller caller, ConsentGrant grant) {
        GrantTerms terms = grant.terms();
        Set<Integer> receipted = new LinkedHashSet<>();
        if (!(caller instanceof Caller.Production)) {
            registry.receipts(caller, grant.id()).stream().map(ConsentReceipt::ordinal).forEach(receipted::add);
        }
        Instant now = clock.instant();
        List<HistoryRow> history = new ArrayList<>();
        for (int i = 0; i < grant.history().size(); i++) {
            ConsentEvent event = grant.history().get(i);
            history.add(new HistoryRow(i, Shown.word(event.status()), Shown.moment(event.recordedAt()),
                    Shown.moment(event.effectiveAt()), event.effectiveAt().isAfter(now), event.actor(),
                    event.reason(), receipted.contains(i)));
        }
        List<UseRow> uses = registry.uses(caller, grant.id()).stream()
                .sorted(Comparator.comparing(GrantUse::usedAt))
                .map(use -> new UseRow(organizations.name(use.organization()).orElse("an organization"),
                        productionTitle(use.production()),
                        use.asset() != null ? use.asset() : "model " + use.model(),
                        Shown.moment(use.usedAt()), use.recordedBy()))
                .toList();
        return new GrantDetail(card(caller, grant), terms(grant), history, uses,
                obligations(caller, registry.obligationsOf(caller, grant.id())), actions(caller, grant));
    }

    Actions actions(Caller caller, ConsentGrant grant) {
        UUID person = grant.terms().person();
        if (caller.speaksFor(person).isEmpty()) {
            return new Actions(false, null, false, null);
        }
        boolean requested = grant.status() == ConsentStatus.REQUESTED;
        boolean withdraw = GrantLifecycle.allows(grant.status(), ConsentStatus.WITHDRAWN)
                && grant.status() != ConsentStatus.REQUESTED;
        boolean refuse = requested;
        String giveLabel = null;
        String approveAs = null;
        if (requested) {
            Optional<ApprovalRelation> mine = caller instanceof Caller.Representative representative
                    ? representative.representationFor(person).flatMap(ConsentRegistry::approvalOf)
                    : Optional.empty();
            if (grant.terms().givenOn() == null) {
                giveLabel = mine.map(r -> "Give this consent as " + Shown.word(r)).orElse("Give this consent");
            } else if (mine.isPresent() && registry.pendingApprovals(grant).contains(mine.get())) {
                approveAs = org.guildmark.core.dossier.Wire.code(mine.get());
            }
        }
        return new Actions(withdraw, giveLabel, refuse, approveAs);
    }

    /** Overdue first, then open, then confirmed; each by its due instant. */
    List<ObligationRow> obligations(Caller caller, List<DeletionObligation> obligations) {
        Instant now = clock.instant();
        return obligations.stream()
                .sorted(Comparator.comparing((DeletionObligation o) -> o.stateAt(now).ordinal() == 1 ? 0
                                : o.stateAt(now) == DeletionObligation.State.OPEN ? 1 : 2)
                        .thenComparing(DeletionObligation::dueAt))
                .map(o -> obligation(caller, o, now))
                .toList();
    }

    ObligationRow obligation(Caller caller, DeletionObligation o, Instant now) {
        DeletionObligation.State state = o.stateAt(now);
        Optional<ConsentGrant> grant = visibleGrant(caller, o.grant());
        var confirmation = o.confirmation();
        return new ObligationRow(o.id(), o.grant(), grant.map(this::title).orElse("a grant"),
                grant.map(g -> personName(g.terms().person())).orElse("a person"),
                organizations.name(o.organization()).orElse("an organization"), productionTitle(o.production()),
                o.model(), o.method(), Shown.day(o.createdAt()), Shown.moment(o.dueAt()), state.code(),
                switch (state) {
                    case OPEN -> "warn";
                    case OVERDUE -> "alert";
                    case CONFIRMED -> "on";
                },
                confirmation == null ? null : confirmation.evidenceSha256(),
                confirmation == null ? null : confirmation.description(),
                confirmation == null ? null
                        : Shown.moment(confirmation.confirmedAt()) + " by " + confirmation.confirmedBy(),
                state != DeletionObligation.State.CONFIRMED);
    }

    WithdrawalPreview withdrawal(Caller caller, ConsentGrant grant) {
        GrantTerms terms = grant.terms();
        Integer notice = terms.revocation() == null ? null : terms.revocation().noticeDays();
        Instant now = clock.instant();
        Instant effective = notice == null ? now : now.plus(java.time.Duration.ofDays(notice));
        int within = terms.deletion() == null || terms.deletion().withinDays() == null ? 30
                : terms.deletion().withinDays();
        record Obliged(UUID organization, UUID production, String model) {
        }
        Set<Obliged> obliged = new LinkedHashSet<>();
        registry.uses(caller, grant.id()).forEach(u -> obliged.add(new Obliged(u.organization(), u.production(),
                u.model())));
        registry.obligationsOf(caller, grant.id()).forEach(o -> obliged.remove(new Obliged(o.organization(),
                o.production(), o.model())));
        Instant due = effective.plus(java.time.Duration.ofDays(within));
        return new WithdrawalPreview(notice, Shown.moment(effective), notice == null || notice == 0,
                obliged.stream().map(o -> new ObligationPreview(
                        organizations.name(o.organization()).orElse("an organization"),
                        productionTitle(o.production()), o.model(), Shown.moment(due))).toList());
    }

    /** Each person the representative acts for, with how many grants they have and how many wait for it. */
    List<PersonRow> peopleOf(Caller.Representative representative) {
        List<PersonRow> rows = new ArrayList<>();
        for (UUID person : representative.people()) {
            Representation as = representative.representationFor(person).orElseThrow();
            Optional<RegisteredPerson> registered = people.find(person);
            Caller forPerson = forPerson(representative, person);
            int grants = 0;
            int awaiting = 0;
            // Every grant counts, however many: read in pages rather than up to a fixed number.
            List<ConsentGrant> read;
            do {
                read = registry.grants(forPerson, COUNTED_PER_READ, grants);
                grants += read.size();
                for (ConsentGrant g : read) {
                    Actions actions = actions(representative, g);
                    if (actions.giveLabel() != null || actions.approveAs() != null) {
                        awaiting++;
                    }
                }
            } while (read.size() == COUNTED_PER_READ);
            rows.add(new PersonRow(person, registered.map(RegisteredPerson::name).orElse("a person"),
                    registered.map(RegisteredPerson::category).map(Shown::word).orElse(""),
                    as.name() + ", " + Shown.word(as.relation()), grants, awaiting));
        }
        return rows;
    }

    /**
     * The caller as it acts for one person only: a representative narrowed to that person, so the registry's
     * lists (and their pages) hold that person's grants alone. A performer acts for one person anyway.
     */
    static Caller forPerson(Caller caller, UUID person) {
        if (caller instanceof Caller.Representative representative) {
            return new Caller.Representative(representative.username(),
                    representative.representationFor(person).map(List::of).orElse(List.of()));
        }
        return caller;
    }

    String personName(UUID person) {
        return people.find(person).map(RegisteredPerson::name).orElse("a person");
    }

    Optional<PersonCategory> category(UUID person) {
        return people.find(person).map(RegisteredPerson::category);
    }

    private List<Term> terms(ConsentGrant grant) {
        GrantTerms t = grant.terms();
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("Aspects", Shown.words(t.aspects())));
        terms.add(new Term("Purposes", Shown.words(t.purposes())));
        terms.add(new Term("Scope", t.scope().general()
                ? "General model training" + (t.scope().models().isEmpty() ? "" : ", only the models "
                        + String.join(", ", t.scope().models()))
                : productionTitle(t.scope().production()) + " (this production only)"));
        terms.add(new Term("Valid", Shown.day(t.validFrom()) + " to " + Shown.day(t.validUntil())));
        terms.add(new Term("Compensation", t.compensation() == null ? "Not stated"
                : t.compensation().money().amount().toPlainString() + " " + t.compensation().money().currency()
                        + ", " + Shown.word(t.compensation().basis())));
        terms.add(new Term("Withdrawal", t.revocation() == null ? "Not stated"
                : noticeText(t.revocation().noticeDays()) + (t.revocation().contact() == null ? ""
                        : "; contact " + t.revocation().contact())));
        terms.add(new Term("Deletion after withdrawal", t.deletion() == null ? "Not stated (30 days apply)"
                : (t.deletion().method() == null ? "" : t.deletion().method() + ", ")
                        + "within " + (t.deletion().withinDays() == null ? 30 : t.deletion().withinDays())
                        + " days"));
        terms.add(new Term("Informed by", t.informed() == null ? "Not stated"
                : t.informed().document() + " (" + t.informed().language() + ")"));
        terms.add(new Term("Given", t.givenOn() == null ? "Not yet" : Shown.day(t.givenOn()) + " by "
                + t.grantedBy()));
        terms.add(new Term("Explained by", t.evidence().explainedBy() + " (" + t.evidence().language() + ")"));
        terms.add(new Term("Signed document SHA-256", t.evidence().sha256()));
        terms.add(new Term("Approvals (clause 3.4)", t.approvals().isEmpty() ? "None"
                : String.join("; ", t.approvals().stream().map(WalletViews::approval).toList())));
        return terms;
    }

    private static String approval(Approval approval) {
        return Shown.word(approval.relation()) + " by " + approval.by() + " on " + Shown.day(approval.at());
    }

    private static String noticeText(Integer days) {
        if (days == null || days == 0) {
            return "Takes effect at once";
        }
        return days + (days == 1 ? " day’s" : " days’") + " notice";
    }

    private String title(ConsentGrant grant) {
        return grant.terms().scope().general() ? "General model training"
                : productionTitle(grant.terms().scope().production());
    }

    private String productionTitle(UUID production) {
        return production == null ? "—"
                : organizations.findProduction(production).map(Organizations.Production::title)
                        .orElse("a production");
    }

    private Optional<ConsentGrant> visibleGrant(Caller caller, UUID grant) {
        try {
            return Optional.of(registry.grant(caller, grant));
        } catch (RegistryRefusal.NotFound hidden) {
            return Optional.empty();
        }
    }

    private static String tone(ConsentStatus status) {
        return switch (status) {
            case GIVEN, RENEWED -> "on";
            case REQUESTED -> "warn";
            case WITHDRAWN, REVOKED, INVALIDATED -> "alert";
            case REFUSED, EXPIRED -> "off";
        };
    }
}
