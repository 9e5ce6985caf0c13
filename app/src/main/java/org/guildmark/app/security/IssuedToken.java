package org.guildmark.app.security;

/**
 * A token just created, with its secret: the one moment the secret exists outside its owner's hands. Its
 * {@link #toString()} leaves the secret out so it cannot reach a log by accident.
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[token=" + token + "]";
    }
}
