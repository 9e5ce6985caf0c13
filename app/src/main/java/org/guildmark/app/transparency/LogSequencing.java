package org.guildmark.app.transparency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sequencer: once at start, so a node stopped between sequencing and signing leaves no head without its
 * checkpoint (and a new log has its size-0 checkpoint before the first request), then every
 * {@code guildmark.log.sequence-interval} (default 500 ms) after the previous run ended. Every node runs it; the
 * sequencer lock lets one at a time through. {@code guildmark.log.sequencer.enabled=false} leaves sequencing to
 * whoever calls {@link TransparencyLog#sequence} (the start-up run still happens).
 */
@Configuration(proxyBeanMethods = false)
class LogSequencing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LogSequencing.class);

    private final TransparencyLog transparencyLog;

    LogSequencing(TransparencyLog transparencyLog) {
        this.transparencyLog = transparencyLog;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            long size = transparencyLog.sequence();
            log.info("Transparency log at size {}", size);
        } catch (RuntimeException e) {
            // Another run (a periodic one, or another node's) holds the sequencer lock: it, or the next run, signs.
            log.warn("The transparency log was not sequenced at start, the next run will: {}", e.toString());
        }
    }

    /** The periodic run; off when {@code guildmark.log.sequencer.enabled} is false. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "guildmark.log.sequencer.enabled", havingValue = "true", matchIfMissing = true)
    static class Periodic {

        private final TransparencyLog transparencyLog;

        Periodic(TransparencyLog transparencyLog) {
            this.transparencyLog = transparencyLog;
        }

        @Scheduled(fixedDelayString = "${guildmark.log.sequence-interval:PT0.5S}",
                initialDelayString = "${guildmark.log.sequence-interval:PT0.5S}")
        void sequence() {
            try {
                transparencyLog.sequence();
            } catch (RuntimeException e) {
                // The queue keeps what was not sequenced; the next run tries again.
                log.warn("Sequencing the transparency log failed, retrying in the next run: {}", e.toString());
            }
        }
    }
}
