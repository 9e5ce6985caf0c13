package org.guildmark.app.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guildmark.app.registry.RegistryRefusal.InputProblem;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.core.dossier.Wire;
import org.guildmark.core.read.DidYouMean;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body, collecting every problem with its JSON pointer (RFC 6901) instead of
 * stopping at the first, as the dossier reader does. {@link #finish()} throws them all as one {@link InvalidInput}.
 * Unknown fields are problems too, with a "did you mean", so a typo never passes silently.
 */
final class JsonInput {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final JsonNode node;
    private final String pointer;
    private final List<InputProblem> problems;

    private JsonInput(JsonNode node, String pointer, List<InputProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The request body; a missing body reads as an empty object, so required fields say they are missing. */
    static JsonInput body(JsonNode body) {
        List<InputProblem> problems = new ArrayList<>();
        if (body != null && !body.isMissingNode() && !body.isNull() && !body.isObject()) {
            problems.add(new InputProblem("", "The request body must be a JSON object."));
            body = null;
        }
        return new JsonInput(body, "", problems);
    }

    /** Flags every field not in {@code allowed}. */
    JsonInput only(String... allowed) {
        if (node == null) {
            return this;
        }
        List<String> known = List.of(allowed);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(at(name), "Unknown field '" + name + "'"
                        + DidYouMean.closest(name, known).map(hint -> "; did you mean '" + hint + "'?").orElse(".")
                        + " Allowed: " + String.join(", ", known) + ".");
            }
        }
        return this;
    }

    String at(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    void problem(String at, String detail) {
        problems.add(new InputProblem(at, detail));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    private JsonNode value(String field, boolean required) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(at(field), "'" + field + "' is required.");
            }
            return null;
        }
        return value;
    }

    String text(String field, boolean required, int maxLength) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(at(field), "'" + field + "' must be a string.");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            if (required) {
                problem(at(field), "'" + field + "' must not be blank.");
            }
            return null;
        }
        if (text.length() > maxLength) {
            problem(at(field), "'" + field + "' is longer than " + maxLength + " characters.");
            return null;
        }
        return text;
    }

    /**
     * A decimal amount written as a string ({@code "25000.00"}): binary floating point never carries money, so a
     * JSON number is refused with the string form to send instead.
     */
    String decimal(String field, boolean required, Pattern shape) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        String text = value.isString() ? value.stringValue().strip() : null;
        if (text == null || !shape.matcher(text).matches()) {
            problem(at(field), "'" + field + "' must be a decimal string such as \"25000.00\""
                    + (value.isNumber() ? " (in quotes: money is never sent as a JSON number)" : "")
                    + ", not negative, with at most 4 decimals.");
            return null;
        }
        return text;
    }

    UUID uuid(String field, boolean required) {
        String text = text(field, required, 36);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        problem(at(field), "'" + field + "' must be an id (a UUID such as 3f2b6a52-0c1e-4d59-9a7e-2a8f4e1c9b10).");
        return null;
    }

    LocalDate date(String field, boolean required) {
        String text = text(field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(at(field), "'" + field + "' must be an ISO-8601 date such as 2026-05-02, was '" + text + "'.");
            return null;
        }
    }

    Instant instant(String field, boolean required) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problem(at(field), "'" + field + "' must be an ISO-8601 instant with zone such as "
                    + "2026-05-02T10:00:00Z, was '" + text + "'.");
            return null;
        }
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problem(at(field), "'" + field + "' must be a whole number from " + min + " to " + max + ".");
            return null;
        }
        return value.intValue();
    }

    <E extends Enum<E>> E code(String field, Class<E> type, boolean required) {
        return code(at(field), value(field, required), type);
    }

    private <E extends Enum<E>> E code(String at, JsonNode value, Class<E> type) {
        if (value == null) {
            return null;
        }
        List<String> allowed = Wire.codes(type);
        if (value.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (Wire.code(constant).equals(value.stringValue())) {
                    return constant;
                }
            }
        }
        String given = value.isString() ? value.stringValue() : value.toString();
        problem(at, "'" + given + "' is not allowed here"
                + DidYouMean.closest(given, allowed).map(hint -> "; did you mean '" + hint + "'?").orElse(".")
                + " Allowed: " + String.join(", ", allowed) + ".");
        return null;
    }

    /** A non-empty array of codes, when required. */
    <E extends Enum<E>> Set<E> codes(String field, Class<E> type, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return Set.of();
        }
        if (!value.isArray() || (required && value.size() == 0)) {
            problem(at(field), "'" + field + "' must be a non-empty array of: "
                    + String.join(", ", Wire.codes(type)) + ".");
            return Set.of();
        }
        Set<E> codes = EnumSet.noneOf(type);
        for (int i = 0; i < value.size(); i++) {
            E code = code(at(field) + "/" + i, value.get(i), type);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    List<String> texts(String field, int maxLength) {
        JsonNode value = value(field, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(at(field), "'" + field + "' must be an array of strings.");
            return List.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString() || item.stringValue().isBlank() || item.stringValue().length() > maxLength) {
                problem(at(field) + "/" + i, "Each entry must be a non-blank string of at most " + maxLength
                        + " characters.");
            } else {
                texts.add(item.stringValue().strip());
            }
        }
        return List.copyOf(texts);
    }

    Boolean bool(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(at(field), "'" + field + "' must be true or false.");
            return null;
        }
        return value.booleanValue();
    }

    Optional<JsonInput> object(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            problem(at(field), "'" + field + "' must be a JSON object.");
            return Optional.empty();
        }
        return Optional.of(new JsonInput(value, at(field), problems));
    }

    /** A BCP 47 language tag such as {@code en} or {@code pt-BR}. */
    String language(String field, boolean required) {
        String text = text(field, required, 35);
        if (text == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(text);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(text)) {
            problem(at(field), "'" + field + "' must be a BCP 47 language tag such as en or pt-BR, was '"
                    + text + "'.");
            return null;
        }
        return text;
    }

    String sha256(String field, boolean required) {
        String text = text(field, required, 64);
        if (text != null && !SHA256.matcher(text).matches()) {
            problem(at(field), "'" + field + "' must be a SHA-256 digest: 64 lower-case hex digits.");
            return null;
        }
        return text;
    }

    /**
     * Adds the rule problems of fields that read well (a field that failed to read is not also reported as
     * missing), then throws every problem, if any.
     */
    void finishWith(List<InputProblem> rules) {
        Set<String> reported = new java.util.HashSet<>();
        problems.forEach(p -> reported.add(p.pointer()));
        rules.stream().filter(p -> !reported.contains(p.pointer())).forEach(problems::add);
        finish();
    }

    /** Throws every problem found so far, if any. */
    void finish() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
