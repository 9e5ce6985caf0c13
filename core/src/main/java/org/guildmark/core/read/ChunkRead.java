package org.guildmark.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.guildmark.core.dossier.DossierIndex;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the assets of a JSON dossier from a guessed element boundary to the end of the list, on its own thread,
 * into a sink of its own, numbering the assets from zero. The guess is only confirmed by the main reader when it
 * arrives there; until then this is speculation, and any problem at all makes the outcome unusable so that the
 * main reader reads that part itself and reports exactly what a single reader would.
 */
final class ChunkRead<S extends DossierReader.AssetSink> {
    /** Put before the chunk's bytes so that the parser reads them as a list of elements. */
    static final byte[] PREFIX = {'['};

    /**
     * What the chunk gave, when it read cleanly to the end of the list: the {@code ]} that closes the list sits
     * at file offset {@code end}, at ({@code endLine}, {@code endColumn}) counted as the chunk's own parser counts.
     */
    record Outcome<S>(S sink, IdCheck ids, long assets, long end, int endLine, int endColumn) {
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("not needed", null, false, false);
        }
    }

    private final CompletableFuture<Outcome<S>> outcome;
    private volatile boolean cancelled;

    ChunkRead(Path file, long from, String displayName, DossierIndex index, S sink, long expectedAssets) {
        this.outcome = CompletableFuture.supplyAsync(
                () -> read(file, from, displayName, index, sink, expectedAssets), DossierReader.WORKERS);
    }

    /** The outcome, once the chunk is read; null when it cannot be used. */
    Outcome<S> join() {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            return null;
        }
    }

    /** Stops the chunk at its next asset; its outcome will not be used. */
    void cancel() {
        cancelled = true;
    }

    private Outcome<S> read(Path file, long from, String displayName, DossierIndex index, S sink, long expected) {
        try (InputStream in = new SequenceInputStream(new ByteArrayInputStream(PREFIX), new SplicedFile(file, from, 1 << 16));
                JsonParser parser = DossierReader.JSON.createParser(ObjectReadContext.empty(), in)) {
            Problems problems = new Problems(1);
            TokenReader r = new TokenReader(parser, displayName, problems);
            IdCheck ids = new IdCheck(asset -> {
                if (cancelled) {
                    throw new Cancelled();
                }
                sink.accept(asset);
            }, displayName, expected);
            AssetReader assets = new AssetReader(r, index);
            r.next();
            assets.readAll(ids);
            if (!problems.isEmpty() || !ids.problems().isEmpty() || r.current() != JsonToken.END_ARRAY) {
                return null;
            }
            TokenStreamLocation close = parser.currentTokenLocation();
            return new Outcome<>(sink, ids, assets.count(), from + close.getByteOffset() - PREFIX.length,
                    close.getLineNr(), close.getColumnNr());
        } catch (RuntimeException | IOException e) {
            return null; // whatever went wrong, the main reader meets it again and reports it
        }
    }
}
