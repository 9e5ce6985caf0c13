/**
 * Accounts, roles and the web security of the server: who may sign in, as what, and what every path requires.
 *
 * <p>Accounts are local, with passwords hashed by Spring Security's delegating encoder (bcrypt by default). On the
 * first start without an admin account, {@link org.guildmark.app.security.AdminBootstrap} creates one. Every path is
 * named in {@link org.guildmark.app.security.WebSecurity}: health and info are public, everything else needs a
 * signed-in account. Repeated failed sign-ins lock a username for a while ({@link
 * org.guildmark.app.security.LoginThrottle}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.guildmark.app.security;
