package org.guildmark.app.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the grant and deletion-obligation endpoints do around their one call of the {@link ConsentRegistry}: the
 * call is made as the signed-in {@link Caller}, and what it answers is shown as the API shows it (a grant with the
 * approvals it still awaits, an obligation as of now).
 */
@Component
class RegistryCalls {

    /** One call of the registry on behalf of a caller; a request body is best read inside it, after the caller. */
    @FunctionalInterface
    interface Call<T> {
        T on(ConsentRegistry registry, Caller caller);
    }

    private final ConsentRegistry registry;
    private final Callers callers;
    private final Clock clock;

    RegistryCalls(ConsentRegistry registry, Callers callers, Clock clock) {
        this.registry = registry;
        this.callers = callers;
        this.clock = clock;
    }

    <T> T as(Authentication auth, Call<T> call) {
        return call.on(registry, callers.of(auth));
    }

    GrantViews.Grant grant(Authentication auth, Call<ConsentGrant> call) {
        return view(as(auth, call));
    }

    GrantViews.Grant view(ConsentGrant grant) {
        return GrantViews.of(grant, registry.pendingApprovals(grant));
    }

    GrantViews.Obligation obligation(Authentication auth, Call<DeletionObligation> call) {
        DeletionObligation obligation = as(auth, call);
        return GrantViews.of(obligation, clock.instant());
    }

    /** The obligations in state {@code only} (null: all), each state judged at the same instant. */
    GrantViews.Obligations obligations(Authentication auth, Call<List<DeletionObligation>> call,
            DeletionObligation.State only) {
        List<DeletionObligation> read = as(auth, call);
        Instant now = clock.instant();
        return new GrantViews.Obligations(read.stream()
                .filter(o -> only == null || o.stateAt(now) == only)
                .map(o -> GrantViews.of(o, now)).toList());
    }
}
