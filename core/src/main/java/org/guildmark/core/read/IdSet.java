package org.guildmark.core.read;

/**
 * Remembers which asset ids were seen, and where first, in 24 bytes an id whatever its length: the id is kept
 * as two independent 64-bit hashes (a false "duplicate" needs a 128-bit collision). This is the only thing
 * the reader keeps per asset, so duplicate ids are found in a stream of millions without holding the ids.
 */
final class IdSet {
    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private long[] first = new long[1 << 12];
    private int size;

    /** Adds the id; returns the index it was first seen at, or -1 if it is new. */
    long addOrFirst(String id, long index) {
        long h = hash(id, 0x9E3779B97F4A7C15L);
        long l = hash(id, 0xC2B2AE3D27D4EB4FL);
        if (h == 0 && l == 0) {
            l = 1;
        }
        int mask = high.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (high[slot] != 0 || low[slot] != 0) {
            if (high[slot] == h && low[slot] == l) {
                return first[slot];
            }
            slot = (slot + 1) & mask;
        }
        high[slot] = h;
        low[slot] = l;
        first[slot] = index;
        if (++size * 2 > high.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldFirst = first;
        high = new long[oldHigh.length * 2];
        low = new long[oldHigh.length * 2];
        first = new long[oldHigh.length * 2];
        int mask = high.length - 1;
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                int slot = (int) (oldHigh[i] ^ (oldHigh[i] >>> 32)) & mask;
                while (high[slot] != 0 || low[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                first[slot] = oldFirst[i];
            }
        }
    }

    private static long hash(String s, long seed) {
        long h = seed ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 29) * seed;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
