package org.guildmark.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code guildmark serve}: the only command that starts Spring. Returns when the server stops. */
@Command(
        name = "serve",
        description = "Start the Guildmark server.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./guildmark-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--demo", description = "Seed a demonstration guild into the data directory (once) and "
            + "print its demo accounts; never with real data.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, was " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(GuildmarkApplication.class);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        // Command-line arguments outrank every other property source, as the options should.
        application.run(
                "--server.port=" + port,
                "--guildmark.data-dir=" + dataDir.toAbsolutePath().normalize(),
                "--guildmark.demo=" + demo);
        stopped.await();
        return 0;
    }
}
