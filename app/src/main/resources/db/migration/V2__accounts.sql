-- Local accounts of the registry server and the role each holds.
--
-- Plain SQL that runs on PostgreSQL 15+ and on H2 in PostgreSQL mode, like V1. password_hash is a Spring Security
-- delegating-encoder hash ({bcrypt}... by default); a password is never stored in clear. A production account acts
-- for one organization and a performer account for one person; the other roles bind to neither for now.

CREATE TABLE account (
    id               UUID                     PRIMARY KEY,
    username         VARCHAR(100)             NOT NULL,
    password_hash    VARCHAR(500)             NOT NULL,
    role             VARCHAR(16)              NOT NULL
        CONSTRAINT account_role_known CHECK (role IN ('admin', 'officer', 'committee', 'production', 'performer',
            'representative', 'researcher')),
    organization_id  UUID                     REFERENCES organization (id),
    person_id        UUID                     REFERENCES person (id),
    enabled          BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_production_has_organization CHECK (role <> 'production' OR organization_id IS NOT NULL),
    CONSTRAINT account_performer_has_person CHECK (role <> 'performer' OR person_id IS NOT NULL)
);
CREATE INDEX account_role ON account (role);
