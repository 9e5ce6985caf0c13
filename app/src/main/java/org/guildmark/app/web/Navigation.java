package org.guildmark.app.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.guildmark.app.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The navigation entries every module declares, filtered for the signed-in account. Templates call it as
 * {@code @navigation}, so the layout works on every page, error pages included, without a model attribute.
 */
@Component("navigation")
public class Navigation {

    private static final String ROLE_PREFIX = "ROLE_";

    private final List<NavigationEntry> entries;

    Navigation(ObjectProvider<NavigationEntry> entries) {
        this.entries = entries.orderedStream()
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::label))
                .toList();
    }

    /** The entries the signed-in account's role may use; none for an anonymous visitor. */
    public List<NavigationEntry> visibleTo(Authentication authentication) {
        Role role = roleOf(authentication).orElse(null);
        return entries.stream().filter(entry -> entry.visibleTo(role)).toList();
    }

    /** The role and its description, or null for an anonymous visitor. */
    public RoleDescription describe(Authentication authentication) {
        return roleOf(authentication).map(RoleDescription::of).orElse(null);
    }

    /** The role of a signed-in account: its one {@code ROLE_} authority that names a {@link Role}. */
    public static Optional<Role> roleOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.substring(ROLE_PREFIX.length()))) {
                        return Optional.of(role);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
