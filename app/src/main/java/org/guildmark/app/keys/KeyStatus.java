package org.guildmark.app.keys;

import java.util.Locale;

/** Whether a key still signs ({@link #ACTIVE}) or only verifies what it signed before ({@link #RETIRED}). */
public enum KeyStatus {
    ACTIVE, RETIRED;

    /** The word stored, e.g. {@code active}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static KeyStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
