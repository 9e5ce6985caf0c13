-- The people a representative account acts for (guardian, estate, conservator, agent): one row per person.
--
-- Plain SQL that runs on PostgreSQL 15+ and on H2 in PostgreSQL mode, like V1 and V2. A production account's
-- organization and a performer account's person stay on the account row (V2); a representative may act for several
-- people, so they are listed here.

CREATE TABLE account_person (
    account_id  UUID NOT NULL REFERENCES account (id),
    person_id   UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (account_id, person_id)
);
CREATE INDEX account_person_person ON account_person (person_id);
