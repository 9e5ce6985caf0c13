package org.guildmark.app.registry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which (design consent.md, after W3C DPV). A request is given, refused or found invalid;
 * a given or renewed grant is renewed, withdrawn by the person, revoked by the guild, expires or is found invalid.
 * Refused, withdrawn, revoked, expired and invalidated are final: a new grant starts over.
 */
public final class GrantLifecycle {

    private static final Map<ConsentStatus, Set<ConsentStatus>> NEXT = new EnumMap<>(ConsentStatus.class);

    static {
        for (ConsentStatus status : ConsentStatus.values()) {
            NEXT.put(status, EnumSet.noneOf(ConsentStatus.class));
        }
        NEXT.put(ConsentStatus.REQUESTED,
                EnumSet.of(ConsentStatus.GIVEN, ConsentStatus.REFUSED, ConsentStatus.INVALIDATED));
        Set<ConsentStatus> fromInForce = EnumSet.of(ConsentStatus.RENEWED, ConsentStatus.WITHDRAWN,
                ConsentStatus.REVOKED, ConsentStatus.EXPIRED, ConsentStatus.INVALIDATED);
        NEXT.put(ConsentStatus.GIVEN, fromInForce);
        NEXT.put(ConsentStatus.RENEWED, fromInForce);
    }

    private GrantLifecycle() {
    }

    /** The statuses that may follow {@code from}; empty for a final status. */
    public static Set<ConsentStatus> next(ConsentStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean allows(ConsentStatus from, ConsentStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses a change the lifecycle does not allow, saying what would be allowed. */
    static void require(ConsentStatus from, ConsentStatus to) {
        if (!allows(from, to)) {
            throw new RegistryRefusal.IllegalTransition(from, to, next(from));
        }
    }
}
