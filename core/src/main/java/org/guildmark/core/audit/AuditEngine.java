package org.guildmark.core.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildmark.core.adl.AdlCalculator;
import org.guildmark.core.audit.rules.SyntheticLikenessHasValidConsent;
import org.guildmark.core.code.AssessmentMethod;
import org.guildmark.core.code.Catalogs;
import org.guildmark.core.code.Clause;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.DossierIndex;
import org.guildmark.core.rates.RateScheduleReader;
import org.guildmark.core.rates.RateScheduleResolver;
import org.guildmark.core.read.AssetShift;
import org.guildmark.core.read.DossierReader;
import org.guildmark.core.read.Problem;

/**
 * Audits a dossier against every clause: reader → model → rules → report, in one straight line. Asset rules
 * run as the assets stream past; dossier rules run once at the end, when the ADL is known.
 */
public final class AuditEngine {
    public static final int DEFAULT_FINDINGS_PER_RULE = 1000;

    private static final Map<String, Integer> CLAUSE_ORDER = clauseOrder();

    private final List<AssetRule> assetRules = new ArrayList<>();
    private final List<DossierRule> dossierRules = new ArrayList<>();
    private final int findingsPerRule;
    private final DossierReader reader;
    private RateScheduleResolver rateSchedules = RateScheduleResolver.OFFLINE;

    public AuditEngine() {
        this(Rules.all(), DEFAULT_FINDINGS_PER_RULE);
    }

    public AuditEngine(List<Rule> rules, int findingsPerRule) {
        this(rules, findingsPerRule, DossierReader.Split.DEFAULT);
    }

    /** @param split when a large JSON dossier's assets are read by two threads (the report is the same) */
    public AuditEngine(List<Rule> rules, int findingsPerRule, DossierReader.Split split) {
        for (Rule rule : rules) {
            if (rule instanceof AssetRule a) {
                assetRules.add(a);
            } else if (rule instanceof DossierRule d) {
                dossierRules.add(d);
            }
        }
        this.findingsPerRule = findingsPerRule;
        this.reader = new DossierReader(Catalogs.allClauses().map(Clause::id).collect(Collectors.toSet()), split);
    }

    /** Resolves the dossier's {@code rateSchedule} with {@code resolver} instead of the offline default. */
    public AuditEngine withRateSchedules(RateScheduleResolver resolver) {
        this.rateSchedules = java.util.Objects.requireNonNull(resolver, "resolver");
        return this;
    }

    public AuditReport audit(Path file, String displayName, LocalDate asOf) {
        return audit(file, displayName, asOf, Map.of());
    }

