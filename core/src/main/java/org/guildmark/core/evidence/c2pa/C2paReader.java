package org.guildmark.core.evidence.c2pa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guildmark.core.read.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads a C2PA manifest as c2patool writes it: a report with a {@code manifests} map and its
 * {@code active_manifest}, or a manifest definition with top-level {@code assertions}. Never throws on bad input:
 * what could not be read becomes a {@link Problem} with its JSON pointer, and the rest is still read.
 */
public final class C2paReader {
    /** No c2patool report of one asset comes near this; anything larger is refused unread. */
    public static final long MAX_BYTES = 16L << 20;

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    /** Reads {@code file}, naming it {@code source} in the evidence and its problems. */
    public C2paEvidence read(Path file, String source) {
        String refused = refused(file);
        if (refused != null) {
            return C2paEvidence.unreadable(source, new Problem(source, "", refused));
        }
        List<String> twice = new ArrayList<>();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() == null) {
                return C2paEvidence.unreadable(source, new Problem(source, "", "holds no JSON value; c2patool "
                        + "writes a manifest report as a JSON object"));
            }
            root = ManifestOutline.read(parser, twice);
            if (parser.nextToken() != null) {
                return C2paEvidence.unreadable(source, new Problem(where(source, parser.currentTokenLocation()), "",
                        "more after the end of the JSON value; is this one c2patool report?"));
            }
        } catch (JacksonException e) {
            return C2paEvidence.unreadable(source, new Problem(where(source, e.getLocation()), "",
                    "not valid JSON: " + tidy(e.getOriginalMessage())));
        } catch (IOException e) {
            return C2paEvidence.unreadable(source, new Problem(source, "", "cannot be read: " + e.getMessage()));
        }
        ManifestStore store = new ManifestStore(source);
        twice.forEach(pointer -> store.problem(pointer, "this key is given twice; only the first was read"));
        return store.read(root);
    }

    private static String refused(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return "is a directory, not a manifest file";
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return "is " + (size >> 20) + " MiB; a C2PA manifest report is read only up to "
                        + (MAX_BYTES >> 20) + " MiB. Export it with c2patool without embedded resources";
            }
            return size == 0 ? "is empty; c2patool writes a manifest report as a JSON object" : null;
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    private static String where(String source, TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? source
                : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The parser's complaint without its source descriptions and offsets. */
    private static String tidy(String message) {
        return String.valueOf(message).replaceAll("\\s*\\(.*?\\[Source:.*?\\]\\)", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** A key as one segment of a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The kind of a JSON value, in words, for messages. */
    static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isString() ? "text" : node.isNumber() ? "a number" : "true/false";
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode();
    }
}
