package org.guildmark.core.trust.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.guildmark.core.trust.TrustFormatException;

/**
 * A C2SP signed note: UTF-8 text ending in a newline, a blank line, then one or more signature lines
 * {@code — <key name> base64(keyID[4] ‖ signature)}. Parsing is strict on the format; checking tolerates
 * signatures by keys the reader does not know (a witness's cosignature, say).
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
    /** An em dash (U+2014) and a space. */
    static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int MAX_SIGNATURES = 100;

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** Parses a signed note; a {@link TrustFormatException} says which rule the input breaks. */
    public static SignedNote parse(byte[] note) {
        String all;
        try {
            all = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(note)).toString();
        } catch (CharacterCodingException e) {
            throw new TrustFormatException("", "the note is not valid UTF-8");
        }
        return parse(all);
    }

    public static SignedNote parse(String note) {
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new TrustFormatException("", "control character U+" + String.format("%04X", (int) c)
                        + " at offset " + i + " (only \\n may end lines; no \\r)");
            }
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new TrustFormatException("", "no blank line between the text and the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new TrustFormatException("signatures", "at least one signature line, each ending in a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        int lineNumber = text.split("\n", -1).length + 1;
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            signatures.add(signatureLine(line, "line " + lineNumber++));
            if (signatures.size() > MAX_SIGNATURES) {
                throw new TrustFormatException("signatures", "more than " + MAX_SIGNATURES + " signatures");
            }
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature signatureLine(String line, String where) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new TrustFormatException(where, "a signature line starts with an em dash (U+2014) and a space");
        }
        String rest = line.substring(SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new TrustFormatException(where, "a signature line is '— <key name> <base64 signature>'");
        }
        String name = rest.substring(0, space);
        String encoded = rest.substring(space + 1);
        if (!NoteNames.valid(name)) {
            throw new TrustFormatException(where, "the key name '" + name + "' is empty or has spaces or '+'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new TrustFormatException(where, "the signature is not standard base64");
        }
        if (bytes.length < 5) {
            throw new TrustFormatException(where, "the signature is shorter than a key ID and one byte");
        }
        return new NoteSignature(name, ByteBuffer.wrap(bytes, 0, 4).getInt(), Arrays.copyOfRange(bytes, 4,
                bytes.length));
    }

    /** Parses and checks a note in one step, never throwing: malformed input is a {@link NoteCheck.Malformed}. */
    public static NoteCheck open(String note, Collection<NoteVerifierKey> trusted) {
        SignedNote parsed;
        try {
            parsed = parse(note);
        } catch (TrustFormatException e) {
            return new NoteCheck.Malformed(e.getMessage());
        }
        return parsed.check(trusted);
    }

    /**
     * Checks the signatures against {@code trusted}: verified if at least one trusted key signed and no trusted
     * key's signature is bad. Signatures by other keys are reported as unknown, not as failures.
     */
    public NoteCheck check(Collection<NoteVerifierKey> trusted) {
        List<NoteSignature> verified = new ArrayList<>();
        Set<NoteSignature> unknown = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (NoteSignature s : signatures) {
            List<NoteVerifierKey> keys = trusted.stream()
                    .filter(k -> k.name().equals(s.name()) && k.keyId() == s.keyId()).distinct().toList();
            if (keys.isEmpty()) {
                unknown.add(s);
                continue;
            }
            if (!seen.add(s.keyLabel())) {
                continue;
            }
            if (keys.stream().noneMatch(k -> k.verifies(text, s.signature()))) {
                return new NoteCheck.BadSignature(s.keyLabel());
            }
            verified.add(s);
        }
        if (verified.isEmpty()) {
            return new NoteCheck.NoTrustedSignature(signatures.stream().map(NoteSignature::keyLabel).distinct()
                    .toList());
        }
        return new NoteCheck.Verified(this, List.copyOf(verified), List.copyOf(unknown));
    }

    /** A note text is non-empty, ends in a newline, has no blank line (it would split the note) and no controls. */
    static void requireValidText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new TrustFormatException("text", "a note text is non-empty and ends in a newline");
        }
        if (text.contains("\n\n") || text.startsWith("\n")) {
            throw new TrustFormatException("text", "a note text has no blank lines");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new TrustFormatException("text", "control characters other than \\n are not allowed");
            }
        }
    }
}
