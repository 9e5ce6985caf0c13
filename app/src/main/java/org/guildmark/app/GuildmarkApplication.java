package org.guildmark.app;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.Modulithic;

/**
 * The Guildmark server. Started by {@code guildmark serve}; each package below this one is a module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Guildmark")
public class GuildmarkApplication {

    private static final Logger log = LoggerFactory.getLogger(GuildmarkApplication.class);

    private final GuildmarkProperties properties;

    GuildmarkApplication(GuildmarkProperties properties) {
        this.properties = properties;
    }

    /** The one source of "now" for the server; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("Guildmark data directory: {}", properties.dataDir().toAbsolutePath().normalize());
        if (properties.demo()) {
            log.info("demo mode");
        }
    }
}
