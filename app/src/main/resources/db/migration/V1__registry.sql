-- The consent and likeness registry: organizations, people and their representatives, productions,
-- consent grants and their status history.
--
-- Plain SQL that runs on PostgreSQL 15+ and on H2 in PostgreSQL mode. Closed vocabularies are varchar columns
-- checked against the wire codes of core's enums (org.guildmark.core.dossier.Enums via Wire.code).
-- Money is numeric(19,4) with an ISO-4217 currency; instants are timestamp with time zone.
--
-- consent_event is append-only: the application inserts into it and never updates or deletes a row.
-- consent_grant.status is the latest event's status, kept beside the grant so a check reads one row.

CREATE TABLE organization (
    id          UUID                     PRIMARY KEY,
    name        VARCHAR(300)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE person (
    id             UUID                     PRIMARY KEY,
    name           VARCHAR(300)             NOT NULL,
    category       VARCHAR(16)              NOT NULL
        CONSTRAINT person_category_known CHECK (category IN ('adult', 'minor', 'deceased', 'vulnerable')),
    date_of_birth  DATE,
    date_of_death  DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_dies_after_birth
        CHECK (date_of_birth IS NULL OR date_of_death IS NULL OR date_of_death >= date_of_birth)
);

-- Who may consent on a person's behalf.
CREATE TABLE representative (
    id         UUID         PRIMARY KEY,
    person_id  UUID         NOT NULL REFERENCES person (id),
    name       VARCHAR(300) NOT NULL,
    relation   VARCHAR(16)  NOT NULL
        CONSTRAINT representative_relation_known CHECK (relation IN ('guardian', 'estate', 'conservator', 'agent')),
    ordinal    INTEGER      NOT NULL
);
CREATE INDEX representative_person ON representative (person_id, ordinal);

CREATE TABLE production (
    id               UUID         PRIMARY KEY,
    organization_id  UUID         NOT NULL REFERENCES organization (id),
    code             VARCHAR(100) NOT NULL,
    title            VARCHAR(500) NOT NULL,
    type             VARCHAR(16)  NOT NULL
        CONSTRAINT production_type_known CHECK (type IN ('feature', 'series', 'episode', 'short', 'documentary',
            'news', 'educational', 'commercial', 'music-video', 'interactive', 'other')),
    CONSTRAINT production_code_unique UNIQUE (code)
);
CREATE INDEX production_organization ON production (organization_id);

-- The fields of a dossier consent, plus the grantee, the evidence and the current status.
CREATE TABLE consent_grant (
    id                      UUID                     PRIMARY KEY,
    person_id               UUID                     NOT NULL REFERENCES person (id),
    grantee_id              UUID                     NOT NULL REFERENCES organization (id),
    granted_by              VARCHAR(300)             NOT NULL,
    given_on                DATE,
    scope_production_id     UUID                     REFERENCES production (id),
    scope_general           BOOLEAN                  NOT NULL,
    valid_from              DATE                     NOT NULL,
    valid_until             DATE                     NOT NULL,
    compensation_amount     NUMERIC(19, 4),
    compensation_currency   CHAR(3),
    compensation_basis      VARCHAR(16)
        CONSTRAINT consent_grant_compensation_basis_known
            CHECK (compensation_basis IN ('flat', 'per-use', 'royalty', 'scale')),
    revocation_contact      VARCHAR(300),
    revocation_notice_days  INTEGER
        CONSTRAINT consent_grant_notice_days_not_negative CHECK (revocation_notice_days >= 0),
    deletion_method         VARCHAR(1000),
    deletion_within_days    INTEGER
        CONSTRAINT consent_grant_within_days_not_negative CHECK (deletion_within_days >= 0),
    informed_document       VARCHAR(1000),
    informed_language       VARCHAR(35),
    evidence_sha256         CHAR(64)                 NOT NULL,
    evidence_explained_by   VARCHAR(300)             NOT NULL,
    evidence_language       VARCHAR(35)              NOT NULL,
    status                  VARCHAR(16)              NOT NULL
        CONSTRAINT consent_grant_status_known CHECK (status IN ('requested', 'given', 'renewed', 'refused',
            'withdrawn', 'revoked', 'expired', 'invalidated')),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consent_grant_ends_after_start CHECK (valid_until >= valid_from),
    CONSTRAINT consent_grant_one_scope CHECK (
        (scope_general AND scope_production_id IS NULL) OR (NOT scope_general AND scope_production_id IS NOT NULL)),
    CONSTRAINT consent_grant_compensation_whole CHECK (
        (compensation_amount IS NULL AND compensation_currency IS NULL AND compensation_basis IS NULL)
        OR (compensation_amount IS NOT NULL AND compensation_currency IS NOT NULL AND compensation_basis IS NOT NULL))
);
CREATE INDEX consent_grant_person ON consent_grant (person_id);
CREATE INDEX consent_grant_grantee ON consent_grant (grantee_id);

CREATE TABLE consent_grant_aspect (
    grant_id  UUID        NOT NULL REFERENCES consent_grant (id),
    aspect    VARCHAR(16) NOT NULL
        CONSTRAINT consent_grant_aspect_known CHECK (aspect IN ('face', 'body', 'voice', 'performance', 'name')),
    PRIMARY KEY (grant_id, aspect)
);

CREATE TABLE consent_grant_purpose (
    grant_id  UUID        NOT NULL REFERENCES consent_grant (id),
    purpose   VARCHAR(24) NOT NULL
        CONSTRAINT consent_grant_purpose_known
            CHECK (purpose IN ('synthetic-media', 'digital-alteration', 'model-training')),
    PRIMARY KEY (grant_id, purpose)
);

-- For a general model-training grant, the models it is limited to (none: any model).
CREATE TABLE consent_grant_model (
    grant_id  UUID         NOT NULL REFERENCES consent_grant (id),
    model     VARCHAR(300) NOT NULL,
    PRIMARY KEY (grant_id, model)
);

-- Guardian, estate, conservator, court and heightened-review approvals (clause 3.4).
CREATE TABLE consent_approval (
    id           BIGINT       GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    grant_id     UUID         NOT NULL REFERENCES consent_grant (id),
    approved_by  VARCHAR(300) NOT NULL,
    relation     VARCHAR(24)  NOT NULL
        CONSTRAINT consent_approval_relation_known
            CHECK (relation IN ('guardian', 'estate', 'conservator', 'court', 'heightened-review')),
    approved_on  DATE         NOT NULL
);
CREATE INDEX consent_approval_grant ON consent_approval (grant_id);

-- Every status change of a grant, in order. Append-only: rows are inserted, never updated or deleted.
-- effective_at is when the status takes effect (a withdrawal after its notice period), recorded_at when it was
-- recorded.
CREATE TABLE consent_event (
    id            BIGINT                   GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    grant_id      UUID                     NOT NULL REFERENCES consent_grant (id),
    status        VARCHAR(16)              NOT NULL
        CONSTRAINT consent_event_status_known CHECK (status IN ('requested', 'given', 'renewed', 'refused',
            'withdrawn', 'revoked', 'expired', 'invalidated')),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(300)             NOT NULL,
    reason        VARCHAR(2000)
);
CREATE INDEX consent_event_grant ON consent_event (grant_id, id);
