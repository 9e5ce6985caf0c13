package org.guildmark.core.trust.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class Ed25519KeyTest {

    /** RFC 8032 §7.1, TEST 1: the empty message. */
    @Test
    void rfc8032_test_1() {
        HexFormat hex = HexFormat.of();
        Ed25519Key key = Ed25519Key.fromSeed(hex.parseHex(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertThat(hex.formatHex(key.publicKey()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] signature = key.sign(new byte[0]);
        assertThat(hex.formatHex(signature)).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(Ed25519Key.verify(key.publicKey(), new byte[0], signature)).isTrue();
    }

    @Test
    void verification_rejects_other_messages_keys_and_garbage() {
        Ed25519Key key = Ed25519Key.generate();
        byte[] msg = "certificate".getBytes(StandardCharsets.UTF_8);
        byte[] sig = key.sign(msg);
        assertThat(Ed25519Key.verify(key.publicKey(), msg, sig)).isTrue();
        assertThat(Ed25519Key.verify(Ed25519Key.generate().publicKey(), msg, sig)).isFalse();
        assertThat(Ed25519Key.verify(key.publicKey(), "other".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
        assertThat(Ed25519Key.verify(key.publicKey(), msg, new byte[3])).isFalse();
        assertThat(Ed25519Key.verify(new byte[32], msg, sig)).isFalse();
        assertThatThrownBy(() -> Ed25519Key.fromSeed(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Ed25519Key.fromSeed(key.seed()).publicKey()).isEqualTo(key.publicKey());
    }
}
