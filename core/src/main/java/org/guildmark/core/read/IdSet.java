package org.guildmark.core.read;

/**
 * Remembers which asset ids were seen, and where first, in 24 bytes an id whatever its length: the id is kept
 * as two independent 64-bit hashes (a false "duplicate" needs a 128-bit collision) beside the index where it
 * first appeared, interleaved so one probe touches one cache line. This is the only thing the reader keeps per
 * asset, so duplicate ids are found in a stream of millions without holding the ids.
 */
final class IdSet {
    private static final int STRIDE = 3;
    private long[] table;
    private int capacity;
    private int size;

    /** @param expected a guess of how many ids will come, to avoid growing the table many times */
    IdSet(long expected) {
        capacity = Integer.highestOneBit((int) Math.max(1 << 12, Math.min(expected * 2, 1 << 28)) - 1) << 1;
        table = new long[capacity * STRIDE];
    }

    /** Adds the id; returns the index it was first seen at, or -1 if it is new. */
    long addOrFirst(String id, long index) {
        long h1 = 0x9E3779B97F4A7C15L;
        long h2 = 0xC2B2AE3D27D4EB4FL;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            h1 = (h1 ^ c) * 0x100000001B3L;
            h2 = (h2 + c) * 0xFF51AFD7ED558CCDL;
        }
        h1 = mix(h1 ^ id.length());
        h2 = mix(h2);
        if (h1 == 0 && h2 == 0) {
            h2 = 1;
        }
        int mask = capacity - 1;
        int slot = (int) h1 & mask;
        while (true) {
            int at = slot * STRIDE;
            long a = table[at];
            long b = table[at + 1];
            if (a == 0 && b == 0) {
                table[at] = h1;
                table[at + 1] = h2;
                table[at + 2] = index;
                if (++size * 2 > capacity) {
                    grow();
                }
                return -1;
            }
            if (a == h1 && b == h2) {
                return table[at + 2];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether an id is in both sets; each probe is a lookup in {@code other}, which is not changed. */
    boolean sharesAnyWith(IdSet other) {
        for (int at = 0; at < table.length; at += STRIDE) {
            if ((table[at] != 0 || table[at + 1] != 0) && other.contains(table[at], table[at + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(long h1, long h2) {
        int mask = capacity - 1;
        int slot = (int) h1 & mask;
        while (true) {
            int at = slot * STRIDE;
            long a = table[at];
            long b = table[at + 1];
            if (a == 0 && b == 0) {
                return false;
            }
            if (a == h1 && b == h2) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private void grow() {
        long[] old = table;
        capacity *= 2;
        table = new long[capacity * STRIDE];
        int mask = capacity - 1;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at] != 0 || old[at + 1] != 0) {
                int slot = (int) old[at] & mask;
                while (table[slot * STRIDE] != 0 || table[slot * STRIDE + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, table, slot * STRIDE, STRIDE);
            }
        }
    }
}
