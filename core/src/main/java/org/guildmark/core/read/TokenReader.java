package org.guildmark.core.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guildmark.core.dossier.Wire;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A thin layer over a Jackson streaming parser that knows where it is (a JSON pointer, built only when a
 * problem needs it) and turns type mismatches into {@link Problem}s instead of exceptions. Every read method
 * consumes exactly one whole value, so a caller that meets a bad value simply carries on with the next field.
 */
public final class TokenReader {
    private static final int MAX_DEPTH = 64;

    private final JsonParser parser;
    private final String file;
    private Problems problems;

    private final String[] names = new String[MAX_DEPTH];
    private final long[] indices = new long[MAX_DEPTH];
    private final Object[][] seen = new Object[MAX_DEPTH][];
    private final int[] seenCount = new int[MAX_DEPTH];
    private int depth;

    public TokenReader(JsonParser parser, String file, Problems problems) {
        this.parser = parser;
        this.file = file;
        this.problems = problems;
    }

    public void problems(Problems sink) {
        this.problems = sink;
    }

    public Problems problems() {
        return problems;
    }

    public JsonToken next() {
        return parser.nextToken();
    }

    public JsonToken current() {
        return parser.currentToken();
    }

    public int depth() {
        return depth;
    }

    // ---- containers -------------------------------------------------------------------------------

