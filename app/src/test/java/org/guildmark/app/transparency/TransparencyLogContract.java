package org.guildmark.app.transparency;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.app.registry.TestDatabase;
import org.guildmark.app.security.MutableClock;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.ConsistencyProof;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.LogEntry;
import org.guildmark.core.trust.log.MemoryTree;
import org.guildmark.core.trust.log.MerkleHashing;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.log.ProofCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transparency log as every database keeps it: entries in, leaves numbered in queue order, the stored
 * subtrees, proofs that core's verifiers accept against the signed checkpoints, and recovery from a stop between
 * sequencing and signing. Each subclass names one database.
 */
abstract class TransparencyLogContract {

    static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    static final Issuer ISSUER = Issuer.of("https://guild.example");

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private JdbcClient jdbc;
    private TransactionOperations transactions;
    private MutableClock clock;
    private GuildKeys keys;
    private TransparencyLog log;

    abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        jdbc = database.jdbc();
        transactions = database.transactions();
        clock = new MutableClock(START);
        keys = GuildKeys.on(jdbc, clock, "log contract passphrase", dataDir);
        log = newLog(4);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private TransparencyLog newLog(int batchSize) {
        return TransparencyLog.on(jdbc, transactions, keys, ISSUER, clock, batchSize);
    }

    @Test
    void a_new_log_signs_the_empty_tree_under_its_origin() {
        assertThat(log.latestCheckpoint()).isEmpty();

        assertThat(log.sequence()).isZero();

        SignedCheckpoint checkpoint = log.latestCheckpoint().orElseThrow();
        assertThat(checkpoint.size()).isZero();
        assertThat(checkpoint.root()).isEqualTo(MerkleHashing.emptyRoot());
        assertThat(checkpoint.note()).startsWith("guild.example/log\n0\n");
        assertThat(LogChecks.verifiedCheckpoint(checkpoint, keys, ISSUER)).isEqualTo(
                new Checkpoint("guild.example/log", 0, MerkleHashing.emptyRoot()).text());
    }

    @Test
    void appended_entries_become_leaves_in_queue_order_and_come_back_byte_for_byte() {
        List<LogEntry> appended = new ArrayList<>();
        List<Long> queueIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            LogEntry entry = LogChecks.certificateIssued(i);
            appended.add(entry);
            queueIds.add(transactions.execute(status -> log.append(entry)));
        }
        assertThat(queueIds).isSorted().doesNotHaveDuplicates();
        assertThat(log.size()).isZero();

        assertThat(log.sequence()).isEqualTo(6);

