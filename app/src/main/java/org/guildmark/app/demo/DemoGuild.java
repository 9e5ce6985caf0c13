package org.guildmark.app.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.enforcement.DemoCases;
import org.guildmark.app.registry.ConsentEvent;
import org.guildmark.app.registry.ConsentGrant;
import org.guildmark.app.registry.ConsentGrants;
import org.guildmark.app.registry.ConsentReceipts;
import org.guildmark.app.registry.ConsentStatus;
import org.guildmark.app.registry.DeletionObligations;
import org.guildmark.app.registry.Evidence;
import org.guildmark.app.registry.GrantScope;
import org.guildmark.app.registry.GrantUses;
import org.guildmark.app.registry.GrantTerms;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.ReceiptIssuer;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.app.registry.RepresentedPeople;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Consent.Approval;
import org.guildmark.core.dossier.Consent.Compensation;
import org.guildmark.core.dossier.Consent.Deletion;
import org.guildmark.core.dossier.Consent.Informed;
import org.guildmark.core.dossier.Consent.Revocation;
import org.guildmark.core.dossier.Enums.ApprovalRelation;
import org.guildmark.core.dossier.Enums.Aspect;
import org.guildmark.core.dossier.Enums.CompensationBasis;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.Purpose;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.dossier.Person.Representative;
import org.guildmark.core.read.FileDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The demonstration guild, after the story of {@code examples/lighthouse-feature.yaml}: Harbor Pictures makes
 * <i>The Lighthouse Keeper</i>; Mara Lindqvist consented to her de-aged replica (used in scene 18) and a trailer
 * voice-over; Elin Sand, a minor, has a grant the second reviewer approved that waits for her guardian; Owen Pryce
 * withdrew his voice consent and Harbor's deletion is overdue; the late Arvid Nyström's estate consented to archive
 * use that has since expired.
 *
 * <p>Seeded once, in one transaction together with its row in {@code demo_seed}, so a second start (or a second node)
 * finds the row and adds nothing, and a failed seed leaves nothing behind. The demo accounts share {@link #PASSWORD},
 * printed on the console at each demo start and never written to the log.
 */
public final class DemoGuild {

    /** The demo accounts' shared password: known, because a demonstration is not for real data. */
    public static final String PASSWORD = "lighthouse-demo";

    static final String SEED = "lighthouse-guild";

    /** The demo accounts: username, role, and what it acts for. */
    record DemoAccount(String username, Role role, String actsFor) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("officer", Role.OFFICER, "the guild's certification office"),
            new DemoAccount("officer2", Role.OFFICER, "a second officer, for the four-eyes rule"),
            new DemoAccount("committee", Role.COMMITTEE, "the ethics committee (its custodian in the demo)"),
            new DemoAccount("committee2", Role.COMMITTEE, "a second member, who hears appeals"),
            new DemoAccount("harbor", Role.PRODUCTION, "Harbor Pictures"),
            new DemoAccount("mara", Role.PERFORMER, "Mara Lindqvist"),
            new DemoAccount("karin", Role.REPRESENTATIVE, "Elin Sand (minor), as her guardian"),
            new DemoAccount("estate", Role.REPRESENTATIVE, "Arvid Nyström (deceased), as his estate"),
            new DemoAccount("researcher", Role.RESEARCHER, "aggregated figures only"));

    private static final Logger log = LoggerFactory.getLogger(DemoGuild.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final PersonRegistry people;
    private final Organizations organizations;
    private final ConsentGrants grants;
    private final Accounts accounts;
    private final RepresentedPeople represented;
    private final GrantUses uses;
    private final DeletionObligations obligations;
    private final ConsentReceipts receipts;
    private final ReceiptIssuer issuer;
    private final Clock clock;
    private final PrintStream console;
    private final DemoCertification certification;
    private final DemoLabor labor;
    private final DemoCases cases;

    DemoGuild(JdbcClient jdbc, TransactionOperations transactions, PersonRegistry people, Organizations organizations,
            ConsentGrants grants, Accounts accounts, RepresentedPeople represented, GrantUses uses,
            DeletionObligations obligations, ConsentReceipts receipts, ReceiptIssuer issuer, Clock clock,
            PrintStream console, DemoCertification certification, DemoLabor labor,
            DemoCases cases) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.people = people;
        this.organizations = organizations;
        this.grants = grants;
        this.accounts = accounts;
        this.represented = represented;
        this.uses = uses;
        this.obligations = obligations;
        this.receipts = receipts;
        this.issuer = issuer;
        this.clock = clock;
        this.console = console;
        this.certification = certification;
        this.labor = labor;
        this.cases = cases;
    }

    /** Seeds the guild unless it is there already; returns whether it seeded. */
    public boolean start() {
        boolean seeded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (alreadySeeded()) {
                return false;
            }
            // Inserted first: a node seeding at the same moment fails on the key and rolls back whole.
            jdbc.sql("INSERT INTO demo_seed (name, seeded_at) VALUES (:name, :at)")
                    .param("name", SEED)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            seed();
            return true;
        }));
        log.info(seeded ? "Demo data seeded" : "Demo data already present; nothing added");
        return seeded;
    }

    private boolean alreadySeeded() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_seed WHERE name = :name")
                .param("name", SEED)
                .query(Long.class)
                .single() > 0;
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        UUID harbor = organizations.register("Harbor Pictures");
        UUID lighthouse = organizations.registerProduction(harbor, "lighthouse-2026", "The Lighthouse Keeper",
                ProductionType.FEATURE);

        RegisteredPerson mara = people.register("Mara Lindqvist", PersonCategory.ADULT, LocalDate.of(1968, 9, 23),
                null, List.of(new Representative("Jonas Ek", RepresentativeRelation.AGENT)));
        RegisteredPerson owen = people.register("Owen Pryce", PersonCategory.ADULT, LocalDate.of(1979, 3, 14), null,
                List.of());
        RegisteredPerson elin = people.register("Elin Sand", PersonCategory.MINOR, today.minusYears(12).minusDays(40),
                null, List.of(new Representative("Karin Sand", RepresentativeRelation.GUARDIAN)));
        RegisteredPerson arvid = people.register("Arvid Nyström", PersonCategory.DECEASED, LocalDate.of(1931, 5, 2),
                LocalDate.of(2019, 11, 8),
                List.of(new Representative("Estate of Arvid Nyström", RepresentativeRelation.ESTATE)));

        // Mara's de-aged replica and one synthetic line in the scene-18 flashback: given.
        LocalDate maraSigned = today.minusDays(75);
        ConsentGrant maraGrant = grants.record(terms(mara, harbor, lighthouse, mara.name(), maraSigned,
                        EnumSet.of(Aspect.FACE, Aspect.VOICE),
                        EnumSet.of(Purpose.SYNTHETIC_MEDIA, Purpose.DIGITAL_ALTERATION), maraSigned,
                        today.plusYears(2), "18500.00", 30, List.of()),
                event(ConsentStatus.GIVEN, maraSigned, mara.name(), "signed after a walkthrough of the scene-18 shots"));
        uses.record(maraGrant.id(), harbor, lighthouse, "scene 18 flashback, shots 18-04 to 18-09", null,
                now.minus(40, ChronoUnit.DAYS), now.minus(40, ChronoUnit.DAYS), "harbor");
        // A second grant of Mara's, for the trailer's voice-over: given, not used yet.
        grants.record(terms(mara, harbor, lighthouse, mara.name(), maraSigned.plusDays(5), EnumSet.of(Aspect.VOICE),
                        EnumSet.of(Purpose.SYNTHETIC_MEDIA), maraSigned.plusDays(5), today.plusMonths(6), "2500.00", 30,
                        List.of()),
                event(ConsentStatus.GIVEN, maraSigned.plusDays(5), mara.name(), "trailer voice-over only"));

        // Elin plays the keeper's granddaughter: Harbor asked, the guild's second reviewer approved, and the
        // grant now waits for her guardian, Karin Sand, to give it (clause 3.4).
        grants.record(terms(elin, harbor, lighthouse, elin.name(), null, EnumSet.of(Aspect.FACE),
                        EnumSet.of(Purpose.DIGITAL_ALTERATION), today.plusDays(14), today.plusMonths(8), "2400.00",
                        30, List.of(new Approval("Guild heightened-review panel",
                                ApprovalRelation.HEIGHTENED_REVIEW, today.minusDays(6)))),
                event(ConsentStatus.REQUESTED, today.minusDays(9), "Harbor Pictures",
                        "requested by the grantee; awaiting the guardian's consent"));

        // Owen's voice for ADR clean-up: given, then withdrawn with 30 days' notice, now in effect.
        LocalDate owenSigned = today.minusDays(120);
        ConsentGrant owenGrant = grants.record(terms(owen, harbor, lighthouse, owen.name(), owenSigned,
                        EnumSet.of(Aspect.VOICE), EnumSet.of(Purpose.SYNTHETIC_MEDIA), owenSigned, today.plusYears(1),
                        "3200.00", 10, List.of()),
                event(ConsentStatus.GIVEN, owenSigned, owen.name(), null));
        uses.record(owenGrant.id(), harbor, lighthouse, "ADR clean-up, reels 2 and 5", null,
                now.minus(90, ChronoUnit.DAYS), now.minus(90, ChronoUnit.DAYS), "harbor");
        Instant withdrawnAt = now.minus(45, ChronoUnit.DAYS);
        Instant owenEnded = withdrawnAt.plus(30, ChronoUnit.DAYS);
        grants.append(owenGrant.id(), new ConsentEvent(ConsentStatus.WITHDRAWN, withdrawnAt,
                owenEnded, owen.name(), "no longer comfortable with a synthetic voice"));
        // Harbor had ten days from the withdrawal's effect to delete, and has not confirmed: overdue.
        obligations.create(owenGrant.id(), harbor, lighthouse, null,
                "delete the replica, its training data and every derived file", withdrawnAt,
                owenEnded.plus(10, ChronoUnit.DAYS));

        // Archive footage of the late Arvid Nyström, altered for the title sequence: approved by the estate and a
        // second reviewer, and expired at the end of its term.
        LocalDate arvidSigned = today.minusYears(1).minusDays(30);
        LocalDate arvidUntil = today.minusDays(20);
        ConsentGrant arvidGrant = grants.record(terms(arvid, harbor, lighthouse, "Estate of Arvid Nyström",
                        arvidSigned, EnumSet.of(Aspect.FACE, Aspect.PERFORMANCE), EnumSet.of(Purpose.DIGITAL_ALTERATION),
                        arvidSigned, arvidUntil, "6000.00", 30,
                        List.of(new Approval("Estate of Arvid Nyström", ApprovalRelation.ESTATE, arvidSigned),
                                new Approval("Guild heightened-review panel", ApprovalRelation.HEIGHTENED_REVIEW,
                                        arvidSigned.plusDays(3)))),
                event(ConsentStatus.GIVEN, arvidSigned.plusDays(3), "Estate of Arvid Nyström", null));
        grants.append(arvidGrant.id(), ConsentEvent.at(ConsentStatus.EXPIRED,
                arvidUntil.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), "guildmark", "end of its term"));

        accounts.create("officer", PASSWORD, Role.OFFICER, null, null);
        accounts.create("officer2", PASSWORD, Role.OFFICER, null, null);
        accounts.create("committee", PASSWORD, Role.COMMITTEE, null, null);
        accounts.create("harbor", PASSWORD, Role.PRODUCTION, harbor, null);
        accounts.create("mara", PASSWORD, Role.PERFORMER, null, mara.id());
        // A signed receipt of every status change, as the registry gives one for each change it records.
        for (ConsentGrant grant : grants.all(100, 0)) {
            for (int ordinal = 0; ordinal < grant.history().size(); ordinal++) {
                receipts.insert(issuer.issue(grant, ordinal));
            }
        }

        // Bound to the people's representative entries, so each acts, and approves, as what it is.
        represented.bind(accounts.create("karin", PASSWORD, Role.REPRESENTATIVE, null, null).id(), elin.id(),
                "Karin Sand");
        represented.bind(accounts.create("estate", PASSWORD, Role.REPRESENTATIVE, null, null).id(), arvid.id(),
                "Estate of Arvid Nyström");
        accounts.create("researcher", PASSWORD, Role.RESEARCHER, null, null);

        certification.seed(harbor, lighthouse, mara);
        labor.seed(harbor, lighthouse);
        cases.seed(DemoCertification.DOCUMENTARY, PASSWORD);
    }

    private static GrantTerms terms(RegisteredPerson person, UUID grantee, UUID production, String grantedBy,
            LocalDate givenOn, Set<Aspect> aspects, Set<Purpose> purposes, LocalDate from, LocalDate until,
            String fee, int deletionDays, List<Approval> approvals) {
        return new GrantTerms(person.id(), grantee, grantedBy, givenOn, aspects, purposes,
                GrantScope.production(production), from, until,
                new Compensation(new Money(new BigDecimal(fee), "USD"), CompensationBasis.FLAT),
                new Revocation("consent@harbor-pictures.example", 30),
                new Deletion("delete the replica, its training data and every derived file", deletionDays),
                new Informed("https://harbor-pictures.example/consent/lighthouse-2026", "en"),
                new Evidence(sha256("The Lighthouse Keeper consent of " + person.name()), "Rosa Delgado", "en"),
                approvals);
    }

    private static ConsentEvent event(ConsentStatus status, LocalDate on, String actor, String reason) {
        return ConsentEvent.at(status, on.atTime(10, 0).toInstant(ZoneOffset.UTC), actor, reason);
    }

    /** Prints the demo accounts and their password on the console, never to the log. */
    public void announce() {
        console.println();
        console.println("Guildmark demo: a demonstration guild (Harbor Pictures, The Lighthouse Keeper).");
        console.println("Sign in at /login with any of these accounts; all share the password  " + PASSWORD);
        console.println("(demo only: never run --demo with real people's data or where others can reach it)");
        console.println();
        for (DemoAccount account : ACCOUNTS) {
            console.printf("    %-11s %-15s %s%n", account.username(), account.role().code(), account.actsFor());
        }
        console.println();
        console.flush();
    }

    static String sha256(String text) {
        return FileDigest.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
