-- Which demonstration data sets have been seeded into this database, so `guildmark serve --demo` seeds each once.
-- The row is inserted in the same transaction as the data it stands for: a failed seed leaves neither.

CREATE TABLE demo_seed (
    name       VARCHAR(100)             PRIMARY KEY,
    seeded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
