/**
 * Account management for admins: list the accounts, create one bound to what it acts for (a production account to an
 * organization, a performer account to a person, a representative to the people they represent), disable and enable
 * it, change its role and binding, reset its password. Passwords are shown once when generated and never logged;
 * a password an admin sets is temporary, replaced by its holder at the next sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package org.guildmark.app.admin;
