package org.guildmark.core.consent;

import java.time.Instant;
import java.util.Set;

import org.guildmark.core.dossier.Enums;

/**
 * "May this production use these aspects of this person, for one of these purposes, at this instant?"
 * {@code acceptablePurposes} holds every purpose that would cover the use (a composite may rest on a
 * digital-alteration consent as well as a synthetic-media one).
 */
public record ConsentQuery(String person, String production, Set<Enums.Aspect> aspects,
        Set<Enums.Purpose> acceptablePurposes, Instant at) {
}
