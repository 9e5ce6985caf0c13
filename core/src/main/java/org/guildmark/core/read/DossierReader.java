package org.guildmark.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.guildmark.core.dossier.Asset;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.DossierIndex;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a dossier (YAML or JSON, same tree) into its header and a stream of assets.
 *
 * <p>The header sections are small and kept; {@code assets} is streamed to a sink built from the header, so
 * memory does not grow with the number of assets. Sections may come in any order: when {@code assets} comes
 * before a section it depends on, the file is read a second time for the assets alone.
 */
public final class DossierReader {
    public static final String FORMAT = "dossier/v1";

    /** Receives each asset once, in file order. */
    @FunctionalInterface
    public interface AssetSink {
        void accept(Asset asset);
    }

    /**
     * A sink whose work can be shared between threads: a second sink from the same factory sees the assets that
     * follow, numbered from zero, and is then absorbed as if this one had seen them all, in file order.
     * A reader splits the assets of a large JSON dossier only for such sinks.
     */
    public interface MergeableSink<S extends MergeableSink<S>> extends AssetSink {
        /** Takes in what {@code later} saw; {@code shift} renumbers and places its assets in the whole file. */
        void absorb(S later, AssetShift shift);
    }

    /**
     * When a JSON dossier of at least {@code minimumBytes} has its assets read by two threads at once; the second
     * starts at the first element boundary found {@code at} (0 to 1) of the way from the list's start to the
     * file's end. The report is the same either way.
     */
    public record Split(long minimumBytes, double at) {
        /** Large dossiers only: below a few megabytes a second thread costs more than it saves. */
        public static final Split DEFAULT = new Split(4L << 20, 0.5);
        public static final Split NEVER = new Split(Long.MAX_VALUE, 0.5);

        public Split {
            if (minimumBytes < 0 || !(at > 0 && at < 1)) {
                throw new IllegalArgumentException("minimumBytes >= 0 and 0 < at < 1");
            }
        }
    }

    /**
     * What a read produced. {@code dossier} is null when the file could not be read as a dossier at all;
     * {@code sink} is the one that saw the final pass over the assets; {@code sectionLocations} holds the
     * {@code file:line:column} of each top-level key that was read, by name, for problems found later;
     * {@code split} tells whether the assets were read by two threads (the result is the same either way).
     */
    public record Result<S extends AssetSink>(Dossier dossier, S sink, List<Problem> problems, long problemCount,
            String sha256, long assetCount, Map<String, String> sectionLocations, boolean split) {
        public Result {
            sectionLocations = Map.copyOf(sectionLocations);
        }

        public boolean valid() {
            return problemCount == 0;
        }

        /** Where the top-level key {@code name} is, or just the file's name when it was not read. */
        public String locationOf(String name, String displayName) {
            return sectionLocations.getOrDefault(name, displayName);
        }
    }

    private enum Section {
        PRODUCTION, PEOPLE, CREDITS, ENGAGEMENTS, RATE_SCHEDULE, AI_TOOLS, CONSENTS, DISPLACEMENTS,
        REVENUE_SHARE, CLAIMS, DISCLOSURE, ATTESTATIONS
    }

    private static final Map<String, Section> SECTIONS = Map.ofEntries(
            Map.entry("production", Section.PRODUCTION), Map.entry("people", Section.PEOPLE),
            Map.entry("credits", Section.CREDITS), Map.entry("engagements", Section.ENGAGEMENTS),
            Map.entry("rateSchedule", Section.RATE_SCHEDULE), Map.entry("aiTools", Section.AI_TOOLS),
            Map.entry("consents", Section.CONSENTS), Map.entry("displacements", Section.DISPLACEMENTS),
            Map.entry("revenueShare", Section.REVENUE_SHARE), Map.entry("claims", Section.CLAIMS),
            Map.entry("disclosure", Section.DISCLOSURE), Map.entry("attestations", Section.ATTESTATIONS));

