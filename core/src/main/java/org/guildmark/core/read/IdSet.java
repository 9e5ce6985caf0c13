package org.guildmark.core.read;

/**
 * Remembers which asset ids were seen, and where first, in 16 bytes an id whatever its length: a 64-bit hash of
 * the id, then a second, independent hash's upper 32 bits beside the 32-bit index where it first appeared (a
 * false "duplicate" needs a 96-bit collision). This is the only thing the reader keeps per asset, so duplicate
 * ids are found in a stream of millions without holding the ids.
 *
 * <p>With millions of ids the table is far larger than the CPU's caches, so nearly every probe misses them; a
 * caller that hashes a batch of ids first and then adds them in one tight loop, whose iterations do not depend on
 * each other, lets the CPU wait for several misses at once instead of one at a time ({@link IdCheck} does).
 */
final class IdSet {
    private static final long INDEX = 0xFFFF_FFFFL;

    private long[] table;
    private int capacity;
    private int size;

    /** @param expected a guess of how many ids will come, to avoid growing the table many times */
    IdSet(long expected) {
        capacity = Integer.highestOneBit((int) Math.max(1 << 12, Math.min(expected * 2, 1 << 28)) - 1) << 1;
        table = new long[capacity * 2];
    }

    /** The id's first hash: never 0, which marks an empty slot. */
    static long firstHash(String id) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
        }
        h = mix(h ^ id.length());
        return h == 0 ? 1 : h;
    }

    /** The id's second hash, independent of the first; only its upper 32 bits are kept. */
    static long secondHash(String id) {
        long h = 0xC2B2AE3D27D4EB4FL;
        for (int i = 0; i < id.length(); i++) {
            h = (h + id.charAt(i)) * 0xFF51AFD7ED558CCDL;
        }
        return mix(h);
    }

    /**
     * Adds the id given by its two hashes, first seen at {@code index} (0 to 2³²−1); returns the index it was first
     * seen at before, or -1 if it is new.
     */
    long addOrFirst(long h1, long h2, long index) {
        long h2AndIndex = (h2 & ~INDEX) | (index & INDEX);
        int mask = capacity - 1;
        int slot = (int) h1 & mask;
        while (true) {
            int at = slot * 2;
            long a = table[at];
            if (a == 0) {
                table[at] = h1;
                table[at + 1] = h2AndIndex;
                if (++size * 2 > capacity) {
                    grow();
                }
                return -1;
            }
            long b = table[at + 1];
            if (a == h1 && (b & ~INDEX) == (h2AndIndex & ~INDEX)) {
                return b & INDEX;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether an id is in both sets; each probe is a lookup in {@code other}, which is not changed. */
    boolean sharesAnyWith(IdSet other) {
        for (int at = 0; at < table.length; at += 2) {
            if (table[at] != 0 && other.contains(table[at], table[at + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(long h1, long h2AndIndex) {
        int mask = capacity - 1;
        int slot = (int) h1 & mask;
        while (true) {
            int at = slot * 2;
            long a = table[at];
            if (a == 0) {
                return false;
            }
            if (a == h1 && (table[at + 1] & ~INDEX) == (h2AndIndex & ~INDEX)) {
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
        table = new long[capacity * 2];
        int mask = capacity - 1;
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != 0) {
                int slot = (int) old[at] & mask;
                while (table[slot * 2] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot * 2] = old[at];
                table[slot * 2 + 1] = old[at + 1];
            }
        }
    }
}
