package org.guildmark.app.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a token is created with: its name, scopes, last day and (for an admin) organization. Mutable for binding. */
public class TokenForm {

    private String name = "";
    private List<String> scopes = new ArrayList<>();
    /** The day it stops working (at 00:00 UTC), as {@code yyyy-mm-dd}. */
    private String expiresOn = "";
    private UUID organization;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UUID getOrganization() {
        return organization;
    }

    public void setOrganization(UUID organization) {
        this.organization = organization;
    }
}
