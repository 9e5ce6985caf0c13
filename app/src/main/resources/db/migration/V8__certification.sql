-- Certification: submitted dossiers and their audit reports (stored once by SHA-256, never changed), the officers'
-- decisions, the certificates issued and every change of their status. Nothing here is updated in place except
-- a certificate's current state, which always equals the fold of its events.

-- Content-addressed documents: a dossier or an audit report, kept byte for byte under its SHA-256.
CREATE TABLE stored_document (
    sha256      CHAR(64)                 PRIMARY KEY,
    media_type  VARCHAR(100)             NOT NULL,
    bytes       BYTEA                    NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One version of a production's dossier, as submitted, with what the server's audit found.
CREATE TABLE submission (
    id                 UUID                     PRIMARY KEY,
    production_id      UUID                     NOT NULL REFERENCES production (id),
    version            INTEGER                  NOT NULL,
    file_name          VARCHAR(300)             NOT NULL,
    dossier_sha256     CHAR(64)                 NOT NULL REFERENCES stored_document (sha256),
    report_sha256      CHAR(64)                 NOT NULL REFERENCES stored_document (sha256),
    dossier_production VARCHAR(200),
    title              VARCHAR(500),
    code_version       VARCHAR(20),
    adl                INTEGER,
    adl_display        VARCHAR(100),
    certifiable        BOOLEAN                  NOT NULL,
    adl_explanation    VARCHAR(8000),
    disclosure_sha256  CHAR(64)                 REFERENCES stored_document (sha256),
    credits_sha256     CHAR(64)                 REFERENCES stored_document (sha256),
    submitted_by       VARCHAR(100)             NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_version_unique UNIQUE (production_id, version)
);
CREATE INDEX submission_submitted ON submission (submitted_at);

-- The registry grants the audit found covering the dossier's synthetic likenesses: what a withdrawal suspends.
CREATE TABLE submission_grant (
    submission_id  UUID NOT NULL REFERENCES submission (id),
    grant_id       UUID NOT NULL,
    PRIMARY KEY (submission_id, grant_id)
);
CREATE INDEX submission_grant_grant ON submission_grant (grant_id);

-- The production's written justification of a major finding, keyed by the finding's stable id.
CREATE TABLE submission_justification (
    submission_id  UUID          NOT NULL REFERENCES submission (id),
    finding_id     VARCHAR(300)  NOT NULL,
    justification  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (submission_id, finding_id)
);

-- Officers' decisions, appended: 'certify' or 'reject', each by a named officer with reasons.
CREATE TABLE review_decision (
    id             UUID                     PRIMARY KEY,
    submission_id  UUID                     NOT NULL REFERENCES submission (id),
    decision       VARCHAR(16)              NOT NULL
        CONSTRAINT review_decision_known CHECK (decision IN ('certify', 'reject')),
    officer        VARCHAR(100)             NOT NULL,
    reasons        VARCHAR(4000)            NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_decision_once_per_officer UNIQUE (submission_id, officer)
);

CREATE TABLE certificate (
    id              VARCHAR(100)             PRIMARY KEY,
    submission_id   UUID                     NOT NULL REFERENCES submission (id),
    production_id   UUID                     NOT NULL REFERENCES production (id),
    status_list     INTEGER                  NOT NULL,
    status_index    INTEGER                  NOT NULL,
    jws             VARCHAR(8000)            NOT NULL,
    sha256          CHAR(64)                 NOT NULL,
    kid             VARCHAR(100)             NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)              NOT NULL
        CONSTRAINT certificate_state_known CHECK (state IN ('active', 'suspended', 'revoked')),
    CONSTRAINT certificate_for_submission UNIQUE (submission_id),
    CONSTRAINT certificate_status_slot UNIQUE (status_list, status_index)
);
CREATE INDEX certificate_production ON certificate (production_id);

-- One row, locked while a status slot is chosen, so two nodes never give two certificates the same bit.
CREATE TABLE certificate_slot_lock (
    id  INTEGER PRIMARY KEY
);
INSERT INTO certificate_slot_lock (id) VALUES (1);

-- Why a certificate is suspended: each cause stays open until it is released; suspended while any is open.
CREATE TABLE certificate_hold (
    id              UUID                     PRIMARY KEY,
    certificate_id  VARCHAR(100)             NOT NULL REFERENCES certificate (id),
    cause           VARCHAR(32)              NOT NULL
        CONSTRAINT certificate_hold_cause_known CHECK (cause IN ('consent-withdrawn', 'deletion-overdue',
            'officer', 'sanction')),
    reference       VARCHAR(100),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX certificate_hold_certificate ON certificate_hold (certificate_id);

-- The deletions a consent hold waits for: released when every one is confirmed.
CREATE TABLE certificate_hold_obligation (
    hold_id        UUID                     NOT NULL REFERENCES certificate_hold (id),
    obligation_id  UUID                     NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (hold_id, obligation_id)
);
CREATE INDEX certificate_hold_obligation_obligation ON certificate_hold_obligation (obligation_id);

-- Every status change of a certificate, appended: issued, suspended, reinstated, revoked.
CREATE TABLE certificate_event (
    id              UUID                     PRIMARY KEY,
    certificate_id  VARCHAR(100)             NOT NULL REFERENCES certificate (id),
    kind            VARCHAR(16)              NOT NULL
        CONSTRAINT certificate_event_kind_known CHECK (kind IN ('issued', 'suspended', 'reinstated', 'revoked')),
    reason          VARCHAR(4000)            NOT NULL,
    actor           VARCHAR(100)             NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_event_certificate ON certificate_event (certificate_id, at);
