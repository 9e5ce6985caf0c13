package org.guildmark.app.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.guildmark.app.security.Role;

/**
 * A page in the main navigation, shown only to the roles that may use it. A module declares one as a bean; the
 * layout and the home page list the entries of the signed-in account's role, by {@code order}.
 *
 * @param path        the page's path, e.g. {@code /admin/accounts}
 * @param label       the link text, short
 * @param description one sentence for the home page: what the account can do there
 * @param order       position in the navigation, lower first
 * @param roles       who sees the entry; the page's security rule must allow the same roles
 */
public record NavigationEntry(String path, String label, String description, int order, Set<Role> roles) {

    public NavigationEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        roles = Set.copyOf(roles);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a navigation path starts with '/': " + path);
        }
    }

    /** An entry for the named roles. */
    public static NavigationEntry of(String path, String label, String description, int order, Role first,
            Role... more) {
        return new NavigationEntry(path, label, description, order, EnumSet.of(first, more));
    }

    /** An entry for every signed-in role. */
    public static NavigationEntry forEveryone(String path, String label, String description, int order) {
        return new NavigationEntry(path, label, description, order, EnumSet.allOf(Role.class));
    }

    public boolean visibleTo(Role role) {
        return role != null && roles.contains(role);
    }
}
