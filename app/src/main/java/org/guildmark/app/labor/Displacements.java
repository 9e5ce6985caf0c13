package org.guildmark.app.labor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildmark.app.registry.Caller;
import org.guildmark.app.registry.Organizations;
import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.guildmark.core.dossier.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Displacement and support (IATSE principles 1 and 4): a production records the roles it replaced with AI, how
 * many workers and their union Local, and the support it promised (retraining, transition, redeployment,
 * severance) with amounts and due dates; it then confirms each promise delivered. A union researcher reads the
 * displacement affecting the Locals an admin granted them; admins and officers read every Local. Nothing here
 * names a worker.
 */
@Service
public class Displacements {

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,99}";

    private final DisplacementStore store;
    private final Organizations organizations;
    private final Accounts accounts;
    private final TransactionOperations transactions;
    private final Clock clock;

    Displacements(DisplacementStore store, Organizations organizations, Accounts accounts,
            TransactionOperations transactions, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A production of the caller's organization with its displacements. */
    public record ProductionDisplacements(Organizations.ListedProduction production, List<Displacement> displacements) {
    }

    public List<ProductionDisplacements> overview(Caller caller) {
        if (!(caller instanceof Caller.Production p) || p.organization() == null) {
            return List.of();
        }
        return organizations.productions(p.organization(), 1000, 0).stream()
                .map(production -> new ProductionDisplacements(production, store.ofProduction(production.id())))
                .toList();
    }

    /** The form's fields, as typed, so a refused form comes back whole. */
    public record DisplacementForm(String production, String role, String department, String unionLocal,
            String workers, String displacedOn, String unionNotifiedOn, String note) {
    }

    public Displacement record(Caller caller, DisplacementForm form) {
        List<LineProblem> problems = new ArrayList<>();
        UUID production = uuid("production", form.production(), problems);
        String role = code("role", form.role(), "the displaced role's code (e.g. storyboard-artist)", problems);
        String department = code("department", form.department(), "the department's code (e.g. art)", problems);
        String local = text("unionLocal", form.unionLocal(), 200, false, problems);
        Integer workers = count("workers", form.workers(), problems);
        LocalDate on = date("displacedOn", form.displacedOn(), true, problems);
        LocalDate notified = date("unionNotifiedOn", form.unionNotifiedOn(), false, problems);
        String note = text("note", form.note(), 2000, false, problems);
        if (on != null && on.isAfter(today().plusYears(1))) {
            problems.add(new LineProblem(0, "displacedOn", "Record a displacement at most a year ahead."));
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The displacement was not recorded.", problems);
        }
        productionOf(caller, production);
        Displacement d = new Displacement(UUID.randomUUID(), production, role, department, local, workers, on,
                notified, note, caller.username(), now(), List.of());
        store.insert(d);
        return d;
    }

    public record SupportForm(String kind, String description, String workers, String amount, String currency,
            String dueOn) {
    }

    public Displacement.Support promise(Caller caller, UUID displacement, SupportForm form) {
        Displacement d = displacement(caller, displacement);
        List<LineProblem> problems = new ArrayList<>();
        Optional<SupportKind> kind = SupportKind.ofCode(form.kind() == null ? "" : form.kind().trim());
        if (kind.isEmpty()) {
            problems.add(new LineProblem(0, "kind", "Choose retraining, transition, redeployment or severance."));
        }
        String description = text("description", form.description(), 1000, true, problems);
        Integer workers = count("workers", form.workers(), problems);
        if (workers != null && workers > d.workers()) {
            problems.add(new LineProblem(0, "workers", "The displacement counts " + d.workers()
                    + " workers; support cannot cover more."));
        }
        Money amount = money(form.amount(), form.currency(), problems);
        if (kind.orElse(null) == SupportKind.SEVERANCE && amount == null && problems.stream()
                .noneMatch(p -> p.where().equals("amount"))) {
            problems.add(new LineProblem(0, "amount", "Severance is an amount; give it with its currency."));
        }
        LocalDate due = date("dueOn", form.dueOn(), true, problems);
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The support was not recorded.", problems);
        }
        Displacement.Support s = new Displacement.Support(UUID.randomUUID(), d.id(), kind.get(), description,
                workers, amount, due, caller.username(), now(), null);
        store.insert(s);
        return s;
    }

    /** Confirms promised support delivered; a second confirmation is refused, the first stands. */
    public void deliver(Caller caller, UUID support, String deliveredOn, String note) {
        UUID displacement = store.displacementOf(support)
                .orElseThrow(() -> new LaborRefusal.NotFound("No such support."));
        displacement(caller, displacement);
        List<LineProblem> problems = new ArrayList<>();
        LocalDate on = date("deliveredOn", deliveredOn, true, problems);
        String n = text("note", note, 2000, false, problems);
        if (on != null && on.isAfter(today())) {
            problems.add(new LineProblem(0, "deliveredOn", "Confirm support once it is delivered, not ahead."));
        }
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("The delivery was not recorded.", problems);
        }
        boolean recorded = Boolean.TRUE.equals(transactions.execute(status ->
                store.deliver(support, new Displacement.Delivery(on, n, caller.username(), now()))));
        if (!recorded) {
            throw new LaborRefusal.Conflict("This support was confirmed delivered already.");
        }
    }

    /** A production's displacement, NotFound unless the caller's organization made it. */
    public Displacement displacement(Caller caller, UUID id) {
        Displacement d = store.find(id).orElseThrow(() -> new LaborRefusal.NotFound("No such displacement."));
        productionOf(caller, d.production());
        return d;
    }

    /** What a union sees: each displacement in its Locals, with the production's title and code. */
    public record LocalDisplacement(Displacement displacement, String productionTitle, String productionCode) {
    }

    /** The Locals this account reads: admins and officers every Local, a researcher the ones granted. */
    public List<String> localsFor(String username, Role role) {
        if (role == Role.ADMIN || role == Role.OFFICER) {
            return store.locals();
        }
        return role == Role.RESEARCHER ? store.localsOf(username) : List.of();
    }

    public List<LocalDisplacement> forLocals(List<String> locals) {
        Map<UUID, Optional<Organizations.Production>> productions = new java.util.HashMap<>();
        return store.ofLocals(locals).stream().map(d -> {
            Optional<Organizations.Production> p = productions.computeIfAbsent(d.production(),
                    organizations::findProduction);
            return new LocalDisplacement(d, p.map(Organizations.Production::title).orElse("?"),
                    p.map(Organizations.Production::code).orElse("?"));
        }).toList();
    }

    /** Every displacement, for the workforce figures (which publish only aggregates). */
    List<Displacement> all() {
        return store.all();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Admins grant researcher accounts the Locals they read.

    public record Reader(String username, String local) {
    }

    public List<Reader> readers() {
        return store.readers().stream().map(r -> new Reader(r[0], r[1])).toList();
    }

    public void grantLocal(String admin, String username, String local) {
        List<LineProblem> problems = new ArrayList<>();
        String u = username == null ? "" : username.trim();
        Optional<Account> account = u.isEmpty() ? Optional.empty() : accounts.find(u);
        if (account.isEmpty() || account.get().role() != Role.RESEARCHER) {
            problems.add(new LineProblem(0, "username", u.isEmpty() ? "Give the researcher's username."
                    : "There is no researcher account '" + u + "'."));
        }
        String l = text("local", local, 200, true, problems);
        if (!problems.isEmpty()) {
            throw new LaborRefusal.Invalid("Nothing was granted.", problems);
        }
        // The Local as productions wrote it, when one did, so the match does not depend on case.
        String canonical = store.locals().stream().filter(x -> x.equalsIgnoreCase(l)).findFirst().orElse(l);
        try {
            store.grantLocal(u, canonical, admin, now());
        } catch (DuplicateKeyException e) {
            throw new LaborRefusal.Invalid("Nothing was granted.", List.of(new LineProblem(0, "local",
                    u + " reads " + canonical + " already.")));
        }
    }

    public void revokeLocal(String username, String local) {
        if (!store.revokeLocal(username == null ? "" : username, local == null ? "" : local)) {
            throw new LaborRefusal.NotFound("No such grant.");
        }
    }

    // Validation, each problem naming its field.

    private Organizations.Production productionOf(Caller caller, UUID production) {
        Organizations.Production target = organizations.findProduction(production).orElse(null);
        if (target == null || !(caller instanceof Caller.Production p) || p.organization() == null
                || !p.organization().equals(target.organization())) {
            throw new LaborRefusal.NotFound("There is no such production of your organization.");
        }
        return target;
    }

    private static UUID uuid(String field, String text, List<LineProblem> problems) {
        try {
            return UUID.fromString(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(0, field, "Choose the production."));
            return null;
        }
    }

    private static String code(String field, String text, String what, List<LineProblem> problems) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (!t.matches(CODE)) {
            problems.add(new LineProblem(0, field, "Give " + what + ": lower-case letters, digits and hyphens."));
            return null;
        }
        return t;
    }

    private static String text(String field, String text, int max, boolean required, List<LineProblem> problems) {
        String t = text == null || text.isBlank() ? null : text.trim();
        if (t == null && required) {
            problems.add(new LineProblem(0, field, "This is required."));
        } else if (t != null && t.length() > max) {
            problems.add(new LineProblem(0, field, "Keep it within " + max + " characters."));
            return null;
        }
        return t;
    }

    private static Integer count(String field, String text, List<LineProblem> problems) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("[0-9]{1,6}") || Integer.parseInt(t) < 1) {
            problems.add(new LineProblem(0, field, "Give the number of workers, 1 or more, as digits."));
            return null;
        }
        return Integer.parseInt(t);
    }

    private static LocalDate date(String field, String text, boolean required, List<LineProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new LineProblem(0, field, "Give the date (YYYY-MM-DD)."));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(0, field, "'" + text + "' is not a date; write YYYY-MM-DD."));
            return null;
        }
    }

    /** An optional amount: blank means none; otherwise a non-negative decimal with an ISO 4217 currency. */
    private static Money money(String amount, String currency, List<LineProblem> problems) {
        String a = amount == null ? "" : amount.trim();
        String c = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        if (a.isEmpty()) {
            return null;
        }
        if (!a.matches("-?[0-9]{1,15}(\\.[0-9]{1,4})?")) {
            problems.add(new LineProblem(0, "amount", "'" + a + "' is not an amount; write digits with a decimal "
                    + "point, e.g. 4500.00, without a currency sign."));
            return null;
        }
        BigDecimal value = new BigDecimal(a);
        if (value.signum() < 0) {
            problems.add(new LineProblem(0, "amount", "An amount of support cannot be negative."));
            return null;
        }
        try {
            java.util.Currency.getInstance(c);
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(0, "currency", "Give the amount's ISO 4217 currency (e.g. USD)."));
            return null;
        }
        return new Money(value, c);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Workers displaced by Local, for the union page's summary. */
    public static Map<String, Integer> workersByLocal(List<LocalDisplacement> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.displacement().unionLocal(),
                java.util.TreeMap::new, Collectors.summingInt(r -> r.displacement().workers())));
    }
}