    /** Limits that no real dossier reaches; they turn hostile input into a clear error instead of a hang. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1 << 20)
            .maxNumberLength(64)
            .maxNameLength(1024)
            .build();

    // The reader opens and closes the file itself.
    static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    // The YAML parser streams too, so the document-size guard of SnakeYAML is lifted to what an int can count;
    // duplicate keys pass through to the reader, which reports them without stopping.
    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS)
            .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setAllowDuplicateKeys(true).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final Set<String> knownClauses;
    private final Split split;

    /** @param knownClauses clause ids an attestation may name; empty to accept any */
    public DossierReader(Set<String> knownClauses) {
        this(knownClauses, Split.DEFAULT);
    }

    public DossierReader(Set<String> knownClauses, Split split) {
        this.knownClauses = Set.copyOf(knownClauses);
        this.split = split;
    }

    public <S extends AssetSink> Result<S> read(Path file, String displayName,
            Function<DossierIndex, S> sinkFactory) {
        Problems problems = new Problems();
        String unreadable = unreadable(file);
        if (unreadable != null) {
            problems.add(new Problem(displayName + ":1:1", "", unreadable));
            return new Result<>(null, null, problems.list(), problems.total(), null, 0, Map.of(), false);
        }
        boolean yaml = isYaml(file);
        // The file is hashed on another core while it is parsed on this one.
        CompletableFuture<String> sha256 = CompletableFuture.supplyAsync(() -> FileDigest.sha256(file), WORKERS);
        Pass<S> first = new Pass<>(file, displayName, yaml, sinkFactory, null);
        first.run();
        problems.addAll(first.headerProblems);
        Pass<S> last = first;
        if (first.completed && first.needsSecondPass()) {
            last = new Pass<>(file, displayName, yaml, sinkFactory, first.header.snapshot());
            last.run();
        }
        problems.addAll(last.assetProblems);
        Dossier dossier = first.completed ? first.header.snapshot() : null;
        String hash = null;
        if (first.completed) {
            try {
                hash = sha256.join();
            } catch (java.util.concurrent.CompletionException e) {
                problems.add(new Problem(displayName + ":1:1", "", "cannot be read to the end: " + e.getCause().getMessage()));
            }
        }
        return new Result<>(dossier, last.sink, problems.list(), problems.total(), hash, last.assetCount,
                first.sectionLocations, last.assetsSplit);
    }

