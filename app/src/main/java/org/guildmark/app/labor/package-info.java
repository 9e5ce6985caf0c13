/**
 * Fair labor and compensation (Code Principle II, IATSE principles): the guild's minimum-rate schedules, which the
 * server-side audit can read through {@link org.guildmark.app.labor.GuildRateSchedules}; revenue-share statements
 * (clause 2.3) divided with core's {@code RevenueSplit}; displacement and the support promised, followed by the
 * unions per Local; what model-training consents agreed and what was paid; and workforce insights that publish
 * only suppressed aggregates. Everything here is inserted, never edited in place. See docs/labor.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair labor")
package org.guildmark.app.labor;
