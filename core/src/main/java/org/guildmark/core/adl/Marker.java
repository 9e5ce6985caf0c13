package org.guildmark.core.adl;

/** Letters shown after the level, in this order, when true of delivered assets. */
public enum Marker {
    R("digital replica of a real person"),
    V("synthetic or cloned voice"),
    W("AI-generated writing"),
    M("AI-generated music"),
    X("roles displaced by AI");

    private final String meaning;

    Marker(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
