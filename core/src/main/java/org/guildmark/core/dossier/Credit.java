package org.guildmark.core.dossier;

/** One line of the credit roll. {@code department} and {@code creditedAs} may be null. */
public record Credit(int index, String person, String role, String department, String creditedAs, boolean onScreen) {
    public String pointer() {
        return "/credits/" + index;
    }
}
