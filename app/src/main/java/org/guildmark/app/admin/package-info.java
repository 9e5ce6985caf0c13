/**
 * Account management for admins: list the accounts, create one bound to what it acts for (a production account to an
 * organization, a performer account to a person, a representative to the people they represent), disable and enable
 * it, reset its password. Passwords are shown once when generated and never logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package org.guildmark.app.admin;
