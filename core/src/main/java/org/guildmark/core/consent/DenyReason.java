package org.guildmark.core.consent;

import org.guildmark.core.dossier.Wire;

/** Why a use of someone's likeness is not permitted; wire codes as in the design ({@code no-consent}, ...). */
public enum DenyReason {
    NO_CONSENT, NOT_YET_VALID, EXPIRED, WITHDRAWN, REVOKED, SCOPE_MISMATCH, ASPECT_NOT_COVERED,
    PURPOSE_NOT_COVERED, APPROVAL_PENDING;

    public String code() {
        return Wire.code(this);
    }
}
