package org.guildmark.app.registry;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of a grant, after the W3C Data Privacy Vocabulary's consent statuses. */
class GrantLifecycleTests {

    @Test
    void only_a_given_or_renewed_grant_permits_use() {
        assertThat(EnumSet.allOf(ConsentStatus.class)).filteredOn(ConsentStatus::permitsUse)
                .containsExactlyInAnyOrder(ConsentStatus.GIVEN, ConsentStatus.RENEWED);
    }

    @Test
    void a_request_is_given_refused_or_found_invalid_and_nothing_else() {
        assertThat(GrantLifecycle.next(ConsentStatus.REQUESTED))
                .containsExactlyInAnyOrder(ConsentStatus.GIVEN, ConsentStatus.REFUSED, ConsentStatus.INVALIDATED);
    }

    @ParameterizedTest
    @EnumSource(value = ConsentStatus.class, names = {"GIVEN", "RENEWED"})
    void a_grant_in_force_can_be_renewed_withdrawn_revoked_expire_or_be_found_invalid(ConsentStatus status) {
        assertThat(GrantLifecycle.next(status)).containsExactlyInAnyOrder(ConsentStatus.RENEWED,
                ConsentStatus.WITHDRAWN, ConsentStatus.REVOKED, ConsentStatus.EXPIRED, ConsentStatus.INVALIDATED);
    }

    @ParameterizedTest
    @EnumSource(value = ConsentStatus.class, names = {"REFUSED", "WITHDRAWN", "REVOKED", "EXPIRED", "INVALIDATED"})
    void a_refused_withdrawn_revoked_expired_or_invalidated_grant_is_final(ConsentStatus status) {
        assertThat(GrantLifecycle.next(status)).isEmpty();
        assertThatThrownBy(() -> GrantLifecycle.require(status, ConsentStatus.GIVEN))
                .isInstanceOf(RegistryRefusal.IllegalTransition.class)
                .hasMessageContaining(status.code() + " is final, so record a new grant instead");
    }

    @Test
    void a_withdrawn_request_is_refused_with_what_it_may_become_instead() {
        assertThatThrownBy(() -> GrantLifecycle.require(ConsentStatus.REQUESTED, ConsentStatus.WITHDRAWN))
                .hasMessage("A requested grant cannot become withdrawn; from requested it may become only "
                        + "given, invalidated, refused.");
    }

    @Test
    void nothing_returns_to_requested() {
        for (ConsentStatus status : ConsentStatus.values()) {
            assertThat(GrantLifecycle.allows(status, ConsentStatus.REQUESTED)).as(status.code()).isFalse();
        }
    }
}
