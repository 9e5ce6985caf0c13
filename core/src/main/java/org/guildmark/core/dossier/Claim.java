package org.guildmark.core.dossier;

/** Something the production says about itself in public. {@code adl} is null unless it asserts a level. */
public record Claim(int index, String id, String text, String medium, Enums.ClaimAssertion asserts, Integer adl) {
    public String pointer() {
        return "/claims/" + index;
    }
}
