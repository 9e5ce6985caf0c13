-- The consent registry's service: who represents whom, the uses of a grant, deletion obligations after a
-- withdrawal or revocation with their confirmations and escalations, and the signed receipts of status changes.
--
-- Plain SQL for PostgreSQL 15+ and H2 in PostgreSQL mode, like V1. Like consent_event, these tables are
-- append-only: a confirmation or an escalation is a row of its own, never an update of the obligation.

-- A representative account acts for the people whose representative it is (guardian, estate, conservator, agent).
CREATE TABLE representative_account (
    account_id         UUID NOT NULL REFERENCES account (id),
    representative_id  UUID NOT NULL REFERENCES representative (id),
    PRIMARY KEY (account_id, representative_id)
);

-- A production (and, for model training, a model) used a grant: an asset made, or a model trained, at used_at.
CREATE TABLE grant_use (
    id             UUID                     PRIMARY KEY,
    grant_id       UUID                     NOT NULL REFERENCES consent_grant (id),
    production_id  UUID                     REFERENCES production (id),
    organization_id UUID                    NOT NULL REFERENCES organization (id),
    asset          VARCHAR(300),
    model          VARCHAR(300),
    used_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(300)             NOT NULL,
    CONSTRAINT grant_use_names_what CHECK (asset IS NOT NULL OR model IS NOT NULL)
);
CREATE INDEX grant_use_grant ON grant_use (grant_id);

-- What a production (and model) that used a grant must delete after the grant was withdrawn or revoked.
CREATE TABLE deletion_obligation (
    id               UUID                     PRIMARY KEY,
    grant_id         UUID                     NOT NULL REFERENCES consent_grant (id),
    organization_id  UUID                     NOT NULL REFERENCES organization (id),
    production_id    UUID                     REFERENCES production (id),
    model            VARCHAR(300),
    method           VARCHAR(1000)            NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deletion_obligation_due_after_creation CHECK (due_at >= created_at)
);
CREATE INDEX deletion_obligation_grant ON deletion_obligation (grant_id);
CREATE INDEX deletion_obligation_organization ON deletion_obligation (organization_id);
CREATE INDEX deletion_obligation_due ON deletion_obligation (due_at);

-- The production's confirmation that it deleted, with the SHA-256 of its evidence. At most one per obligation.
CREATE TABLE deletion_confirmation (
    obligation_id    UUID                     PRIMARY KEY REFERENCES deletion_obligation (id),
    evidence_sha256  CHAR(64)                 NOT NULL,
    description      VARCHAR(2000)            NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by     VARCHAR(300)             NOT NULL
);

-- When an overdue obligation was escalated (the event published), so it is escalated once.
CREATE TABLE deletion_escalation (
    obligation_id  UUID                     PRIMARY KEY REFERENCES deletion_obligation (id),
    escalated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The signed receipt of each status change: the compact JWS given to the performer. ordinal is the event's
-- position in the grant's history, from 0.
CREATE TABLE consent_receipt (
    grant_id   UUID                     NOT NULL REFERENCES consent_grant (id),
    ordinal    INTEGER                  NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    kid        VARCHAR(100)             NOT NULL,
    jws        VARCHAR(20000)           NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (grant_id, ordinal)
);
