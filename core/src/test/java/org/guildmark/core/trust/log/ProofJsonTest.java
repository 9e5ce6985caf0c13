package org.guildmark.core.trust.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guildmark.core.trust.TrustFormatException;
import org.junit.jupiter.api.Test;

class ProofJsonTest {

    @Test
    void inclusion_proof_json_has_the_documented_shape() {
        InclusionProof proof = new MerkleTree(ReferenceVectors.tree()).inclusionProof(2, 3);
        assertThat(proof.toJson())
                .isEqualTo("{\"index\":2,\"size\":3,\"hashes\":[\"+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU=\"]}");
        assertThat(InclusionProof.fromJson(proof.toJson()).hashes()).containsExactlyElementsOf(proof.hashes());
    }

    @Test
    void consistency_proof_json_round_trips() {
        ConsistencyProof proof = new MerkleTree(ReferenceVectors.tree()).consistencyProof(6, 8);
        assertThat(proof.toJson()).startsWith("{\"from\":6,\"to\":8,\"hashes\":[");
        ConsistencyProof read = ConsistencyProof.fromJson(proof.toJson());
        assertThat(read.from()).isEqualTo(6);
        assertThat(read.hashes()).containsExactlyElementsOf(proof.hashes());
    }

    @Test
    void malformed_proofs_name_the_field() {
        assertThatThrownBy(() -> InclusionProof.fromJson("{\"index\":1,\"size\":2}"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("/hashes"));
        assertThatThrownBy(() -> InclusionProof.fromJson("{\"index\":-1,\"size\":2,\"hashes\":[]}"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("/index"));
        assertThatThrownBy(() -> InclusionProof.fromJson("{\"index\":1.5,\"size\":2,\"hashes\":[]}"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("/index"));
        assertThatThrownBy(() -> InclusionProof.fromJson("{\"index\":1,\"size\":2,\"hashes\":[\"AAAA\"]}"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("/hashes/0"));
        assertThatThrownBy(() -> InclusionProof.fromJson("{\"index\":1,\"size\":2,\"hashes\":[],\"x\":1}"))
                .isInstanceOfSatisfying(TrustFormatException.class, e -> assertThat(e.where()).isEqualTo("/x"));
        assertThatThrownBy(() -> ConsistencyProof.fromJson("[1,2]")).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> ConsistencyProof.fromJson("{")).isInstanceOf(TrustFormatException.class);
    }
}
