package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.guildmark.app.DatabaseTime;
import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Training-use compensation (IATSE principle 7): for every registry grant with purpose model-training, what its
 * terms agreed to pay and what the grantee recorded paying, per grant, per person and per organization. Grants are
 * read through the registry's public services and seen as the registry lets the caller see them (a performer
 * their own, a representative those of the people they act for, a production those made to it, the guild all);
 * payments are this module's own, recorded by the grantee.
 */
@Service
public class TrainingCompensation {

    private static final int PAGE = 500;

    private final ConsentGrants grants;
    private final PersonRegistry people;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingCompensation(ConsentGrants grants, PersonRegistry people, Organizations organizations, JdbcClient jdbc,
            Clock clock) {
        this.grants = grants;
        this.people = people;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Payment(UUID id, UUID grant, LocalDate paidOn, Money amount, String reference, String recordedBy,
            Instant recordedAt) {
    }

    /**
     * One grant: the agreed compensation (null when the terms name none), what was paid, and for a flat fee what is
     * still owed; for per-use, royalty or scale terms what is owed depends on use, so {@code outstanding} is null.
     */
    public record GrantLine(UUID grant, UUID person, String personName, UUID organization, String organizationName,
            String status, LocalDate validFrom, LocalDate validUntil, Money agreed, String basis,
            List<Payment> payments, Money paid, Money outstanding) {
    }

    /** Sums by currency, for a person or an organization. */
    public record Summary(String name, int grants, Map<String, BigDecimal> agreedFlat,
            Map<String, BigDecimal> paid, int withoutTerms) {
    }

    public record Report(List<GrantLine> lines, List<Summary> byPerson, List<Summary> byOrganization) {
    }

    public Report report(Caller caller) {
        List<GrantLine> lines = new ArrayList<>();
        Map<UUID, String> personNames = new HashMap<>();
        Map<UUID, String> organizationNames = new HashMap<>();
        for (ConsentGrant g : visibleTrainingGrants(caller)) {
            String person = personNames.computeIfAbsent(g.terms().person(),
                    id -> people.find(id).map(RegisteredPerson::name).orElse("?"));
            String organization = organizationNames.computeIfAbsent(g.terms().grantee(),
                    id -> organizations.name(id).orElse("?"));
            List<Payment> payments = payments(g.id());
            Money agreed = g.terms().compensation() == null ? null : g.terms().compensation().money();
            String basis = g.terms().compensation() == null || g.terms().compensation().basis() == null ? null
                    : g.terms().compensation().basis().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String currency = agreed != null ? agreed.currency()
                    : payments.isEmpty() ? null : payments.get(0).amount().currency();
            Money paid = currency == null ? null : new Money(payments.stream().map(p -> p.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add), currency);
            Money outstanding = agreed != null && "flat".equals(basis)
                    ? new Money(agreed.amount().subtract(paid.amount()).max(BigDecimal.ZERO), currency) : null;
            lines.add(new GrantLine(g.id(), g.terms().person(), person, g.terms().grantee(), organization,
                    g.status().name().toLowerCase(Locale.ROOT), g.terms().validFrom(), g.terms().validUntil(),
                    agreed, basis, payments, paid, outstanding));
        }
        lines.sort(Comparator.comparing(GrantLine::personName).thenComparing(GrantLine::organizationName)
                .thenComparing(GrantLine::validFrom));
        return new Report(lines, summaries(lines, GrantLine::personName), summaries(lines,
                GrantLine::organizationName));
    }

    /** Records a payment by the grantee under one of its model-training grants, in the agreed currency. */
    public Payment recordPayment(Caller caller, String grant, String paidOn, String amount, String currency,
            String reference) {
        UUID id;
        try {
            id = UUID.fromString(grant == null ? "" : grant.trim());
        } catch (IllegalArgumentException e) {
            throw new LaborRefusal.Invalid("grant", "Choose the grant the payment is made under.");
        }
        ConsentGrant g = grants.find(id).filter(caller::sees)
                .filter(x -> x.terms().purposes().contains(Purpose.MODEL_TRAINING))
                .orElseThrow(() -> new LaborRefusal.NotFound("No such model-training grant to your organization."));
        if (!(caller instanceof Caller.Production)) {
            throw new LaborRefusal.NotFound("Only the grantee records payments.");
        }
        List<LineProblem> problems = new ArrayList<>();
        LocalDate on = null;
        try {
            on = LocalDate.parse(paidOn == null ? "" : paidOn.trim());
            if (on.isAfter(LocalDate.now(clock))) {
                problems.add(new LineProblem(0, "paidOn", "Record a payment once it is made, not ahead."));
            }
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(0, "paidOn", "Give the day it was paid (YYYY-MM-DD)."));
        }
        String a = amount == null ? "" : amount.trim();
        BigDecimal value = null;
        if (!a.matches("[0-9]{1,15}(\\.[0-9]{1,4})?")) {
            problems.add(new LineProblem(0, "amount", a.startsWith("-") ? "A payment cannot be negative."
                    : "'" + a + "' is not an amount; write digits with a decimal point, e.g. 1500.00."));
        } else {
            value = new BigDecimal(a);
            if (value.signum() == 0) {
                problems.add(new LineProblem(0, "amount", "A payment is more than zero."));
            }
        }
        String c = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        Money agreed = g.terms().compensation() == null ? null : g.terms().compensation().money();
        if (!c.matches("[A-Z]{3}")) {
            problems.add(new LineProblem(0, "currency", "Give the ISO 4217 currency (e.g. USD)."));
        } else if (agreed != null && !agreed.currency().equals(c)) {
            problems.add(new LineProblem(0, "currency", "The grant agrees compensation in " + agreed.currency()
                    + "; record the payment in " + agreed.currency() + "."));
        }
        String ref = reference == null || reference.isBlank() ? null : reference.trim();
        if (ref != null && ref.length() > 300) {
            problems.add(new LineProblem(0, "reference", "Keep the reference within 300 characters."));
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The payment was not recorded.", problems);
        }
        Payment p = new Payment(UUID.randomUUID(), id, on, new Money(value, c), ref, caller.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("INSERT INTO training_payment (id, grant_id, paid_on, amount, currency, reference, recorded_by, "
                + "recorded_at) VALUES (:id, :g, :on, :amount, :currency, :ref, :by, :at)")
                .param("id", p.id()).param("g", id).param("on", on).param("amount", value.toPlainString())
                .param("currency", c).param("ref", ref).param("by", p.recordedBy())
                .param("at", DatabaseTime.utc(p.recordedAt())).update();
        return p;
    }

    private List<Payment> payments(UUID grant) {
        return jdbc.sql("SELECT * FROM training_payment WHERE grant_id = :g ORDER BY paid_on, recorded_at")
                .param("g", grant)
                .query((rs, n) -> new Payment(rs.getObject("id", UUID.class), grant,
                        rs.getObject("paid_on", LocalDate.class),
                        new Money(new BigDecimal(rs.getString("amount")), rs.getString("currency").trim()),
                        rs.getString("reference"), rs.getString("recorded_by"),
                        DatabaseTime.instant(rs, "recorded_at")))
                .list();
    }

    /** The registry's grants this caller may see, with purpose model-training; the guild's read page by page. */
    private List<ConsentGrant> visibleTrainingGrants(Caller caller) {
        List<ConsentGrant> found = new ArrayList<>();
        Function<Integer, List<ConsentGrant>> page = offset -> List.of();
        if (caller instanceof Caller.Guild) {
            page = offset -> grants.all(PAGE, offset);
        } else if (caller instanceof Caller.Production p && p.organization() != null) {
            page = offset -> grants.ofGrantee(p.organization(), PAGE, offset);
        } else if (caller instanceof Caller.Performer p && p.person() != null) {
            page = offset -> grants.ofPeople(List.of(p.person()), PAGE, offset);
        } else if (caller instanceof Caller.Representative r) {
            page = offset -> grants.ofPeople(r.people(), PAGE, offset);
        }
        for (int offset = 0; ; offset += PAGE) {
            List<ConsentGrant> batch = page.apply(offset);
            batch.stream().filter(caller::sees).filter(g -> g.terms().purposes().contains(Purpose.MODEL_TRAINING))
                    .forEach(found::add);
            if (batch.size() < PAGE) {
                return found;
            }
        }
    }

    private static List<Summary> summaries(Collection<GrantLine> lines, Function<GrantLine, String> key) {
        Map<String, List<GrantLine>> groups = new TreeMap<>();
        lines.forEach(l -> groups.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        List<Summary> summaries = new ArrayList<>();
        groups.forEach((name, group) -> {
            Map<String, BigDecimal> agreed = new TreeMap<>();
            Map<String, BigDecimal> paid = new TreeMap<>();
            int without = 0;
            for (GrantLine l : group) {
                if (l.agreed() == null) {
                    without++;
                } else if ("flat".equals(l.basis())) {
                    agreed.merge(l.agreed().currency(), l.agreed().amount(), BigDecimal::add);
                }
                if (l.paid() != null) {
                    paid.merge(l.paid().currency(), l.paid().amount(), BigDecimal::add);
                }
            }
            summaries.add(new Summary(name, group.size(), agreed, paid, without));
        });
        return summaries;
    }
}