    /**
     * Audits with a consent registry: the synthetic likenesses of people the dossier links to the registry
     * ({@code registryId}) are judged by the registry's decisions, asked in one call before the audit proper. The
     * dossier is read twice (once to collect the questions); an invalid dossier is reported without asking.
     *
     * @throws ConsentRegistry.Unavailable when the registry cannot answer
     */
    public AuditReport audit(Path file, String displayName, LocalDate asOf, ConsentRegistry registry) {
        Path directory = file.toAbsolutePath().getParent();
        DossierReader.Result<RegistryQuestions> questions = reader.read(file, displayName,
                index -> new RegistryQuestions(new AuditContext(index, asOf, null, directory)));
        Map<ConsentQuery, ConsentDecision> decisions = Map.of();
        if (questions.valid() && questions.sink() != null && !questions.sink().queries.isEmpty()) {
            List<ConsentQuery> asked = new ArrayList<>(questions.sink().queries);
            List<ConsentDecision> answers = registry.decide(asked);
            if (answers.size() != asked.size()) {
                throw new ConsentRegistry.Unavailable("the consent registry answered " + answers.size()
                        + " of " + asked.size() + " questions", null);
            }
            Map<ConsentQuery, ConsentDecision> byQuery = new HashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                byQuery.put(asked.get(i), answers.get(i));
            }
            decisions = byQuery;
        }
        return audit(file, displayName, asOf, decisions);
    }

    /** Collects, without duplicates and in file order, what to ask the registry about each synthetic likeness. */
    private static final class RegistryQuestions implements DossierReader.AssetSink {
        final AuditContext context;
        final Set<ConsentQuery> queries = new LinkedHashSet<>();

        RegistryQuestions(AuditContext context) {
            this.context = context;
        }

        @Override
        public void accept(Asset asset) {
            if (context.production() == null) {
                return;
            }
            for (Asset.Likeness use : asset.likeness()) {
                ConsentQuery query = SyntheticLikenessHasValidConsent.registryQuery(asset, use, context);
                if (query != null) {
                    queries.add(query);
                }
            }
        }
    }

    private AuditReport audit(Path file, String displayName, LocalDate asOf,
            Map<ConsentQuery, ConsentDecision> registryDecisions) {
        Path directory = file.toAbsolutePath().getParent();
        DossierReader.Result<StreamingAudit> read = reader.read(file, displayName,
                index -> new StreamingAudit(index, asOf, directory, registryDecisions));
        Dossier dossier = read.dossier();
        List<Problem> errors = new ArrayList<>(read.problems());
        long errorCount = read.problemCount();
        StreamingAudit audit = read.sink();
        if (dossier != null && audit == null) {
            audit = new StreamingAudit(new DossierIndex(dossier), asOf, directory, registryDecisions); // no assets
        }
        if (audit != null) {
            List<Problem> scheduleProblems = audit.useRateSchedule(directory,
                    read.locationOf("rateSchedule", displayName));
            errors.addAll(scheduleProblems);
            errorCount += scheduleProblems.size();
        }
        if (dossier == null || errorCount > 0) {
            return invalid(displayName, read.sha256(), dossier, asOf, errors, errorCount, read.assetCount());
        }
        return audit.finish(displayName, read.sha256(), read.assetCount());
    }

    private AuditReport invalid(String name, String sha256, Dossier dossier, LocalDate asOf, List<Problem> errors,
            long errorCount, long assets) {
        var production = dossier == null ? null : dossier.production();
        return new AuditReport(name, sha256, production == null ? null : production.id(),
                production == null ? null : production.title(), production == null ? "1.0" : production.codeVersion(),
                asOf, null, Verdict.INVALID, new EnumMap<>(Severity.class), List.of(), Map.of(), attestationClauses(),
                List.of(), memberClauses(), List.copyOf(errors), errorCount - errors.size(), assets);
    }

    private static List<String> attestationClauses() {
        return Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.ATTESTATION).stream().map(Clause::id).toList();
    }

    private static List<String> memberClauses() {
        return Catalogs.aimeg().clausesAssessedBy(AssessmentMethod.MEMBER).stream().map(Clause::id).toList();
    }

    /** One pass of the rules over the streamed assets, then the dossier rules. */
    private final class StreamingAudit implements DossierReader.MergeableSink<StreamingAudit> {
        final AuditContext context;
        final AdlCalculator adl;
        final FindingSink findings = new FindingSink(findingsPerRule);

        StreamingAudit(DossierIndex index, LocalDate asOf, Path directory,
                Map<ConsentQuery, ConsentDecision> registryDecisions) {
            this.context = new AuditContext(index, asOf, null, directory);
            this.context.useRegistryDecisions(registryDecisions);
            this.adl = new AdlCalculator(index);
        }

        /**
         * Loads the schedule the dossier names (only dossier rules read it, after the assets); a schedule that
         * cannot be found is reported at {@code location}, where the dossier names it.
         */
        List<Problem> useRateSchedule(Path directory, String location) {
            String reference = context.dossier().rateSchedule();
            if (reference == null) {
                return List.of();
            }
            RateScheduleReader.Result resolved = rateSchedules.resolve(reference, directory, location);
            context.useRateSchedule(resolved.schedule());
            return resolved.problems();
        }

        @Override
        public void accept(Asset asset) {
            if (context.production() == null) {
                return; // the dossier is invalid without it (reported by the reader), and rules need it
            }
            adl.accept(asset);
            context.aiWork().accept(asset);
            for (int i = 0; i < assetRules.size(); i++) { // no iterator: this runs for every asset
                assetRules.get(i).check(asset, context, findings);
            }
        }

        @Override
        public void absorb(StreamingAudit later, AssetShift shift) {
            adl.absorb(later.adl);
            context.aiWork().absorb(later.context.aiWork(), shift::apply);
            findings.absorb(later.findings, shift::pointer);
        }

        AuditReport finish(String name, String sha256, long assets) {
            context.complete(adl.result());
            for (DossierRule rule : dossierRules) {
                rule.check(context, findings);
            }
            List<Finding> sorted = new ArrayList<>(findings.findings());
            sorted.sort(ORDER);
            List<String> required = attestationClauses();
            List<String> missing = context.unattested(AssessmentMethod.ATTESTATION).stream().map(Clause::id).toList();
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                counts.put(s, findings.count(s));
            }
            Verdict verdict = findings.count(Severity.BLOCKING) == 0 && missing.isEmpty()
                    ? Verdict.CERTIFIABLE : Verdict.NOT_CERTIFIABLE;
            var production = context.production();
            return new AuditReport(name, sha256, production.id(), production.title(), production.codeVersion(),
                    context.asOf(), context.adl(), verdict, counts, List.copyOf(sorted), findings.omitted(), required,
                    missing, memberClauses(), List.of(), 0, assets);
        }
    }

    /** Most severe first, then in the Code's order, then by rule and subject; ties broken by the stable id. */
    static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> CLAUSE_ORDER.getOrDefault(f.clause(), Integer.MAX_VALUE))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::subject, AuditEngine::comparePointers)
            .thenComparing(Finding::id);

    private static Map<String, Integer> clauseOrder() {
        Map<String, Integer> order = new HashMap<>();
        List<Clause> clauses = Catalogs.allClauses().toList();
        for (int i = 0; i < clauses.size(); i++) {
            order.put(clauses.get(i).id(), i);
        }
        return order;
    }

    /** Compares JSON pointers segment by segment, numbers as numbers ({@code /assets/9} before {@code /assets/10}). */
    static int comparePointers(String a, String b) {
        String[] pa = a.split("/", -1);
        String[] pb = b.split("/", -1);
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareSegments(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 19;
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 19;
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }
}
