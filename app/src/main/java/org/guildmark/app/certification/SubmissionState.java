package org.guildmark.app.certification;

/** Where a submission stands, folded from its decisions, its certificate and the versions after it. */
public enum SubmissionState {
    /** Waiting for an officer. */
    PENDING("awaiting review"),
    /** One officer would certify; the four-eyes rule waits for a second. */
    AWAITING_SECOND_OFFICER("awaiting a second officer"),
    CERTIFIED("certified"),
    REJECTED("rejected"),
    /** A later version was submitted before this one was decided. */
    SUPERSEDED("superseded by a later version");

    private final String label;

    SubmissionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the state reads as a badge on the pages: certified is good news, rejected bad, the rest neutral. */
    public String tone() {
        return switch (this) {
            case CERTIFIED -> "on";
            case REJECTED -> "alert";
            case PENDING, AWAITING_SECOND_OFFICER -> "warn";
            case SUPERSEDED -> "off";
        };
    }

    /** Whether an officer may still decide. */
    public boolean open() {
        return this == PENDING || this == AWAITING_SECOND_OFFICER;
    }
}
