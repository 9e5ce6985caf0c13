package org.guildmark.app.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete subtree of the log as {@link org.guildmark.core.trust.log.LeafHashSource#subtreeHash} addresses it:
 * {@code 2^height} leaves from leaf {@code index << height}; height 0 is a leaf.
 */
record NodeAddress(int height, long index) {

    /**
     * The complete subtrees along the right edge of a tree of {@code size} leaves, one per set bit of the size:
     * the left siblings that the leaves appended next may need.
     */
    static List<NodeAddress> frontier(long size) {
        List<NodeAddress> nodes = new ArrayList<>();
        for (int height = 0; height < Long.SIZE - 1; height++) {
            if ((size >> height & 1) == 1) {
                nodes.add(new NodeAddress(height, (size >> height) - 1));
            }
        }
        return nodes;
    }
}
