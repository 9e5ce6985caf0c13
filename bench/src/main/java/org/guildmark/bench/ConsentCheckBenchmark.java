package org.guildmark.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentEvaluator;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Person;

/**
 * Times the pure consent evaluator on one thread over a realistic mix ({@link ConsentMix}) and, in the same
 * process, the loop that merely fetches each query's inputs (the person's consents and the person, by id from a
 * hash map): the baseline. Reports medians over several rounds, decisions per second against the target of
 * issue 4 (at least 1,000,000 per second per core), and the ratio of the two; exits 1 when the target is missed.
 * {@code --check} only verifies that the mix permits and denies for every reason the evaluator gives.
 */
public final class ConsentCheckBenchmark {
    static final double TARGET_DECISIONS_PER_SECOND = 1_000_000;

    /** Every reason the pure evaluator can give; {@code withdrawn} is a registry status, not a check outcome. */
    static final Set<DenyReason> EVALUATOR_REASONS = EnumSet.complementOf(EnumSet.of(DenyReason.WITHDRAWN));

    public static void main(String[] args) {
        int people = 10_000;
        int queries = 1 << 16;
        long decisions = 5_000_000;
        int rounds = 5;
        boolean checkOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--people" -> people = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--decisions" -> decisions = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--check" -> checkOnly = true;
                default -> {
                    System.err.println("usage: ConsentCheckBenchmark [--people P] [--queries Q] [--decisions N] "
                            + "[--rounds R] [--check]");
                    System.exit(2);
                }
            }
        }
        ConsentMix mix = ConsentMix.generate(people, queries, 42);
        Outcomes outcomes = outcomes(mix);
        System.out.printf(Locale.ROOT, "mix: %,d people · %,d consents · %,d distinct queries · %s · %s%n", people,
                mix.consentsByPerson.values().stream().mapToInt(List::size).sum(), queries, outcomes,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        Set<DenyReason> missing = outcomes.missing();
        if (outcomes.permits == 0 || !missing.isEmpty()) {
            System.out.println("MIX INCOMPLETE: " + (outcomes.permits == 0 ? "no permits " : "") + "missing " + missing);
            System.exit(1);
        }
        if (checkOnly) {
            System.out.println("mix check passed: permits and every deny reason " + EVALUATOR_REASONS);
            return;
        }

        for (int i = 0; i < 5; i++) { // warm the JIT on both loops
            baseline(mix, decisions / 5);
            evaluate(mix, decisions / 5);
        }
        long[] base = new long[rounds];
        long[] eval = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            final long n = decisions;
            base[r] = timed(() -> baseline(mix, n));
            eval[r] = timed(() -> evaluate(mix, n));
            System.out.printf(Locale.ROOT, "round %d: fetch inputs %.3f s · fetch + evaluate %.3f s (%,.0f decisions/s)%n",
                    r + 1, base[r] / 1e9, eval[r] / 1e9, decisions / (eval[r] / 1e9));
        }
        double b = median(base);
        double e = median(eval);
        double rate = decisions / (e / 1e9);
        System.out.println();
        System.out.printf(Locale.ROOT, "| measure (%,d decisions, one thread) | median |%n", decisions);
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| fetch each query's inputs from hash maps (baseline) | %.3f s (%.1f ns/query) |%n",
                b / 1e9, b / decisions);
        System.out.printf(Locale.ROOT, "| fetch inputs + `ConsentEvaluator.evaluate` | %.3f s (%.1f ns/decision) |%n",
                e / 1e9, e / decisions);
        System.out.printf(Locale.ROOT, "| **decisions per second, one core** | **%,.0f** (target ≥ %,.0f) |%n", rate,
                TARGET_DECISIONS_PER_SECOND);
        System.out.printf(Locale.ROOT, "| evaluate ÷ baseline | %.2f× |%n", e / b);
        boolean met = rate >= TARGET_DECISIONS_PER_SECOND;
        System.out.println(met ? "target met" : "TARGET MISSED");
        System.exit(met ? 0 : 1);
    }

    /** How often the mix permits, and how often each reason appears in a denial, over the distinct queries. */
    static Outcomes outcomes(ConsentMix mix) {
        Outcomes outcomes = new Outcomes();
        for (ConsentQuery q : mix.queries) {
            ConsentDecision d = ConsentEvaluator.evaluate(q, mix.consentsByPerson.getOrDefault(q.person(), List.of()),
                    mix.people.get(q.person()));
            if (d instanceof ConsentDecision.Deny deny) {
                outcomes.denies++;
                for (DenyReason reason : deny.reasons()) {
                    outcomes.reasons.merge(reason, 1, Integer::sum);
                }
            } else {
                outcomes.permits++;
            }
        }
        return outcomes;
    }

    static final class Outcomes {
        int permits;
        int denies;
        final Map<DenyReason, Integer> reasons = new EnumMap<>(DenyReason.class);

        Set<DenyReason> missing() {
            Set<DenyReason> missing = EnumSet.copyOf(EVALUATOR_REASONS);
            missing.removeAll(reasons.keySet());
            return missing;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f %% permit · denial reasons %s", 100.0 * permits / (permits + denies),
                    reasons);
        }
    }

    /** The baseline: fetch each query's inputs as the evaluating loop does, and consume them. */
    static long baseline(ConsentMix mix, long decisions) {
        ConsentQuery[] queries = mix.queries;
        Map<String, List<Consent>> consents = mix.consentsByPerson;
        Map<String, Person> people = mix.people;
        long sum = 0;
        for (long i = 0; i < decisions; i++) {
            ConsentQuery q = queries[(int) (i % queries.length)];
            List<Consent> candidates = consents.getOrDefault(q.person(), List.of());
            Person person = people.get(q.person());
            sum += candidates.size() + (person != null ? 1 : 0);
        }
        return sum;
    }

    /** The measured work: fetch the same inputs, decide, and count the permits so the decisions stay live. */
    static long evaluate(ConsentMix mix, long decisions) {
        ConsentQuery[] queries = mix.queries;
        Map<String, List<Consent>> consents = mix.consentsByPerson;
        Map<String, Person> people = mix.people;
        long permits = 0;
        for (long i = 0; i < decisions; i++) {
            ConsentQuery q = queries[(int) (i % queries.length)];
            List<Consent> candidates = consents.getOrDefault(q.person(), List.of());
            Person person = people.get(q.person());
            ConsentDecision d = ConsentEvaluator.evaluate(q, candidates, person);
            if (d.permitted()) {
                permits++;
            } else {
                permits += (long) ((ConsentDecision.Deny) d).reasons().size() << 32; // denials stay live too
            }
        }
        return permits;
    }

    private static long timed(java.util.function.LongSupplier work) {
        System.gc();
        long start = System.nanoTime();
        long sink = work.getAsLong();
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println(sink);
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