        List<SequencedEntry> entries = log.entries(0, 6);
        assertThat(entries).extracting(SequencedEntry::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        for (int i = 0; i < 6; i++) {
            assertThat(entries.get(i).entry()).isEqualTo(appended.get(i).encode());
            assertThat(entries.get(i).leafHash()).isEqualTo(appended.get(i).leafHash());
            assertThat(log.indexOf(appended.get(i).leafHash())).hasValue(i);
        }
        assertThat(log.entries(2, 4)).extracting(SequencedEntry::index).containsExactly(2L, 3L);
        assertThat(log.entries(6, 6)).isEmpty();
        assertThat(log.indexOf(MerkleHashing.leafHash("never logged".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM log_queue").query(Long.class).single()).isZero();
    }

    @Test
    void every_proof_verifies_with_core_against_the_signed_checkpoints_and_matches_the_memory_tree() {
        MemoryTree reference = new MemoryTree();
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        int next = 0;
        for (int size : new int[] {1, 2, 3, 7, 8, 9, 16, 31, 33}) {
            while (next < size) {
                LogEntry entry = LogChecks.certificateIssued(next++);
                log.append(entry);
                reference.appendEntry(entry.encode());
            }
            assertThat(log.sequence()).isEqualTo(size);
            SignedCheckpoint checkpoint = log.latestCheckpoint().orElseThrow();
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(checkpoint.root()).isEqualTo(new MerkleTree(reference).root(size));
            LogChecks.verifiedCheckpoint(checkpoint, keys, ISSUER);
            checkpoints.add(checkpoint);
        }

        for (SignedCheckpoint checkpoint : checkpoints) {
            for (long index = 0; index < checkpoint.size(); index++) {
                InclusionProof proof = log.inclusionProof(index, checkpoint.size());
                byte[] leaf = reference.leafHash(index);
                assertThat(proof.verify(leaf, checkpoint.root())).as("leaf %d in %d", index, checkpoint.size())
                        .isEqualTo(new ProofCheck.Verified());
                assertThat(InclusionProof.fromJson(proof.toJson()).hashes())
                        .usingRecursiveComparison().isEqualTo(
                                new MerkleTree(reference).inclusionProof(index, checkpoint.size()).hashes());
            }
            for (SignedCheckpoint later : checkpoints) {
                if (later.size() >= checkpoint.size()) {
                    ConsistencyProof proof = log.consistencyProof(checkpoint.size(), later.size());
                    assertThat(proof.verify(checkpoint.root(), later.root()))
                            .as("%d to %d", checkpoint.size(), later.size()).isEqualTo(new ProofCheck.Verified());
                }
            }
        }
        assertThat(log.consistencyProof(0, 33).verify(MerkleHashing.emptyRoot(), checkpoints.get(8).root()))
                .isEqualTo(new ProofCheck.Verified());
    }

    @Test
    void the_subtree_table_holds_exactly_the_complete_subtrees_of_the_tree() {
        MemoryTree reference = new MemoryTree();
        for (int i = 0; i < 45; i++) {
            LogEntry entry = LogChecks.certificateIssued(i);
            log.append(entry);
            reference.appendEntry(entry.encode());
            if (i % 7 == 3) {
                log.sequence();
            }
        }
        log.sequence();

        List<long[]> rows = jdbc.sql("SELECT height, node_index FROM log_subtree ORDER BY height, node_index")
                .query((rs, row) -> new long[] {rs.getInt(1), rs.getLong(2)}).list();
        List<long[]> expected = new ArrayList<>();
        for (int height = 1; (45L >> height) > 0; height++) {
            for (long index = 0; index < 45L >> height; index++) {
                expected.add(new long[] {height, index});
            }
        }
        assertThat(rows).usingElementComparator(Arrays::compare).containsExactlyElementsOf(expected);
        StoredTree stored = new StoredTree(new LogTables(jdbc), 45);
        for (long[] node : rows) {
            assertThat(stored.subtreeHash((int) node[0], node[1]))
                    .isEqualTo(reference.subtreeHash((int) node[0], node[1]));
        }
    }

    @Test
    void one_call_sequences_everything_queued_in_several_batches_and_signs_once() {
        for (int i = 0; i < 11; i++) {
            log.append(LogChecks.certificateIssued(i));
        }

        assertThat(log.sequence()).isEqualTo(11);
        assertThat(log.sequence()).isEqualTo(11);

        assertThat(log.checkpoints()).extracting(SignedCheckpoint::size).containsExactly(11L);
    }

    @Test
    void an_entry_appended_in_a_transaction_that_rolls_back_is_never_logged() {
        LogEntry kept = LogChecks.certificateIssued(1);
        LogEntry rolledBack = LogChecks.certificateIssued(2);
        transactions.executeWithoutResult(status -> log.append(kept));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            log.append(rolledBack);
            throw new IllegalStateException("the caller's work failed");
        })).hasMessage("the caller's work failed");

        assertThat(log.sequence()).isEqualTo(1);

        assertThat(log.indexOf(kept.leafHash())).hasValue(0);
        assertThat(log.indexOf(rolledBack.leafHash())).isEmpty();
    }

    @Test
    void a_stop_between_sequencing_and_signing_is_repaired_by_the_next_run_on_a_fresh_instance() {
        log.sequence();
        log.append(LogChecks.certificateIssued(0));
        log.append(LogChecks.certificateIssued(1));
        TransparencyLog crashing = new TransparencyLog(jdbc, transactions, keys, ISSUER, clock, 4) {
            @Override
            long signCheckpoint() {
                throw new IllegalStateException("the node stopped before signing");
            }
        };

        assertThatThrownBy(crashing::sequence).hasMessage("the node stopped before signing");

        // Sequenced and consistent, but the newest checkpoint is still the old one: what clients see meanwhile.
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.latestCheckpoint().orElseThrow().size()).isZero();
        assertThat(log.inclusionProof(1, 2).verify(LogChecks.certificateIssued(1).leafHash(), log.root(2)))
                .isEqualTo(new ProofCheck.Verified());

