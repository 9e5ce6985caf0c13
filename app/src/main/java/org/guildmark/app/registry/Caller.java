package org.guildmark.app.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking the registry, with what their account is bound to. The registry decides from this alone what a
 * caller sees and may do: a performer their own person's grants, a representative those of the people they act
 * for, a production the grants made to its organization, the guild (admin, officer) every grant, anyone else
 * nothing.
 */
public sealed interface Caller {

    /** The account's username. */
    String username();

    /** Whether the caller may see this grant at all. */
    boolean sees(ConsentGrant grant);

    /** The name to record when the caller acts for {@code person}, if they may. */
    default Optional<String> speaksFor(UUID person) {
        return Optional.empty();
    }

    /** A performer, bound to their person (null when the account is bound to none, so they see nothing). */
    record Performer(String username, UUID person, String name) implements Caller {
        @Override
        public boolean sees(ConsentGrant grant) {
            return person != null && grant.terms().person().equals(person);
        }

        @Override
        public Optional<String> speaksFor(UUID someone) {
            return person != null && person.equals(someone) ? Optional.of(name) : Optional.empty();
        }
    }

    /** A guardian, estate, conservator or agent, acting for the people of {@code representations}. */
    record Representative(String username, List<Representation> representations) implements Caller {
        public Representative {
            representations = List.copyOf(representations);
        }

        @Override
        public boolean sees(ConsentGrant grant) {
            return representationFor(grant.terms().person()).isPresent();
        }

        @Override
        public Optional<String> speaksFor(UUID person) {
            return representationFor(person).map(Representation::name);
        }

        public Optional<Representation> representationFor(UUID person) {
            return representations.stream().filter(r -> r.person().equals(person)).findFirst();
        }

        public List<UUID> people() {
            return representations.stream().map(Representation::person).distinct().toList();
        }
    }

    /** A production account, acting for its organization (null when bound to none). */
    record Production(String username, UUID organization) implements Caller {
        @Override
        public boolean sees(ConsentGrant grant) {
            return organization != null && grant.terms().grantee().equals(organization);
        }
    }

    /** A guild admin or officer: reads every grant; revokes and reviews. */
    record Guild(String username) implements Caller {
        public Guild {
            Objects.requireNonNull(username, "username");
        }

        @Override
        public boolean sees(ConsentGrant grant) {
            return true;
        }
    }

    /** Any other account (committee, researcher): no access to grants. */
    record Outsider(String username) implements Caller {
        @Override
        public boolean sees(ConsentGrant grant) {
            return false;
        }
    }
}
