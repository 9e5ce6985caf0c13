package org.guildmark.app.labor;

import java.time.Instant;
import java.util.UUID;

/** A minimum-rate schedule the guild keeps, named by {@code code} (what a dossier refers to). */
public record GuildRateSchedule(UUID id, String code, String title, String createdBy, Instant createdAt) {
}
