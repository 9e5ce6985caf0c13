-- What lets a change to an account reach its live sessions on every server node, and passwords that must be
-- replaced.
--
-- Plain SQL that runs on PostgreSQL 15+ and on H2 in PostgreSQL mode, like V2. session_epoch counts the changes
-- that end an account's sessions (disabled, enabled, role or binding changed, password set); a session remembers
-- the epoch it signed in at and ends when the account's differs, whichever node it reaches. must_change_password
-- marks a password someone other than the holder set (generated, or set by an admin): the holder must choose
-- their own before doing anything else.

ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
