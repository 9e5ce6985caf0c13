package org.guildmark.app.transparency;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.ConsistencyProof;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.LeafHashSource;
import org.guildmark.core.trust.log.LogEntry;
import org.guildmark.core.trust.log.MerkleHashing;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.log.SubtreeNode;
import org.guildmark.core.trust.note.NoteSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The guild's transparency log, kept in the database (docs/trust.md, "The log on the server").
 *
 * <p>{@link #append} only queues an entry, in the caller's transaction, so it is logged exactly when the caller's
 * work commits. {@link #sequence} then gives the queued entries their indexes in batches, each batch one
 * transaction under the sequencer lock ({@link SequencerLock}): it reads the head, writes the leaves and every
 * complete subtree they complete ({@link MerkleTree#completedBy}), advances the head and empties those queue rows.
 * Signing the checkpoint of the new size is a second step; a node stopped between the two leaves a head with no
 * checkpoint of its size, which the next {@link #sequence} (every node runs one at start) signs. Nothing else is
 * ever needed to repair the log: each step either commits whole or not at all.
 */
@Service
public class TransparencyLog {

    /** Entries sequenced per transaction, unless {@code guildmark.log.batch-size} says otherwise. */
    static final int DEFAULT_BATCH_SIZE = 1000;

    private final LogTables tables;
    private final SequencerLock lock;
    private final TransactionOperations transactions;
    private final GuildKeys keys;
    private final Issuer issuer;
    private final Clock clock;
    private final int batchSize;

    TransparencyLog(JdbcClient jdbc, TransactionOperations transactions, GuildKeys keys, Issuer issuer, Clock clock,
            @Value("${guildmark.log.batch-size:" + DEFAULT_BATCH_SIZE + "}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("guildmark.log.batch-size must be at least 1, was " + batchSize);
        }
        this.tables = new LogTables(jdbc);
        this.lock = new SequencerLock(jdbc);
        this.transactions = transactions;
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * The log in the database behind {@code jdbc}, outside a Spring context (tests, benchmarks, tools); it has no
     * scheduler, so the caller runs {@link #sequence}. {@code transactions} must manage the same data source.
     */
    public static TransparencyLog on(JdbcClient jdbc, TransactionOperations transactions, GuildKeys keys,
            Issuer issuer, Clock clock, int batchSize) {
        return new TransparencyLog(jdbc, transactions, keys, issuer, clock, batchSize);
    }

    /**
     * Queues the entry in the caller's transaction (same DataSource), so it is logged only if the caller's work
     * commits. Returns the queue id.
     */
    public long append(LogEntry entry) {
        return tables.enqueue(entry.encode(), clock.instant());
    }

    /**
     * Sequences everything queued so far (batched) and signs a checkpoint when the size grew; returns the tree size.
     * Entries queued by transactions that commit while it runs wait for the next call. A scheduler calls it often
     * ({@code guildmark.log.sequence-interval}); tests and the demo call it directly.
     */
    public long sequence() {
        LogTables.State state = tables.state();
        if (state.idle()) {
            return state.size();
        }
        if (state.lastQueued() >= 0) {
            Integer sequenced;
            do {
                sequenced = transactions.execute(status -> sequenceBatch(state.lastQueued()));
            } while (sequenced != null && sequenced == batchSize);
        }
        return signCheckpoint();
    }

    public Optional<SignedCheckpoint> latestCheckpoint() {
        return tables.latestCheckpoint();
    }

    /** The index of the first leaf with this leaf hash, if any. */
    public OptionalLong indexOf(byte[] leafHash) {
        if (leafHash.length != MerkleHashing.HASH_LENGTH) {
            throw new IllegalArgumentException("a leaf hash is 32 bytes, not " + leafHash.length);
        }
        return tables.indexOf(leafHash);
    }

    /** The proof that leaf {@code index} is in the tree of the first {@code size} leaves, {@code size <= size()}. */
    public InclusionProof inclusionProof(long index, long size) {
        return StoredTree.compute(tables, size(), tree -> tree.inclusionProof(index, size));
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} leaves. */
    public ConsistencyProof consistencyProof(long from, long to) {
        return StoredTree.compute(tables, size(), tree -> tree.consistencyProof(from, to));
    }

    /** Entries {@code start} to {@code end - 1}, {@code 0 <= start <= end <= size()}. */
    public List<SequencedEntry> entries(long start, long end) {
        long size = size();
        if (start < 0 || start > end || end > size) {
            throw new IllegalArgumentException("entries need 0 <= start <= end <= " + size + ", got " + start
                    + " and " + end);
        }
        return tables.entries(start, end);
    }

    /** The number of sequenced entries; may be ahead of the latest checkpoint for a moment. */
    long size() {
        return tables.size();
    }

    /** The root hash of the tree of the first {@code size} leaves. */
    byte[] root(long size) {
        return StoredTree.compute(tables, size(), tree -> tree.root(size));
    }

    /** Every checkpoint ever signed, smallest first. */
    List<SignedCheckpoint> checkpoints() {
        return tables.checkpoints();
    }

    /** One batch, in the caller's transaction: the oldest queued entries up to {@code lastQueued} become leaves. */
    private int sequenceBatch(long lastQueued) {
        lock.acquire();
        long size = tables.size();
        List<LogTables.Queued> batch = tables.queued(lastQueued, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Appending tree = new Appending(tables, size);
        List<byte[]> leafHashes = new ArrayList<>(batch.size());
        List<SubtreeNode> subtrees = new ArrayList<>(batch.size());
        List<Long> ids = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            byte[] leafHash = MerkleHashing.leafHash(batch.get(i).entry());
            for (SubtreeNode node : MerkleTree.completedBy(size + i, leafHash, tree)) {
                tree.add(node);
                if (node.level() > 0) {
                    subtrees.add(node);
                }
            }
            leafHashes.add(leafHash);
            ids.add(batch.get(i).id());
        }
        tables.insertLeaves(size, batch, leafHashes);
        tables.insertSubtrees(subtrees);
        if (!tables.advanceHead(size, size + batch.size())) {
            // Only a sequencer that ignored the lock could have moved it; the rollback undoes this batch.
            throw new IllegalStateException("the log head moved from " + size + " while sequencing");
        }
        tables.dequeue(ids);
        return batch.size();
    }

    /** Signs a checkpoint of the current size unless one exists; returns the size. */
    long signCheckpoint() {
        // The key first: loading it the first time derives its wrapping key (PBKDF2), which must not happen while
        // the sequencer lock is held and every other node waits.
        SigningKey signingKey = keys.activeSigningKey();
        Long signed = transactions.execute(status -> {
            lock.acquire();
            long size = tables.size();
            Optional<SignedCheckpoint> latest = tables.latestCheckpoint();
            if (latest.isPresent() && latest.get().size() == size) {
                return size;
            }
            byte[] root = root(size);
            String origin = issuer.logOrigin();
            String note = new NoteSigner(origin, signingKey.key())
                    .sign(new Checkpoint(origin, size, root).text());
            tables.insertCheckpoint(new SignedCheckpoint(size, root, note,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
            return size;
        });
        return signed == null ? size() : signed;
    }

    /**
     * The stored tree while a batch is appended: the right edge of the stored tree (the only stored nodes new
     * leaves can complete a subtree with) read once, and the batch's own nodes as they are computed.
     */
    private static final class Appending implements LeafHashSource {
        private final LogTables tables;
        private final Map<NodeAddress, byte[]> nodes = new HashMap<>();
        private long size;

        Appending(LogTables tables, long size) {
            this.tables = tables;
            this.size = size;
            nodes.putAll(tables.nodes(NodeAddress.frontier(size)));
        }

        void add(SubtreeNode node) {
            nodes.put(new NodeAddress(node.level(), node.index()), node.hash());
            if (node.level() == 0) {
                size++;
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public byte[] leafHash(long index) {
            return subtreeHash(0, index);
        }

        @Override
        public byte[] subtreeHash(int level, long index) {
            byte[] hash = nodes.get(new NodeAddress(level, index));
            if (hash == null) {
                hash = tables.node(new NodeAddress(level, index)).orElseThrow(() -> StoredTree.missing(level, index));
            }
            return hash;
        }
    }
}
