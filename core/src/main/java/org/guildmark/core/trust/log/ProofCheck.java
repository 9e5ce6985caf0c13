package org.guildmark.core.trust.log;

import java.util.HexFormat;

/**
 * The outcome of verifying an inclusion or consistency proof: {@link Verified}, or the one check that failed.
 */
public sealed interface ProofCheck {

    /** Whether the proof verified. */
    default boolean verified() {
        return this instanceof Verified;
    }

    /** What happened, in a sentence a person can act on. */
    String reason();

    record Verified() implements ProofCheck {
        @Override
        public String reason() {
            return "the proof verifies";
        }
    }

    /** The leaf index is not inside the tree the proof claims. */
    record IndexBeyondSize(long index, long size) implements ProofCheck {
        @Override
        public String reason() {
            return "leaf index " + index + " is not in a tree of size " + size;
        }
    }

    /** A consistency proof from a larger tree to a smaller one. */
    record SizesOutOfOrder(long from, long to) implements ProofCheck {
        @Override
        public String reason() {
            return "a log never shrinks: size " + from + " cannot precede size " + to;
        }
    }

    /** A proof element (or a root or leaf hash given to check against) that is not a 32-byte hash. */
    record MalformedHash(String which, int length) implements ProofCheck {
        @Override
        public String reason() {
            return which + " is " + length + " bytes long, not a 32-byte SHA-256 hash";
        }
    }

    /** More hashes than the tree's shape needs. */
    record ProofTooLong(int length) implements ProofCheck {
        @Override
        public String reason() {
            return "the proof has more hashes (" + length + ") than the tree's shape allows";
        }
    }

    /** Fewer hashes than the tree's shape needs (including an empty proof between different sizes). */
    record ProofTooShort(int length) implements ProofCheck {
        @Override
        public String reason() {
            return "the proof has too few hashes (" + length + ") for the tree's shape";
        }
    }

    /** Hashes where none belong: between equal sizes, from the empty tree, or for a one-leaf tree. */
    record UnexpectedHashes(int length) implements ProofCheck {
        @Override
        public String reason() {
            return "the proof should be empty for these sizes but has " + length + " hashes";
        }
    }

    /** The hashes are well formed but lead to a different root. {@code which} names the root compared. */
    record RootMismatch(String which, byte[] expected, byte[] computed) implements ProofCheck {
        @Override
        public String reason() {
            return "the proof leads to " + which + " " + HexFormat.of().formatHex(computed) + ", expected "
                    + HexFormat.of().formatHex(expected);
        }
    }
}
