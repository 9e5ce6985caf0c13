package org.guildmark.app.certification;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The words of the review pages and the API for a certificate's status changes, and their path patterns. */
class CertificateChangeTests {

    @Test
    void each_word_of_the_path_patterns_names_its_change() {
        assertThat(Arrays.stream(CertificateChange.VERBS.split("\\|")).map(CertificateChange::named))
                .containsExactly(CertificateChange.values());
        assertThat(Arrays.stream(CertificateChange.NOUNS.split("\\|")).map(CertificateChange::named))
                .containsExactly(CertificateChange.values());
    }

    @Test
    void no_other_word_names_a_change() {
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateChange.named("Suspend"));
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateChange.named("suspended"));
    }
}
