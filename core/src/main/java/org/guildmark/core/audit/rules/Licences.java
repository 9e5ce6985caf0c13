package org.guildmark.core.audit.rules;

import java.util.Locale;

/** What SPDX licence identifiers imply for clause 5.2. */
final class Licences {
    private Licences() {
    }

    static boolean nonCommercial(String spdx) {
        return upper(spdx).contains("-NC");
    }

    static boolean noDerivatives(String spdx) {
        return upper(spdx).contains("-ND");
    }

    /** Every Creative Commons BY licence (CC-BY*, CC-BY-SA*, and the NC/ND variants) requires attribution. */
    static boolean requiresAttribution(String spdx) {
        return upper(spdx).startsWith("CC-BY");
    }

    private static String upper(String spdx) {
        return spdx.toUpperCase(Locale.ROOT);
    }
}
