-- Scoped API tokens for machine clients (an AI pipeline asking the registry before it generates a likeness).
--
-- Plain SQL that runs on PostgreSQL 15+ and on H2 in PostgreSQL mode, like V1 and V2. A token acts for one
-- organization. Only the SHA-256 of the secret is stored (secret_sha256, 64 lower-case hex digits); the secret
-- itself is shown once, when the token is created, and never again. scopes is a space-separated list of scope
-- codes (consent:check, ...), checked by the application so new scopes need no migration.
-- A revoked token keeps its row, so the list shows who made it, when it was last used and when it was revoked.

CREATE TABLE api_token (
    id               UUID                     PRIMARY KEY,
    organization_id  UUID                     NOT NULL REFERENCES organization (id),
    name             VARCHAR(100)             NOT NULL,
    secret_prefix    VARCHAR(16)              NOT NULL,
    secret_sha256    CHAR(64)                 NOT NULL,
    scopes           VARCHAR(500)             NOT NULL,
    created_by       VARCHAR(100)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_secret_unique UNIQUE (secret_sha256),
    CONSTRAINT api_token_expires_after_creation CHECK (expires_at > created_at)
);
CREATE INDEX api_token_organization ON api_token (organization_id, created_at);
