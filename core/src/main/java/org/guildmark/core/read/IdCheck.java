package org.guildmark.core.read;

import org.guildmark.core.dossier.Asset;

/**
 * Checks each asset's id against those seen before it, then hands the asset on. Duplicates become problems at
 * the later asset, naming the first; they are kept apart from the reader's problems and added after them.
 */
final class IdCheck implements DossierReader.AssetSink {
    private final DossierReader.AssetSink downstream;
    private final String file;
    private final IdSet ids;
    private final Problems problems = new Problems();

    IdCheck(DossierReader.AssetSink downstream, String file, long expectedAssets) {
        this.downstream = downstream;
        this.file = file;
        this.ids = new IdSet(expectedAssets);
    }

    @Override
    public void accept(Asset asset) {
        long first = ids.addOrFirst(asset.id(), asset.index());
        if (first >= 0) {
            problems.add(new Problem(file + ":" + asset.line() + ":" + asset.column(), asset.pointer() + "/id",
                    "asset id '" + asset.id() + "' is already used by /assets/" + first + "; asset ids must be unique"));
        }
        downstream.accept(asset);
    }

    Problems problems() {
        return problems;
    }

    /** Whether an id seen here was also seen by {@code other}. */
    boolean sharesAnIdWith(IdCheck other) {
        return ids.sharesAnyWith(other.ids);
    }
}
