/**
 * Fair labor and compensation (Code Principle II, IATSE principles): the guild's minimum-rate schedules, which the
 * server-side audit reads through {@link org.guildmark.app.labor.GuildRateSchedules}, with versions that are
 * inserted whole and never edited, imported and exported as CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair labor")
package org.guildmark.app.labor;
