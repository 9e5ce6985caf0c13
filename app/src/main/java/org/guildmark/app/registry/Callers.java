package org.guildmark.app.registry;

import java.util.List;
import java.util.Optional;

import org.guildmark.app.security.Account;
import org.guildmark.app.security.Accounts;
import org.guildmark.app.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns the signed-in principal into a {@link Caller}: the role from its authorities ({@code ROLE_PERFORMER},
 * ...), what the account is bound to from {@link Accounts} (its person, its organization) and, for a
 * representative, the people it acts for. An account bound to nothing sees nothing.
 */
@Component
public class Callers {

    private final Accounts accounts;
    private final PersonRegistry people;
    private final RepresentedPeople represented;

    public Callers(Accounts accounts, PersonRegistry people, RepresentedPeople represented) {
        this.accounts = accounts;
        this.people = people;
        this.represented = represented;
    }

    public Caller of(Authentication authentication) {
        String username = authentication.getName();
        Optional<Role> role = role(authentication);
        Optional<Account> account = accounts.find(username).filter(Account::enabled);
        if (role.isEmpty()) {
            return new Caller.Outsider(username);
        }
        return switch (role.get()) {
            case ADMIN, OFFICER -> new Caller.Guild(username);
            case PERFORMER -> {
                var person = account.map(Account::person).flatMap(people::find);
                yield new Caller.Performer(username, person.map(RegisteredPerson::id).orElse(null),
                        person.map(RegisteredPerson::name).orElse(username));
            }
            case REPRESENTATIVE -> new Caller.Representative(username,
                    account.map(a -> represented.of(a.id())).orElse(List.of()));
            case PRODUCTION -> new Caller.Production(username, account.map(Account::organization).orElse(null));
            case COMMITTEE, RESEARCHER -> new Caller.Outsider(username);
        };
    }

    private static Optional<Role> role(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    return Optional.of(Role.valueOf(name.substring("ROLE_".length())));
                } catch (IllegalArgumentException notOurs) {
                    // Some other authority; keep looking.
                }
            }
        }
        return Optional.empty();
    }
}
