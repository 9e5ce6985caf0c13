package org.guildmark.core.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A dossier file as one tree, for commands that edit it: read whole, so only up to {@link #MAX_BYTES}, and written
 * back in its own encoding with its keys in their order, atomically, so a failed write never leaves half a
 * dossier. YAML comments and layout are not kept.
 */
public final class DossierTree {
    /** Editing holds the whole tree in memory; larger dossiers are refused, not half-read. */
    public static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    // Duplicate keys stay an error (the engine's default), so a rewrite never silently drops one of them.
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter().withSeparators(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

    private final Path file;
    private final boolean yaml;
    private final ObjectNode root;

    private DossierTree(Path file, boolean yaml, ObjectNode root) {
        this.file = file;
        this.yaml = yaml;
        this.root = root;
    }

    /** Reads {@code file}; the exception's message says what is wrong and where, in the user's terms. */
    public static DossierTree load(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a dossier file");
        }
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + (size >> 20) + " MiB; dossiers are edited here only up to "
                    + (MAX_BYTES >> 20) + " MiB. Edit it by hand, or split its assets");
        }
        boolean yaml = DossierReader.isYaml(file);
        ObjectMapper mapper = yaml ? YAML : JSON;
        JsonNode root;
        try (JsonParser parser = mapper.createParser(file)) {
            root = mapper.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new IOException(file + " holds more than one document; a dossier is one");
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new IOException(file + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":"
                    + at.getColumnNr()) + ": " + DossierReader.tidy(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a dossier: it holds no mapping of sections");
        }
        return new DossierTree(file, yaml, (ObjectNode) root);
    }

    public ObjectNode root() {
        return root;
    }

    public boolean yaml() {
        return yaml;
    }

    /** Writes the tree beside the file, then moves it into place; the file keeps its permissions. */
    public void save() throws IOException {
        Path target = file.toAbsolutePath();
        try {
            write(target);
        } catch (IOException | JacksonException e) {
            throw new IOException("cannot write " + file + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "; the dossier was left as it was", e);
        }
    }

    private void write(Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".guildmark-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (yaml) {
                    YAML.writeValue(out, root);
                } else {
                    JSON.writer().with(PRETTY).writeValue(out, root);
                    out.write('\n');
                }
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }
}
