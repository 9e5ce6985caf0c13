package org.guildmark.core.read;

import org.guildmark.core.dossier.Asset;

/**
 * Checks each asset's id against those seen before it and hands the asset on. Duplicates become problems at
 * the later asset, naming the first; they are kept apart from the reader's problems and added after them. The
 * ids are checked in batches (see {@link IdSet}), so the asset is handed on before its id is looked up; the
 * problems are complete once {@link #problems()} is asked for.
 */
final class IdCheck implements DossierReader.AssetSink {
    private static final int BATCH = 64;

    private final DossierReader.AssetSink downstream;
    private final String file;
    private final IdSet ids;
    private final Problems problems = new Problems();
    private final Asset[] pending = new Asset[BATCH];
    private final long[] firstHashes = new long[BATCH];
    private final long[] secondHashes = new long[BATCH];
    private int count;

    IdCheck(DossierReader.AssetSink downstream, String file, long expectedAssets) {
        this.downstream = downstream;
        this.file = file;
        this.ids = new IdSet(expectedAssets);
    }

    @Override
    public void accept(Asset asset) {
        String id = asset.id();
        pending[count] = asset;
        firstHashes[count] = IdSet.firstHash(id);
        secondHashes[count] = IdSet.secondHash(id);
        if (++count == BATCH) {
            check();
        }
        downstream.accept(asset);
    }

    /** The duplicate-id problems of every asset accepted so far. */
    Problems problems() {
        check();
        return problems;
    }

    /** Whether an id seen here was also seen by {@code other}. */
    boolean sharesAnIdWith(IdCheck other) {
        check();
        other.check();
        return ids.sharesAnyWith(other.ids);
    }

    /** Adds the batch's ids in one tight loop (see {@link IdSet}); a duplicate, which is rare, becomes a problem. */
    private void check() {
        for (int i = 0; i < count; i++) {
            Asset asset = pending[i];
            long first = ids.addOrFirst(firstHashes[i], secondHashes[i], asset.index());
            if (first >= 0) {
                problems.add(new Problem(file + ":" + asset.line() + ":" + asset.column(), asset.pointer() + "/id",
                        "asset id '" + asset.id() + "' is already used by /assets/" + first
                                + "; asset ids must be unique"));
            }
            pending[i] = null;
        }
        count = 0;
    }
}
