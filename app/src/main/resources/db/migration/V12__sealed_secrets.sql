-- Symmetric secrets the server keeps for itself (e.g. the key that encrypts a named reporter's identity), each
-- stored only as a JWE under the key passphrase (PBES2 key wrapping, A256GCM), like the guild's signing keys.
-- Never deleted: what a secret encrypted stays readable.
CREATE TABLE sealed_secret (
    name        VARCHAR(100)             PRIMARY KEY,
    sealed_jwe  VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A named reporter's name and contact are now stored encrypted (compact JWE, a few hundred characters).
ALTER TABLE case_reporter ALTER COLUMN name SET DATA TYPE VARCHAR(2000);
ALTER TABLE case_reporter ALTER COLUMN contact SET DATA TYPE VARCHAR(2000);
