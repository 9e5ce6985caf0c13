package org.guildmark.app.registry;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What shows the consent was informed: the SHA-256 of the signed consent document (64 lower-case hex digits),
 * who explained it to the person, and in which language.
 */
public record Evidence(String sha256, String explainedBy, String language) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        Objects.requireNonNull(explainedBy, "explainedBy");
        Objects.requireNonNull(language, "language");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("evidence sha256 must be 64 lower-case hex digits, was " + sha256);
        }
    }
}