    /** Enters an object if the current token starts one; otherwise reports what was expected and skips it. */
    public boolean beginObject(String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            if (parser.currentToken() != JsonToken.VALUE_NULL) {
                mismatch(what);
            }
            skip();
            return false;
        }
        push(null, -1);
        return true;
    }

    /**
     * Enters an object whose caller checks repeated keys itself (the hot asset objects track their known keys
     * in a bit mask); iterate it with {@link #nextFieldUntracked()}.
     */
    public boolean beginObjectUntracked(String what) {
        return beginObject(what);
    }

    public boolean nextFieldUntracked() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            depth--;
            return false;
        }
        names[depth] = parser.currentName();
        parser.nextToken();
        return true;
    }

    /** Moves to the next property's value; false (and the object is left) at its end. */
    public boolean nextField() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            depth--;
            return false;
        }
        String name = parser.currentName();
        names[depth] = name;
        if (isDuplicate(name)) {
            parser.nextToken();
            error("'" + name + "' appears twice in this object; keep one");
            skip();
            return nextField();
        }
        parser.nextToken();
        return true;
    }

    public String field() {
        return names[depth];
    }

    public boolean beginArray(String what) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_NULL) {
                mismatch(what);
            }
            skip();
            return false;
        }
        push(null, -1);
        return true;
    }

    /** Like {@link #beginArray}, describing the expected list by its items, e.g. "labels". */
    private boolean beginListOf(String items) {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            push(null, -1);
            return true;
        }
        return beginArray("a list of " + items);
    }

    public boolean nextElement() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            depth--;
            return false;
        }
        indices[depth]++;
        return true;
    }

    public long elementIndex() {
        return indices[depth];
    }

    /** Skips the current value, whatever it is. */
    public void skip() {
        parser.skipChildren();
    }

    public void unknownField(Collection<String> known) {
        String name = field();
        error("unknown field '" + name + "'" + DidYouMean.hint(name, known) + "; known fields here: "
                + String.join(", ", known));
        skip();
    }

    private void push(String name, long index) {
        if (depth + 1 >= MAX_DEPTH) {
            throw new NestingTooDeep();
        }
        depth++;
        names[depth] = name;
        indices[depth] = index;
        seenCount[depth] = 0;
    }

    private boolean isDuplicate(String name) {
        Object[] s = seen[depth];
        int n = seenCount[depth];
        for (int i = 0; i < n; i++) {
            if (s[i] == name || s[i].equals(name)) {
                return true;
            }
        }
        if (s == null || n == s.length) {
            Object[] grown = new Object[s == null ? 16 : s.length * 2];
            if (s != null) {
                System.arraycopy(s, 0, grown, 0, n);
            }
            seen[depth] = s = grown;
        }
        s[n] = name;
        seenCount[depth] = n + 1;
        return false;
    }

    // ---- scalars ----------------------------------------------------------------------------------

    /** Text, or null when absent. Numbers are taken by their literal text, so YAML's {@code local: 600} reads. */
    public String string() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            mismatch("text");
            skip();
        }
        return null;
    }

    private static final int MAX_CANONICAL_LENGTH = 64;
    private final String[] canonical = new String[1 << 13];
    private int canonicalCount;

    /**
     * Text for values that repeat across a dossier (references, enum codes, departments, dates): equal
     * values come back as the same String, read from the parser's buffer without allocating, so a million
     * assets naming the same few people cost no garbage and look up with a cached hash.
     */
    public String repeated() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return string();
        }
        int length = parser.getStringLength();
        if (length > MAX_CANONICAL_LENGTH) {
            return parser.getString();
        }
        char[] buffer = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[offset + i];
        }
        int mask = canonical.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        String candidate;
        while ((candidate = canonical[slot]) != null) {
            if (candidate.length() == length && sameChars(candidate, buffer, offset, length)) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(buffer, offset, length);
        if (canonicalCount * 2 < canonical.length) {
            canonical[slot] = value;
            canonicalCount++;
        }
        return value;
    }

    private static boolean sameChars(String s, char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }

    public String repeatedNonBlank() {
        String s = repeated();
        if (s != null && s.isBlank()) {
            error("must not be blank");
            return null;
        }
        return s;
    }

    public String nonBlank() {
        String s = string();
        if (s != null && s.isBlank()) {
            error("must not be blank");
            return null;
        }
        return s;
    }

    public Boolean bool() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            mismatch("true or false");
            skip();
        }
        return null;
    }

    public Integer integer(int min, int max) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                int value = parser.getIntValue();
                if (value >= min && value <= max) {
                    return value;
                }
            }
            error("must be a whole number from " + min + " to " + max + ", found " + parser.getString());
            return null;
        }
        if (t != JsonToken.VALUE_NULL) {
            mismatch("a whole number");
            skip();
        }
        return null;
    }

    /**
     * An exact decimal from a number or a decimal string; never through binary floating point.
     */
    public BigDecimal decimal() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal plain = plainDecimal();
            return plain != null ? plain : parser.getDecimalValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            if (isDecimal(text)) {
                return new BigDecimal(text);
            }
            error("'" + text + "' is not a decimal number; write it like \"95.00\"");
            return null;
        }
        if (t != JsonToken.VALUE_NULL) {
            mismatch("a decimal number");
            skip();
        }
        return null;
    }

    /**
     * The current number when it is written plainly ({@code -}, digits, a point, digits; at most 18 digits), read
     * from the parser's buffer into the same value and scale as the general parser gives, with one allocation
     * instead of several; null for any other form, which the general parser reads.
     */
    private BigDecimal plainDecimal() {
        int length = parser.getStringLength();
        if (length == 0 || length > 19) {
            return null;
        }
        char[] chars = parser.getStringCharacters();
        int at = parser.getStringOffset();
        int end = at + length;
        boolean negative = chars[at] == '-';
        int i = negative ? at + 1 : at;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 18 || scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    static boolean isDecimal(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && n <= 64;
    }

    public LocalDate date() {
        String s = repeated();
        if (s == null) {
            return null;
        }
        try {
            return Instants.parseDate(s);
        } catch (java.time.DateTimeException e) {
            error("'" + s + "' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-05-02");
            return null;
        }
    }

    public Instant instant() {
        String s = repeated();
        if (s == null) {
            return null;
        }
        try {
            return Instants.parse(s);
        } catch (java.time.DateTimeException e) {
            error("'" + s + "' is not a valid instant; write it as ISO-8601 with a zone, e.g. 2026-05-02T10:00:00Z");
            return null;
        }
    }

    private final java.util.Map<Class<?>, EnumCodes<?>> enumCodes = new java.util.IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        return enumValue((EnumCodes<E>) enumCodes.computeIfAbsent(type, t -> EnumCodes.of(type)));
    }

    <E extends Enum<E>> E enumValue(EnumCodes<E> codes) {
        String s = repeated();
        if (s == null) {
            return null;
        }
        E value = codes.get(s);
        if (value == null) {
            error("unknown value '" + s + "'" + DidYouMean.hint(s, codes.codes()) + "; expected one of "
                    + String.join(", ", codes.codes()));
        }
        return value;
    }

    public List<String> strings(String what) {
        List<String> out = new ArrayList<>();
        if (beginListOf(what)) {
            while (nextElement()) {
                String s = nonBlank();
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Set<E> enumSet(Class<E> type, String what) {
        return enumSet((EnumCodes<E>) enumCodes.computeIfAbsent(type, t -> EnumCodes.of(type)), what);
    }

    <E extends Enum<E>> Set<E> enumSet(EnumCodes<E> codes, String what) {
        Set<E> out = EnumSet.noneOf(codes.type());
        if (beginListOf(what)) {
            while (nextElement()) {
                E e = enumValue(codes);
                if (e != null && !out.add(e)) {
                    error("'" + Wire.code(e) + "' is listed twice");
                }
            }
        }
        return out;
    }

    // ---- problems ---------------------------------------------------------------------------------

    public void error(String message) {
        problems.add(new Problem(location(), pointer(), message));
    }

    /** A problem at a location captured earlier (e.g. the start of the object that lacks a field). */
    public void error(String location, String pointer, String message) {
        problems.add(new Problem(location, pointer, message));
    }

    /**
     * Reports a required field of the object just closed as missing, unless it was there with a bad value,
     * which was reported already.
     */
    public void missing(String location, String pointer, String field) {
        if (!closedObjectHad(field)) {
            problems.add(new Problem(location, pointer, "required field '" + field + "' is missing"));
        }
    }

    private boolean closedObjectHad(String field) {
        int closed = depth + 1;
        if (closed >= MAX_DEPTH || seen[closed] == null) {
            return false;
        }
        for (int i = 0; i < seenCount[closed]; i++) {
            if (field.equals(seen[closed][i])) {
                return true;
            }
        }
        return false;
    }

    private void mismatch(String expected) {
        error("expected " + expected + ", found " + describe(parser.currentToken()));
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase();
        };
    }

    /** The current token's position, to report later against the start of an object. */
    public TokenStreamLocation mark() {
        return parser.currentTokenLocation();
    }

    public String location() {
        return format(parser.currentTokenLocation());
    }

    public String format(TokenStreamLocation at) {
        return file + ":" + line(at) + ":" + column(at);
    }

    // Where the parser's stream jumped ahead past bytes another thread read (see SplicedFile): from this parser
    // offset, which the parser places at (spliceLine, spliceColumn), the file really continues at (toLine, toColumn).
    private long spliceOffset = Long.MAX_VALUE;
    private int spliceLine;
    private int spliceColumn;
    private int toLine;
    private int toColumn;

    /** Tells the reader that from {@code parserOffset} on, the bytes it parses sit elsewhere in the file. */
    void spliced(long parserOffset, int line, int column, int realLine, int realColumn) {
        spliceOffset = parserOffset;
        spliceLine = line;
        spliceColumn = column;
        toLine = realLine;
        toColumn = realColumn;
    }

    /** The line of {@code at} in the file. */
    public int line(TokenStreamLocation at) {
        if (at.getByteOffset() < spliceOffset) {
            return at.getLineNr();
        }
        return toLine + at.getLineNr() - spliceLine;
    }

    /** The column of {@code at} in the file. */
    public int column(TokenStreamLocation at) {
        if (at.getByteOffset() < spliceOffset || at.getLineNr() != spliceLine) {
            return at.getColumnNr();
        }
        return toColumn + at.getColumnNr() - spliceColumn;
    }

    public String file() {
        return file;
    }

    /** The JSON pointer of the current value. */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            if (names[i] != null) {
                sb.append('/').append(names[i].replace("~", "~0").replace("/", "~1"));
            } else if (indices[i] >= 0) {
                sb.append('/').append(indices[i]);
            }
        }
        return sb.toString();
    }

    /** The pointer of the container at {@code level} (1 = top-level field), e.g. {@code /assets/12}. */
    public String pointerAt(int level) {
        int saved = depth;
        depth = level;
        try {
            return pointer();
        } finally {
            depth = saved;
        }
    }

    /** Thrown when input nests deeper than any dossier can; the reader turns it into one problem. */
    public static final class NestingTooDeep extends RuntimeException {
        NestingTooDeep() {
            super("nested more than " + MAX_DEPTH + " levels deep", null, false, false);
        }
    }
}