        TransparencyLog restarted = newLog(4);
        assertThat(restarted.sequence()).isEqualTo(2);

        SignedCheckpoint signed = restarted.latestCheckpoint().orElseThrow();
        assertThat(signed.size()).isEqualTo(2);
        LogChecks.verifiedCheckpoint(signed, keys, ISSUER);
        assertThat(restarted.consistencyProof(0, 2).verify(MerkleHashing.emptyRoot(), signed.root()))
                .isEqualTo(new ProofCheck.Verified());
        assertThat(restarted.checkpoints()).extracting(SignedCheckpoint::size).containsExactly(0L, 2L);
    }

    @Test
    void a_sequencing_transaction_that_fails_leaves_queue_head_and_checkpoints_as_they_were() {
        log.append(LogChecks.certificateIssued(0));
        log.sequence();
        log.append(LogChecks.certificateIssued(1));
        log.append(LogChecks.certificateIssued(2));
        // A leaf already at the next index makes the batch's insert fail half way, as a lost connection would.
        jdbc.sql("INSERT INTO log_leaf (leaf_index, leaf_hash, entry, queue_id) VALUES (1, :hash, :entry, -1)")
                .param("hash", new byte[32]).param("entry", new byte[] {1}).update();

        assertThatThrownBy(log::sequence).isInstanceOf(RuntimeException.class);

        assertThat(log.size()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM log_queue").query(Long.class).single()).isEqualTo(2);
        assertThat(log.checkpoints()).extracting(SignedCheckpoint::size).containsExactly(1L);
        jdbc.sql("DELETE FROM log_leaf WHERE queue_id = -1").update();
        assertThat(log.sequence()).isEqualTo(3);
        assertThat(log.indexOf(LogChecks.certificateIssued(2).leafHash())).hasValue(2);
    }

    @Test
    void sizes_and_indexes_beyond_the_log_are_refused_with_what_the_log_has() {
        for (int i = 0; i < 3; i++) {
            log.append(LogChecks.certificateIssued(i));
        }
        log.sequence();

        assertThatThrownBy(() -> log.inclusionProof(0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log's size 3");
        assertThatThrownBy(() -> log.inclusionProof(3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in a tree of size 3");
        assertThatThrownBy(() -> log.consistencyProof(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.consistencyProof(1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.entries(2, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<= 3");
        assertThatThrownBy(() -> log.indexOf(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_a_key_rotation_new_checkpoints_are_signed_by_the_new_key_and_old_ones_still_verify() {
        log.append(LogChecks.certificateIssued(0));
        log.sequence();
        SignedCheckpoint before = log.latestCheckpoint().orElseThrow();
        keys.rotate();
        log.append(LogChecks.certificateIssued(1));

        log.sequence();

        SignedCheckpoint after = log.latestCheckpoint().orElseThrow();
        assertThat(LogChecks.signingKid(after, keys, ISSUER)).isEqualTo(keys.activeKid());
        assertThat(LogChecks.signingKid(before, keys, ISSUER)).isNotEqualTo(keys.activeKid());
        assertThat(log.consistencyProof(1, 2).verify(before.root(), after.root()))
                .isEqualTo(new ProofCheck.Verified());
    }

    @Test
    void entries_are_certificate_events_sanctions_and_consent_commitments_alike() {
        List<LogEntry> entries = List.of(
                LogChecks.certificateIssued(7),
                new LogEntry.SanctionPublished("sanction-2026-01", "c".repeat(64), START),
                new LogEntry.ConsentCommitment("d".repeat(64), START));
        entries.forEach(log::append);

        log.sequence();

        assertThat(log.entries(0, 3)).extracting(e -> new String(e.entry(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(entries.stream()
                        .map(e -> new String(e.encode(), StandardCharsets.UTF_8)).toList());
    }
}
