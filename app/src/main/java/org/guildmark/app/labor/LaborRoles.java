package org.guildmark.app.labor;

import org.guildmark.app.security.Role;
import org.springframework.security.core.Authentication;

/** Which signed-in roles may do what in this module's pages; WebSecurity enforces the same on each path. */
final class LaborRoles {

    private LaborRoles() {
    }

    static boolean editsRates(Authentication auth) {
        return has(auth, Role.ADMIN) || has(auth, Role.OFFICER);
    }

    static boolean has(Authentication auth, Role role) {
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }
}
