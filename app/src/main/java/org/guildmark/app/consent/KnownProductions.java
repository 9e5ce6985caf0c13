package org.guildmark.app.consent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.guildmark.app.consent.CandidateConsents.Production;

/**
 * The productions checks name, kept for a few seconds per node so that a stream of checks for the same few
 * productions does not look each up again. Only productions found are kept: the registry never changes a
 * production's id, code or organization, nor deletes one, so a kept answer cannot go wrong, while a production
 * registered a moment ago is found at once.
 */
final class KnownProductions {

    static final Duration KEPT_FOR = Duration.ofSeconds(10);
    private static final int MOST_KEPT = 10_000;

    private final CandidateConsents candidates;
    private final Cache<String, Production> byReference;

    KnownProductions(CandidateConsents candidates) {
        this.candidates = candidates;
        this.byReference = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(MOST_KEPT).build();
    }

    /** The productions named by id or code, by each name they were asked by; unknown names are left out. */
    Map<String, Production> of(Collection<String> references) {
        Map<String, Production> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String reference : references) {
            Production known = byReference.getIfPresent(reference);
            if (known != null) {
                found.put(reference, known);
            } else {
                missing.add(reference);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Production> looked = candidates.productions(missing);
            byReference.putAll(looked);
            found.putAll(looked);
        }
        return found;
    }
}
