package org.guildmark.core.consent;

import java.util.List;

/**
 * A consent registry the audit may ask instead of the dossier's own consents, for people the dossier links to it
 * ({@code people[].registryId}). Asked once per dossier with every query, so an implementation can batch them.
 * Core holds only this contract; the command line supplies one that calls a registry server.
 */
@FunctionalInterface
public interface ConsentRegistry {

    /**
     * The registry's decisions for {@code queries}, in their order. {@link ConsentQuery#person()} is the registry
     * id, {@link ConsentQuery#production()} the dossier's production id.
     *
     * @throws Unavailable when the registry cannot answer: the audit must not go on without it
     */
    List<ConsentDecision> decide(List<ConsentQuery> queries);

    /** The registry could not be reached or refused to answer; the message says why and what to do. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
