package org.guildmark.app.enforcement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case stands: received → triage → investigation → hearing → decision → (appeal → appeal decision) →
 * closed, or dismissed or withdrawn before a decision. The hearing is optional: a decision may follow the
 * investigation.
 */
public enum CaseState {
    RECEIVED("received"),
    TRIAGE("in triage"),
    INVESTIGATION("under investigation"),
    HEARING("at hearing"),
    DECISION("decided"),
    APPEAL("under appeal"),
    APPEAL_DECISION("appeal decided"),
    CLOSED("closed"),
    DISMISSED("dismissed"),
    WITHDRAWN("withdrawn");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static CaseState ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case state: " + code));
    }

    /** Closed, dismissed or withdrawn: nothing more happens but the retention purge. */
    public boolean ended() {
        return this == CLOSED || this == DISMISSED || this == WITHDRAWN;
    }

    /** Before a decision: the case may still be dismissed, or withdrawn by its reporter. */
    public boolean beforeDecision() {
        return this == RECEIVED || this == TRIAGE || this == INVESTIGATION || this == HEARING;
    }

    /** Whether a decision may be recorded now. */
    public boolean decidable() {
        return this == INVESTIGATION || this == HEARING;
    }

    /** The states a committee member may move the case to by hand; decisions and appeals have forms of their own. */
    public Set<CaseState> manualNext() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(TRIAGE, DISMISSED);
            case TRIAGE -> EnumSet.of(INVESTIGATION, DISMISSED);
            case INVESTIGATION -> EnumSet.of(HEARING, DISMISSED);
            case HEARING -> EnumSet.of(DISMISSED);
            case APPEAL_DECISION -> EnumSet.of(CLOSED);
            default -> EnumSet.noneOf(CaseState.class);
        };
    }
}
