/**
 * {@code guildmark serve --demo}: a believable guild seeded once into an empty or earlier demo database, with an
 * account for each role (the admin aside) whose shared, known password is printed on the console. Never active
 * without {@code guildmark.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.guildmark.app.demo;
