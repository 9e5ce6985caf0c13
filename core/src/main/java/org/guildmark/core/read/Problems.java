package org.guildmark.core.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems up to a limit and counts the rest, so a file with a million broken assets neither
 * floods the report nor the heap.
 */
public final class Problems {
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private long total;

    public Problems() {
        this(DEFAULT_LIMIT);
    }

    public Problems(int limit) {
        this.limit = limit;
    }

    public void add(Problem problem) {
        total++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    public void addAll(Problems other) {
        for (Problem p : other.kept) {
            add(p);
        }
        total += other.total - other.kept.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    /** The kept problems, in file order. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    public long omitted() {
        return total - kept.size();
    }
}
