-- The guild's signing keys (Ed25519). The private key is stored only as a JWE (PBES2 key wrapping under the
-- key passphrase, A256GCM content encryption); the public key as a JWK. Keys are never deleted: a retired key
-- still verifies what it signed, so rotation adds a key and retires the old one.
CREATE TABLE guild_key (
    kid          VARCHAR(100)             PRIMARY KEY,
    algorithm    VARCHAR(16)              NOT NULL,
    public_jwk   VARCHAR(2000)            NOT NULL,
    private_jwe  VARCHAR(8000)            NOT NULL,
    status       VARCHAR(16)              NOT NULL
        CONSTRAINT guild_key_status_known CHECK (status IN ('active', 'retired')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE
);
