package org.guildmark.core.trust.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import org.guildmark.core.trust.TrustFormatException;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StatusBitstringTest {
    /** The encodedList of the empty 131,072-entry list in the examples of the W3C Bitstring Status List v1.0. */
    static final String W3C_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void the_w3c_example_is_an_all_clear_list_of_the_minimum_size() {
        StatusBitstring list = StatusBitstring.decode(W3C_EXAMPLE);
        assertThat(list.size()).isEqualTo(131_072);
        assertThat(list.bytes()).containsOnly(0);
    }

    @Test
    void index_zero_is_the_left_most_bit_of_the_first_byte() {
        StatusBitstring list = new StatusBitstring();
        list.set(0, true);
        list.set(9, true);
        list.set(131_071, true);
        byte[] bytes = list.bytes();
        assertThat(bytes[0]).isEqualTo((byte) 0x80);
        assertThat(bytes[1]).isEqualTo((byte) 0x40);
        assertThat(bytes[16_383]).isEqualTo((byte) 0x01);
        assertThat(list.get(0)).isTrue();
        assertThat(list.get(1)).isFalse();
        list.set(0, false);
        assertThat(list.get(0)).isFalse();
        assertThat(list.get(9)).isTrue();
    }

    @Property(tries = 50)
    void a_set_bit_survives_encoding(@ForAll @IntRange(min = 0, max = 131_071) int index) {
        StatusBitstring list = new StatusBitstring();
        list.set(index, true);
        String encoded = list.encode();
        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        StatusBitstring back = StatusBitstring.decode(encoded);
        assertThat(back.get(index)).isTrue();
        assertThat(back.bytes()).isEqualTo(list.bytes());
    }

    @Test
    void malformed_lists_are_refused() throws Exception {
        assertThatThrownBy(() -> StatusBitstring.decode(W3C_EXAMPLE.substring(1)))
                .isInstanceOf(TrustFormatException.class).hasMessageContaining("'u'");
        assertThatThrownBy(() -> StatusBitstring.decode(W3C_EXAMPLE + "=")).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> StatusBitstring.decode("u")).isInstanceOf(TrustFormatException.class);
        assertThatThrownBy(() -> StatusBitstring.decode("uAAAA")).isInstanceOf(TrustFormatException.class)
                .hasMessageContaining("GZIP");
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(small)) {
            gzip.write(new byte[100]);
        }
        String tooShort = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(small.toByteArray());
        assertThatThrownBy(() -> StatusBitstring.decode(tooShort)).isInstanceOf(TrustFormatException.class)
                .hasMessageContaining("fewer than the minimum");
        assertThatThrownBy(() -> new StatusBitstring().get(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new StatusBitstring(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
