package org.guildmark.core.read;

import org.guildmark.core.dossier.Asset;

/**
 * Where a later share of the {@code assets} list really starts, for a sink that saw it numbered from zero: the
 * number of elements before it and the line and column of its first element.
 */
public record AssetShift(long elementsBefore, int line, int column) {

    /** The asset as the whole file numbers and places it. */
    public Asset apply(Asset asset) {
        int realLine = line + asset.line() - 1;
        int realColumn = asset.line() == 1 ? column + asset.column() - ChunkRead.PREFIX.length - 1 : asset.column();
        return new Asset(asset.index() + elementsBefore, realLine, realColumn, asset.id(), asset.kind(),
                asset.department(), asset.seconds(), asset.delivered(), asset.ai(), asset.oversight(),
                asset.likeness(), asset.labels());
    }

    /** A JSON pointer under {@code /assets/N}, renumbered; any other pointer unchanged. */
    public String pointer(String pointer) {
        String prefix = "/assets/";
        if (!pointer.startsWith(prefix)) {
            return pointer;
        }
        int end = prefix.length();
        while (end < pointer.length() && Character.isDigit(pointer.charAt(end))) {
            end++;
        }
        if (end == prefix.length()) {
            return pointer;
        }
        long index = Long.parseLong(pointer, prefix.length(), end, 10);
        return prefix + (index + elementsBefore) + pointer.substring(end);
    }
}
