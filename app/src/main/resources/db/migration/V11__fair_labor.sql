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
