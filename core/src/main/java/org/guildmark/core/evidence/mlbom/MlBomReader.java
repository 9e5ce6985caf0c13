package org.guildmark.core.evidence.mlbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads a CycloneDX ML-BOM, JSON or XML, of spec version 1.5, 1.6 or 1.7. Bad input never throws: what could be
 * read is kept, and what could not is listed in {@link MlBom#problems()}.
 */
public final class MlBomReader {
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Model cards, and with them ML-BOMs, arrived in CycloneDX 1.5. */
    public static final List<String> SPEC_VERSIONS = List.of("1.5", "1.6", "1.7");

    private static final Pattern XML_NAMESPACE = Pattern.compile("http://cyclonedx\\.org/schema/bom/(\\d+\\.\\d+)");
    private static final int REASON_LENGTH = 160;

    public MlBom read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return MlBom.unreadable(tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since it was measured
            }
        } catch (NoSuchFileException e) {
            return MlBom.unreadable("there is no such file");
        } catch (IOException e) {
            return MlBom.unreadable("the file cannot be read (" + reason(e) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            return MlBom.unreadable(tooLarge(bytes.length));
        }
        return read(bytes);
    }

    MlBom read(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{")) {
            return parse(new JsonParser(), bytes, "JSON", Optional.empty());
        }
        if (start.startsWith("<")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("<!DOCTYPE")) {
                // CycloneDX needs no DTD, and refusing one rules out entity tricks whatever the parser's settings.
                return MlBom.unreadable("the XML declares a DOCTYPE, which a CycloneDX BOM never needs");
            }
            // The library knows the versions only up to its own; a newer namespace still says which one it is.
            Matcher namespace = XML_NAMESPACE.matcher(text);
            Optional<String> version = namespace.find() ? Optional.of(namespace.group(1)) : Optional.empty();
            return parse(new XmlParser(), bytes, "XML", version);
        }
        return MlBom.unreadable("the file is neither JSON nor XML");
    }

    private MlBom parse(Parser parser, byte[] bytes, String format, Optional<String> xmlVersion) {
        Bom bom;
        try {
            bom = parser.parse(bytes);
        } catch (Exception e) { // the library's ParseException, or whatever its data binding let escape
            // The library binds XML less completely than JSON (dataset references among them), so say what helps.
            return MlBom.unreadable(format.equals("XML")
                    ? "the XML could not be read as a CycloneDX BOM (" + reason(e) + "); the JSON form reads more fully"
                    : "the file is not a CycloneDX JSON BOM (" + reason(e) + ")");
        }
        List<String> problems = new ArrayList<>();
        if (format.equals("JSON") && !"CycloneDX".equals(bom.getBomFormat())) {
            problems.add("bomFormat is " + quoted(bom.getBomFormat()) + ", not CycloneDX");
        }
        Optional<String> version = Optional.ofNullable(bom.getSpecVersion()).or(() -> xmlVersion);
        if (version.isEmpty()) {
            problems.add("the BOM declares no specVersion");
        } else if (!SPEC_VERSIONS.contains(version.get())) {
            problems.add("CycloneDX " + version.get() + " is not an ML-BOM version (Guildmark reads "
                    + String.join(", ", SPEC_VERSIONS) + ")");
        }
        return ModelFacts.of(bom, version, problems);
    }

    private static String tooLarge(long size) {
        return "the file has " + size + " bytes; an ML-BOM may be at most " + MAX_BYTES / (1024 * 1024) + " MiB";
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "'" + value + "'";
    }

    /** The innermost cause's first line, short enough for a finding. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse("").strip();
        return message.length() > REASON_LENGTH ? message.substring(0, REASON_LENGTH) + "…" : message;
    }
}
