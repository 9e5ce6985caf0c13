/**
 * The consent and likeness registry (clause 3): people and their representatives, organizations and their
 * productions, consent grants and each grant's status history.
 *
 * <p>Storage is plain SQL through {@link org.springframework.jdbc.core.simple.JdbcClient}; the schema is in
 * {@code db/migration} and runs on H2 and PostgreSQL alike. History is never rewritten: a grant's status changes
 * are appended to {@code consent_event}, which this module only ever inserts into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.guildmark.app.registry;
