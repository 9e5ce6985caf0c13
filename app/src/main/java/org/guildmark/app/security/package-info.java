/**
 * Accounts, roles and the web security of the server: who may sign in, as what, and what every path requires.
 *
 * <p>Accounts are local, with passwords hashed by Spring Security's delegating encoder (bcrypt by default). On the
 * first start without an admin account, {@link org.guildmark.app.security.AdminBootstrap} creates one. Every path is
 * named in {@link org.guildmark.app.security.WebSecurity}: health and info are public, everything else needs a
 * signed-in account. Repeated failed sign-ins lock a username for a while ({@link
 * org.guildmark.app.security.LoginThrottle}).
 *
 * <p>Every request of a signed-in session is checked against its account as stored ({@link
 * org.guildmark.app.security.AccountSessionCheck}): a session ends once its account is disabled, given another role
 * or binding, or its password is set, on whichever node it arrives, and an account whose password someone else set
 * chooses its own before anything else. Such changes go through {@link org.guildmark.app.security.AccountChanges},
 * which also revokes the account's API tokens; who may hold which tokens is {@link
 * org.guildmark.app.security.TokenManagement}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.guildmark.app.security;
