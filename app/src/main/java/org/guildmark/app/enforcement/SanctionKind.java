package org.guildmark.app.enforcement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sanctions of Article IV of the Membership Agreement, from a warning up to expulsion. */
public enum SanctionKind {
    WARNING("warning"),
    CENSURE("censure"),
    FINE("fine"),
    CERTIFICATION_SUSPENSION("suspension of certification"),
    CERTIFICATE_REVOCATION("revocation of certificates"),
    MEMBERSHIP_SUSPENSION("suspension of membership"),
    EXPULSION("expulsion");

    private final String label;

    SanctionKind(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static Optional<SanctionKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** Acts on the certificates of the case's production (or all of its organization's productions). */
    public boolean actsOnCertificates() {
        return this == CERTIFICATION_SUSPENSION || this == CERTIFICATE_REVOCATION;
    }

    public boolean actsOnMembership() {
        return this == MEMBERSHIP_SUSPENSION || this == EXPULSION;
    }
}