    private static String unreadable(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return "is a directory, not a dossier file";
            }
            if (Files.size(file) == 0) {
                return "the file is empty; a dossier starts with 'guildmark: dossier/v1'";
            }
            if (!Files.isReadable(file)) {
                return "cannot be read (check its permissions)";
            }
            return null;
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    /** JSON by extension, else by its first non-blank byte; everything else is read as YAML. */
    static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".json")) {
            return false;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) != -1) {
                if (!Character.isWhitespace(b)) {
                    return b != '{';
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static JsonParser open(InputStream in, boolean yaml) {
        TokenStreamFactory factory = yaml ? YAML : JSON;
        return factory.createParser(ObjectReadContext.empty(), in);
    }

    /** Turns a parser or I/O failure into one problem at the place it happened. */
    private static void fail(Problems problems, String displayName, TokenReader reader, RuntimeException e) {
        String where = reader == null ? displayName + ":1:1" : reader.location();
        String pointer = reader == null ? "" : reader.pointer();
        String message;
        if (e instanceof TokenReader.NestingTooDeep) {
            message = TOO_DEEP;
        } else if (e instanceof JacksonException je) {
            if (je.getLocation() != null && je.getLocation().getLineNr() > 0) {
                where = reader == null
                        ? displayName + ":" + je.getLocation().getLineNr() + ":" + je.getLocation().getColumnNr()
                        : reader.format(je.getLocation());
            }
            message = explain(je);
        } else {
            message = "cannot be read: " + e.getMessage();
        }
        problems.add(new Problem(where, pointer, message));
    }

    private static final String TOO_DEEP = "nesting too deep: more lists and mappings inside each other than a dossier "
            + "ever needs (" + LIMITS.getMaxNestingDepth() + "); the rest of the file was not read";

    /** The parser's complaint in the dossier's terms, without the parser's internals. */
    static String explain(JacksonException e) {
        String original = tidy(e.getOriginalMessage());
        if (e instanceof UnexpectedEndOfInputException) {
            return "the file ends before the document is complete ("
                    + original.replaceFirst("^Unexpected end-of-input(: )?", "") + "); was it cut short?";
        }
        if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
            return TOO_DEEP;
        }
        if (e.getCause() instanceof java.io.CharConversionException || original.contains("Invalid UTF-8")) {
            return "not UTF-8 text (" + original + "); a dossier is a YAML or JSON text file"
                    + "; the rest of the file was not read";
        }
        return "not valid syntax here: " + original + "; the rest of the file was not read";
    }

    /** Drops what only a Java developer could use: class names, source descriptions, byte offsets. */
    static String tidy(String message) {
        return String.valueOf(message)
                .replaceAll("\\s*\\((start marker at )?\\[Source:.*?\\]\\)", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\s*\\(at char #-?\\d+, byte #-?\\d+\\)", "")
                .replaceAll("\\b(?:[a-z][a-z0-9]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * One read of the file. The first pass reads the header and streams the assets if the sections they need
     * came first; a second pass, given the complete header, skips everything but the assets.
     */
    private final class Pass<S extends AssetSink> {
        private final Path file;
        private final String displayName;
        private final boolean yaml;
        private final Function<DossierIndex, S> sinkFactory;
        private final Dossier knownHeader;
        final Problems headerProblems = new Problems();
        final Problems assetProblems = new Problems();
        final EnumSet<Section> seenBeforeAssets = EnumSet.noneOf(Section.class);
        final EnumSet<Section> seen = EnumSet.noneOf(Section.class);
        final Map<String, String> sectionLocations = new HashMap<>();
        HeaderReader header;
        long fileSize;
        boolean assetsSeen;
        boolean assetsStreamed;
        boolean completed;
        long assetCount;
        boolean assetsSplit;
        S sink;
        /** The file's bytes when the assets may be split between two threads, else null. */
        SplicedFile spliceable;

        Pass(Path file, String displayName, boolean yaml, Function<DossierIndex, S> sinkFactory, Dossier knownHeader) {
            this.file = file;
            this.displayName = displayName;
            this.yaml = yaml;
            this.sinkFactory = sinkFactory;
            this.knownHeader = knownHeader;
        }

        /** Assets must be read again if they were skipped, or if a section they depend on came after them. */
        boolean needsSecondPass() {
            return assetsSeen && (!assetsStreamed || !seenBeforeAssets.containsAll(seen));
        }

        void run() {
            try {
                fileSize = Files.size(file);
            } catch (IOException e) {
                fileSize = 0;
            }
            TokenReader reader = null;
            try (InputStream raw = openBytes(); JsonParser parser = open(raw, yaml)) {
                reader = new TokenReader(parser, displayName, headerProblems);
                header = new HeaderReader(reader, knownClauses);
                readRoot(reader);
                completed = true;
            } catch (JacksonException | TokenReader.NestingTooDeep | UncheckedIOException e) {
                fail(reader == null ? headerProblems : reader.problems(), displayName, reader, e);
            } catch (IOException e) {
                fail(reader == null ? headerProblems : reader.problems(), displayName, reader, new UncheckedIOException(e));
            }
        }

        private InputStream openBytes() throws IOException {
            if (!yaml && fileSize >= split.minimumBytes() && isPlainUtf8(file)) {
                // Read ahead little on a small file, so that a split point can still lie ahead of what was read.
                spliceable = new SplicedFile(file, 0, (int) Math.max(512, Math.min(1 << 16, fileSize / 64)));
                return spliceable;
            }
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }

        private void readRoot(TokenReader r) {
            JsonToken first = r.next();
            if (first == null) {
                r.error(displayName + ":1:1", "", "the file holds no document; a dossier starts with 'guildmark: dossier/v1'");
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                r.error("a dossier is a mapping of sections (guildmark, production, people, ...), found a "
                        + (first == JsonToken.START_ARRAY ? "list" : "single value"));
                r.skip();
                return;
            }
            String start = r.location();
            r.beginObject("a dossier");
            String format = null;
            while (r.nextField()) {
                String name = r.field();
                sectionLocations.putIfAbsent(name, r.location());
                Section section = SECTIONS.get(name);
                if (name.equals("assets")) {
                    assets(r);
                } else if (knownHeader != null) {
                    r.skip();
                } else if (section != null) {
                    seen.add(section);
                    header.readSection(name);
                } else if (name.equals("guildmark")) {
                    format = r.string();
                    if (format != null && !format.equals(FORMAT)) {
                        r.error("'" + format + "' is not a format this Guildmark reads; write 'guildmark: " + FORMAT + "'");
                    }
                } else if (name.startsWith("x-")) {
                    r.skip();
                } else {
                    r.unknownField(Sections.ROOT);
                }
            }
            if (knownHeader == null) {
                if (format == null) {
                    r.missing(start, "", "guildmark");
                }
                if (!seen.contains(Section.PRODUCTION)) {
                    r.missing(start, "", "production");
                }
                checkHeaderReferences(r);
            }
            if (r.next() != null) {
                r.error("unexpected content after the end of the dossier");
            }
        }

        private void assets(TokenReader r) {
            assetsSeen = true;
            seenBeforeAssets.addAll(seen);
            Dossier known = knownHeader;
            if (known == null) {
                if (!seen.contains(Section.PRODUCTION) || !seen.contains(Section.PEOPLE)) {
                    r.skip(); // read in a second pass, once the sections the assets refer to are known
                    return;
                }
                known = header.snapshot();
            }
            r.problems(assetProblems);
            DossierIndex index = new DossierIndex(known);
            AssetReader assets = new AssetReader(r, index);
            sink = sinkFactory.apply(index);
            long boundary = spliceable == null || !(sink instanceof MergeableSink<?>) ? -1 : boundary(r);
            if (boundary > 0) {
                readSplit(r, assets, index, boundary);
            } else {
                // A delivered asset takes some 100 bytes or more in any encoding: a generous guess of how many will come.
                try (AssetPipeline pipeline = new AssetPipeline(sink, displayName, fileSize / 100)) {
                    assets.readAll(pipeline);
                    pipeline.close();
                    assetProblems.addAll(pipeline.problems());
                }
                assetCount = assets.count();
            }
            assetsStreamed = true;
            r.problems(headerProblems);
        }

        /** Where a second thread may start on the assets list that starts here, or -1 to read it alone. */
        private long boundary(TokenReader r) {
            SplicedFile input = spliceable;
            spliceable = null; // one split per read: a repeated 'assets' key is read alone
            long start = r.mark().getByteOffset();
            if (start < 0) {
                return -1;
            }
            long from = Math.max(input.delivered(), start + (long) ((fileSize - start) * split.at()));
            long found = ElementBoundary.find(file, from, fileSize);
            if (found < 0) {
                return -1;
            }
            splicing = input;
            return found;
        }

        private SplicedFile splicing;

        /**
         * Reads the assets up to {@code boundary} here and from it on another thread. When this reader arrives at
         * the boundary between two elements and the other read them all cleanly, with no id both have seen, the
         * stream jumps to the list's end and the other's sink is absorbed; otherwise this reader reads on alone,
         * so whatever is wrong is reported exactly as a single reader reports it.
         */
        @SuppressWarnings({"unchecked", "rawtypes"}) // the sink was checked to be a MergeableSink of its own type
        private void readSplit(TokenReader r, AssetReader assets, DossierIndex index, long boundary) {
            S later = sinkFactory.apply(index);
            long listStart = r.mark().getByteOffset();
            ChunkRead<S> chunk = new ChunkRead<>(file, boundary + 1, displayName, index, later, (fileSize - boundary) / 100);
            IdCheck ids = new IdCheck(sink, displayName, (boundary - listStart) / 100);
            ChunkRead.Outcome<S>[] taken = new ChunkRead.Outcome[1];
            AssetShift[] shift = new AssetShift[1];
            splicing.spliceAt(boundary, at -> {
                int[] comma = assets.betweenElements() && assets.lastStart() != null
                        ? placeOfSeparator(assets.lastStart(), at) : null;
                if (comma == null) {
                    chunk.cancel(); // the guess was not a comma between two assets
                    return at;
                }
                ChunkRead.Outcome<S> outcome = chunk.join();
                if (outcome == null || ids.sharesAnIdWith(outcome.ids())) {
                    return at;
                }
                // The other thread's text starts just after the comma.
                shift[0] = new AssetShift(assets.elements(), comma[0], comma[1] + 1);
                int endLine = comma[0] + outcome.endLine() - 1;
                int endColumn = outcome.endLine() == 1 ? comma[1] + outcome.endColumn() - ChunkRead.PREFIX.length
                        : outcome.endColumn();
                r.spliced(at, comma[0], comma[1], endLine, endColumn);
                taken[0] = outcome;
                return outcome.end();
            });
            try {
                assets.readAll(ids);
            } finally {
                chunk.cancel();
            }
            assetProblems.addAll(ids.problems());
            assetCount = assets.count();
            if (taken[0] != null) {
                ((MergeableSink) sink).absorb((MergeableSink) taken[0].sink(), shift[0]);
                assetCount += taken[0].assets();
                assetsSplit = true;
            }
        }

        private void checkHeaderReferences(TokenReader r) {
            for (List<HeaderReader.Declaration> declared : header.declarations.values()) {
                Map<String, HeaderReader.Declaration> first = new HashMap<>();
                for (HeaderReader.Declaration d : declared) {
                    HeaderReader.Declaration earlier = first.putIfAbsent(d.id(), d);
                    if (earlier != null) {
                        r.error(d.location(), d.pointer(), "id '" + d.id() + "' is declared twice in /" + d.section()
                                + ": here and at " + earlier.location() + " (" + earlier.pointer() + ")");
                    }
                }
            }
            Set<String> personIds = new HashSet<>();
            header.declarations.getOrDefault("people", List.of()).forEach(d -> personIds.add(d.id()));
            for (HeaderReader.Reference ref : header.references) {
                if (!personIds.contains(ref.id())) {
                    r.error(ref.location(), ref.pointer(), "'" + ref.id() + "' is not declared in /" + ref.section()
                            + DidYouMean.hint(ref.id(), personIds) + "; add the person there or correct the id");
                }
            }
        }

        /**
         * The line and column of the comma at {@code comma}, counted on from the start of the list's last element as
         * the parser counts, if the bytes between are that one whole object and blank space; else null.
         */
        private int[] placeOfSeparator(tools.jackson.core.TokenStreamLocation last, long comma) {
            int line = last.getLineNr();
            int column = last.getColumnNr();
            int depth = 0;
            boolean closed = false;
            boolean inString = false;
            boolean escaped = false;
            boolean afterCr = false;
            try (var channel = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 14);
                long position = last.getByteOffset();
                while (position < comma) {
                    bytes.clear().limit((int) Math.min(bytes.capacity(), comma - position));
                    int n = channel.read(bytes, position);
                    if (n <= 0) {
                        return null;
                    }
                    for (int i = 0; i < n; i++) {
                        byte b = bytes.get(i);
                        if (position + i == last.getByteOffset() && b != '{') {
                            return null;
                        }
                        if (closed && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                            return null; // more than blank space after the element
                        }
                        if (inString) {
                            inString = escaped || b != '"';
                            escaped = !escaped && b == '\\';
                        } else if (b == '"') {
                            inString = true;
                        } else if (b == '{' || b == '[') {
                            depth++;
                        } else if (b == '}' || b == ']') {
                            closed = --depth == 0;
                        }
                        if (b == '\n' && afterCr) {
                            afterCr = false; // CR LF is one line break
                        } else if (b == '\n' || b == '\r') {
                            line++;
                            column = 1;
                            afterCr = b == '\r';
                        } else {
                            column++;
                            afterCr = false;
                        }
                    }
                    position += n;
                }
            } catch (IOException e) {
                return null;
            }
            return closed ? new int[] {line, column} : null;
        }
    }

    /** Whether the file is UTF-8 without a byte-order mark, so that its byte offsets are the parser's. */
    private static boolean isPlainUtf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            for (byte b : head) {
                if (b == 0 || (b & 0xff) >= 0xef) {
                    return false; // UTF-16 or UTF-32, or a byte-order mark
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Daemon threads for work beside the reading thread: the file's hash, the later share of the assets. */
    static final java.util.concurrent.Executor WORKERS = task -> {
        Thread thread = new Thread(task, "guildmark-reader-worker");
        thread.setDaemon(true);
        thread.start();
    };

}

