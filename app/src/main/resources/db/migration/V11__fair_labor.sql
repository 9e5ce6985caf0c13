-- Fair labor (Principle II, IATSE principles): the guild's minimum-rate schedules. A schedule's versions are
-- inserted whole and never changed, so an audit that used one can always be read again; a correction is a new
-- version.

CREATE TABLE rate_schedule (
    id          UUID                     PRIMARY KEY,
    code        VARCHAR(100)             NOT NULL,
    title       VARCHAR(300)             NOT NULL,
    created_by  VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rate_schedule_code_unique UNIQUE (code)
);

-- One version: in force from effective_from until a later-starting version takes over.
CREATE TABLE rate_schedule_version (
    id              UUID                     PRIMARY KEY,
    schedule_id     UUID                     NOT NULL REFERENCES rate_schedule (id),
    number          INTEGER                  NOT NULL,
    effective_from  DATE                     NOT NULL,
    note            VARCHAR(2000),
    file_name       VARCHAR(300),
    imported_by     VARCHAR(100)             NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rate_schedule_version_unique UNIQUE (schedule_id, number)
);

-- A minimum as imported, on the CSV line it came from. The amount is kept as its exact decimal text.
CREATE TABLE rate_schedule_rate (
    version_id   UUID         NOT NULL REFERENCES rate_schedule_version (id),
    line         INTEGER      NOT NULL,
    role         VARCHAR(100) NOT NULL,
    role_kind    VARCHAR(20)  NOT NULL,
    unit         VARCHAR(10)  NOT NULL,
    tier         VARCHAR(100) NOT NULL,
    currency     CHAR(3)      NOT NULL,
    minimum      VARCHAR(40)  NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_until  DATE,
    PRIMARY KEY (version_id, line)
);

-- Revenue-share agreements (clause 2.3): a production's creator pool and its participants, as its dossier's
-- revenueShare gave them on upload. A new upload is a new version; reports keep the version they were divided by.
CREATE TABLE revenue_agreement (
    id                    UUID                     PRIMARY KEY,
    production_id         UUID                     NOT NULL REFERENCES production (id),
    version               INTEGER                  NOT NULL,
    basis                 VARCHAR(200),
    creator_pool_percent  VARCHAR(40)              NOT NULL,
    dossier_sha256        CHAR(64)                 NOT NULL,
    file_name             VARCHAR(300),
    recorded_by           VARCHAR(100)             NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revenue_agreement_version_unique UNIQUE (production_id, version)
);

CREATE TABLE revenue_participant (
    agreement_id  UUID         NOT NULL REFERENCES revenue_agreement (id),
    ordinal       INTEGER      NOT NULL,
    person        VARCHAR(200) NOT NULL,
    name          VARCHAR(300) NOT NULL,
    percent       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (agreement_id, ordinal)
);

-- A period's revenue as the production reported it, divided by the agreement then in force. Amounts are exact
-- decimal text in the currency's minor-unit scale.
CREATE TABLE revenue_report (
    id            UUID                     PRIMARY KEY,
    production_id UUID                     NOT NULL REFERENCES production (id),
    agreement_id  UUID                     NOT NULL REFERENCES revenue_agreement (id),
    period_start  DATE                     NOT NULL,
    period_end    DATE                     NOT NULL,
    currency      CHAR(3)                  NOT NULL,
    revenue       VARCHAR(40)              NOT NULL,
    pool          VARCHAR(40)              NOT NULL,
    reported_by   VARCHAR(100)             NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revenue_report_production ON revenue_report (production_id, period_start);

-- Each participant's line of a report's statement: the exact share and the amount paid after largest remainder.
CREATE TABLE revenue_statement_line (
    report_id  UUID         NOT NULL REFERENCES revenue_report (id),
    ordinal    INTEGER      NOT NULL,
    person     VARCHAR(200) NOT NULL,
    name       VARCHAR(300) NOT NULL,
    percent    VARCHAR(40)  NOT NULL,
    exact      VARCHAR(80)  NOT NULL,
    amount     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (report_id, ordinal)
);

-- Displacement (IATSE principles 1 and 4): roles a production replaced with AI, how many workers, the union Local
-- they belong to, and the support promised. Workers are counted, never named. Insert only.
CREATE TABLE displacement (
    id                 UUID                     PRIMARY KEY,
    production_id      UUID                     NOT NULL REFERENCES production (id),
    role               VARCHAR(100)             NOT NULL,
    department         VARCHAR(100)             NOT NULL,
    union_local        VARCHAR(200),
    workers            INTEGER                  NOT NULL,
    displaced_on       DATE                     NOT NULL,
    union_notified_on  DATE,
    note               VARCHAR(2000),
    recorded_by        VARCHAR(100)             NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX displacement_production ON displacement (production_id);
CREATE INDEX displacement_local ON displacement (union_local);

CREATE TABLE displacement_support (
    id               UUID                     PRIMARY KEY,
    displacement_id  UUID                     NOT NULL REFERENCES displacement (id),
    kind             VARCHAR(20)              NOT NULL,
    description      VARCHAR(1000)            NOT NULL,
    workers          INTEGER                  NOT NULL,
    amount           VARCHAR(40),
    currency         CHAR(3),
    due_on           DATE                     NOT NULL,
    promised_by      VARCHAR(100)             NOT NULL,
    promised_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX displacement_support_displacement ON displacement_support (displacement_id);

-- The follow-up: support confirmed delivered, once.
CREATE TABLE support_delivery (
    support_id    UUID                     PRIMARY KEY REFERENCES displacement_support (id),
    delivered_on  DATE                     NOT NULL,
    note          VARCHAR(2000),
    recorded_by   VARCHAR(100)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which union Locals a researcher account reads displacement for, granted by an admin.
CREATE TABLE union_local_reader (
    username     VARCHAR(100)             NOT NULL,
    union_local  VARCHAR(200)             NOT NULL,
    granted_by   VARCHAR(100)             NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, union_local)
);

-- Training-use compensation (IATSE principle 7): what the grantee paid under a registry grant with purpose
-- model-training. The grant itself stays the registry's; this table only names it. Insert only.
CREATE TABLE training_payment (
    id           UUID                     PRIMARY KEY,
    grant_id     UUID                     NOT NULL,
    paid_on      DATE                     NOT NULL,
    amount       VARCHAR(40)              NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    reference    VARCHAR(300),
    recorded_by  VARCHAR(100)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_payment_grant ON training_payment (grant_id);

-- AI adoption (IATSE principle 2), counted from the dossier a production uploads for its revenue-share terms: per
-- department its delivered assets and those AI touched; per craft (credited role) the people credited and those
-- who directed, prompted or approved AI-touched assets. Workforce insights publish only aggregates of these.
CREATE TABLE adoption_department (
    agreement_id  UUID           NOT NULL REFERENCES revenue_agreement (id),
    department    VARCHAR(100)   NOT NULL,
    assets        INTEGER        NOT NULL,
    ai_assets     INTEGER        NOT NULL,
    PRIMARY KEY (agreement_id, department)
);

CREATE TABLE adoption_craft (
    agreement_id  UUID           NOT NULL REFERENCES revenue_agreement (id),
    craft         VARCHAR(200)   NOT NULL,
    people        INTEGER        NOT NULL,
    ai_people     INTEGER        NOT NULL,
    PRIMARY KEY (agreement_id, craft)
);
