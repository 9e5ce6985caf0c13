package org.guildmark.core.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.guildmark.core.dossier.Asset;

/**
 * Hands streamed assets, in batches and in order, to a second thread that checks their ids for duplicates
 * and runs the downstream sink (for an audit: the ADL and the rules). Reading the file and judging its assets
 * then overlap on two cores; the sink still sees one asset at a time, on one thread.
 */
final class AssetPipeline implements DossierReader.AssetSink, AutoCloseable {
    private static final int BATCH = 512;
    private static final Asset[] END = new Asset[0];

    private final IdCheck judged;
    private final BlockingQueue<Asset[]> queue = new ArrayBlockingQueue<>(64);
    private final Thread worker;
    private Asset[] batch = new Asset[BATCH];
    private int size;
    private volatile Throwable failure;
    private boolean closed;

    AssetPipeline(DossierReader.AssetSink downstream, String file, long expectedAssets) {
        this.judged = new IdCheck(downstream, file, expectedAssets);
        this.worker = new Thread(this::work, "guildmark-assets");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void accept(Asset asset) {
        batch[size++] = asset;
        if (size == BATCH) {
            put(batch);
            batch = new Asset[BATCH];
            size = 0;
        }
    }

    /** Waits until every asset handed in was judged; rethrows what went wrong on the worker. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (size > 0) {
            put(java.util.Arrays.copyOf(batch, size));
        }
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the assets were judged", e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** The duplicate-id problems found; complete once {@link #close()} returned. */
    Problems problems() {
        return judged.problems();
    }

    private void put(Asset[] assets) {
        try {
            queue.put(assets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading assets", e);
        }
    }

    private void work() {
        try {
            while (true) {
                Asset[] assets = queue.take();
                if (assets == END) {
                    return;
                }
                if (failure != null) {
                    continue; // keep draining so the reader never blocks
                }
                try {
                    for (Asset asset : assets) {
                        judged.accept(asset);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
