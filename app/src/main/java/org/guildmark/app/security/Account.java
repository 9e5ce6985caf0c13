package org.guildmark.app.security;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A local account.
 *
 * @param passwordHash the delegating-encoder hash, e.g. {@code {bcrypt}$2a$10$...}; never the password
 * @param organization       the organization a production account acts for, else null
 * @param person             the person a performer account is, else null
 * @param sessionEpoch       counts the changes that ended the account's sessions; a session signed in at another
 *                           epoch is over
 * @param mustChangePassword the password was set by someone other than the holder (generated, or by an admin),
 *                           who must choose their own before doing anything else
 */
public record Account(
        UUID id,
        String username,
        String passwordHash,
        Role role,
        UUID organization,
        UUID person,
        boolean enabled,
        Instant createdAt,
        int sessionEpoch,
        boolean mustChangePassword) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Leaves the hash out, so an account can be logged or shown without it. */
    @Override
    public String toString() {
        return "Account[id=" + id + ", username=" + username + ", role=" + role.code() + ", enabled=" + enabled + "]";
    }
}
