package org.guildmark.app.security;

import java.util.Arrays;
import java.util.Locale;

/** What an account may do. Anonymous public visitors hold no account and so no role. */
public enum Role {
    /** Manages accounts and the server. */
    ADMIN,
    /** A guild certification officer: reviews submissions and decides. */
    OFFICER,
    /** The ethics committee: complaints, investigations, sanctions, appeals. */
    COMMITTEE,
    /** Acts for one organization and its productions. */
    PRODUCTION,
    /** A performer, acting for themselves as one registered person. */
    PERFORMER,
    /** A guardian, estate, conservator or agent acting for the people they represent. */
    REPRESENTATIVE,
    /** A union researcher: aggregated, privacy-protected figures only. */
    RESEARCHER;

    /** The code stored in {@code account.role}, e.g. {@code officer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role stored as {@code code}. */
    public static Role ofCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role code: " + code));
    }
}
