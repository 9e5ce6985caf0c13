package org.guildmark.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code guildmark.*}.
 *
 * @param dataDir where the embedded database and stored files live
 * @param demo    whether the server runs as a demonstration
 */
@ConfigurationProperties("guildmark")
public record GuildmarkProperties(
        @DefaultValue("./guildmark-data") Path dataDir,
        @DefaultValue("false") boolean demo) {
}
