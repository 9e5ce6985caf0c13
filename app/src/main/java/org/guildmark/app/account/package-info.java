/**
 * The signed-in account's own pages: choosing its own password (at once, when someone else set it) and, for the
 * roles that may hold them, its organization's API tokens: listed without their secrets, created with the secret
 * shown once, revoked after a confirmation. An admin's token page covers every organization. Who may do what with
 * tokens is the security module's {@link org.guildmark.app.security.TokenManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.guildmark.app.account;
