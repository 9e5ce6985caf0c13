package org.guildmark.core.trust.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.guildmark.core.trust.TrustFormatException;

/**
 * A C2SP tlog-checkpoint: the origin line naming the log, the tree size in decimal, the root hash in standard
 * base64, then optional extension lines, every line ending in a newline. Signed as a C2SP signed note whose key
 * name is the origin.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n") || !origin.equals(origin.strip())) {
            throw new TrustFormatException("origin", "one non-empty line without surrounding spaces");
        }
        if (size < 0) {
            throw new TrustFormatException("size", "a tree size is not negative");
        }
        if (rootHash.length != MerkleHashing.HASH_LENGTH) {
            throw new TrustFormatException("root hash", "a root hash is 32 bytes");
        }
        for (String e : extensions) {
            if (e.isEmpty() || e.contains("\n")) {
                throw new TrustFormatException("extension", "each extension is one non-empty line");
            }
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /**
     * The origin of the log a Guildmark issuer runs: the issuer URL without its scheme and trailing slashes, then
     * {@code /log} ({@code https://guild.example/} gives {@code guild.example/log}). Both the server that signs
     * checkpoints and the offline verifier derive it this way, so a checkpoint of another log is told apart.
     */
    public static String originFor(String issuer) {
        String s = issuer.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            s = s.substring(8);
        } else if (lower.startsWith("http://")) {
            s = s.substring(7);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "/log";
    }

    /** The note text: origin, size, base64 root, extensions, each line ending in a newline. */
    public String text() {
        StringBuilder b = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(e -> b.append(e).append('\n'));
        return b.toString();
    }

    /** Parses a checkpoint note text strictly (a signed note's text, without the signatures). */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new TrustFormatException("", "every checkpoint line ends in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new TrustFormatException("", "a checkpoint has an origin, a size and a root hash line");
        }
        if (lines[0].isEmpty()) {
            throw new TrustFormatException("line 1", "the origin is empty");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new TrustFormatException("line 2", "the tree size is a decimal number without leading zeros");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new TrustFormatException("line 2", "the tree size is too large");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new TrustFormatException("line 3", "the root hash is not standard base64");
        }
        if (root.length != MerkleHashing.HASH_LENGTH) {
            throw new TrustFormatException("line 3", "the root hash is " + root.length + " bytes, not 32");
        }
        List<String> extensions = new ArrayList<>(Arrays.asList(lines).subList(3, lines.length));
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).isEmpty()) {
                throw new TrustFormatException("line " + (i + 4), "an extension line is not empty");
            }
        }
        return new Checkpoint(lines[0], size, root, extensions);
    }
}
