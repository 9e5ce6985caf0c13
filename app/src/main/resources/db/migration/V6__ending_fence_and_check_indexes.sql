-- A grant being withdrawn, revoked or invalidated is marked before its ending is stamped (ConsentRegistry.ending):
-- checks that see the mark never permit under the grant, so no check answers permit at or after the effective
-- instant of an ending that was committing while it read. ending_status is the status being set.
ALTER TABLE consent_grant ADD COLUMN ending_status VARCHAR(16);
ALTER TABLE consent_grant ADD COLUMN ending_since TIMESTAMP WITH TIME ZONE;

-- Consent checks look grants up by person and grantee together.
CREATE INDEX consent_grant_person_grantee ON consent_grant (person_id, grantee_id);
