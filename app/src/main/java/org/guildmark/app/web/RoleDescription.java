package org.guildmark.app.web;

import org.guildmark.app.security.Role;

/** How a role is named on the pages and what it is for, in a sentence. */
public record RoleDescription(Role role, String label, String purpose) {

    public static RoleDescription of(Role role) {
        return switch (role) {
            case ADMIN -> new RoleDescription(role, "Administrator",
                    "You manage the accounts of this registry and watch the server's health and metrics.");
            case OFFICER -> new RoleDescription(role, "Certification officer",
                    "You review productions submitted for certification and decide on them.");
            case COMMITTEE -> new RoleDescription(role, "Ethics committee",
                    "You handle complaints, investigations, sanctions and appeals.");
            case PRODUCTION -> new RoleDescription(role, "Production",
                    "You act for your organization: the consents made to it and the deletion obligations of its "
                            + "productions.");
            case PERFORMER -> new RoleDescription(role, "Performer",
                    "You control who may use your face, body, voice, performance and name, and you can take "
                            + "consent back.");
            case REPRESENTATIVE -> new RoleDescription(role, "Representative",
                    "You act for the people you represent, as their guardian, estate, conservator or agent.");
            case RESEARCHER -> new RoleDescription(role, "Researcher",
                    "You read aggregated, privacy-protected figures about AI in production.");
        };
    }
}
