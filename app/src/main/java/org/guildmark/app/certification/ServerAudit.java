package org.guildmark.app.certification;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildmark.app.UploadedDossier;
import org.guildmark.app.consent.RegistryDecisions;
import org.guildmark.app.labor.GuildRateSchedules;
import org.guildmark.core.audit.AuditEngine;
import org.guildmark.core.audit.AuditReport;
import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.disclosure.DisclosurePack;
import org.guildmark.core.rates.RateScheduleReader;
import org.guildmark.core.rates.RateScheduleResolver;
import org.guildmark.core.report.AdlExplanation;
import org.guildmark.core.report.ReportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Audits an uploaded dossier on the server, as {@code guildmark audit --registry} would: the registry's grants to
 * the submitting organization answer for the people the dossier links to it, and a {@code rateSchedule} of the
 * form {@code guild:CODE[/TIER]} is the guild's schedule, each engagement judged by the version in force on its
 * start. The bytes are audited from a scratch
 * file ({@link UploadedDossier}); only the stored copy (by SHA-256) remains.
 */
@Component
class ServerAudit {

    private static final Logger log = LoggerFactory.getLogger(ServerAudit.class);

    /** What the audit of one upload gave. {@code grants}: the registry grants it found covering the dossier. */
    record Result(AuditReport report, byte[] reportJson, Set<UUID> grants, String adlExplanation,
            String disclosure, String credits) {
    }

    private final RegistryDecisions registry;
    private final GuildRateSchedules guildRates;
    private final Path dataDir;

    ServerAudit(RegistryDecisions registry, GuildRateSchedules guildRates,
            @Value("${guildmark.data-dir:./guildmark-data}") Path dataDir) {
        this.registry = registry;
        this.guildRates = guildRates;
        this.dataDir = dataDir;
    }

    /** The guild's own schedules ({@code rateSchedule: guild:CODE[/TIER]}), else what the offline audit knows. */
    private RateScheduleReader.Result rateSchedule(String reference, Path directory, String location) {
        return reference.startsWith(GuildRateSchedules.PREFIX) ? guildRates.resolve(reference, location)
                : RateScheduleResolver.OFFLINE.resolve(reference, directory, location);
    }

    Result audit(byte[] dossier, String fileName, UUID organization, LocalDate asOf) {
        return UploadedDossier.read(dossier, fileName, dataDir, "submission-", file -> {
            Set<UUID> grants = new LinkedHashSet<>();
            ConsentRegistry asked = recordingPermits(registry.forOrganization(organization), grants);
            AuditReport report = new AuditEngine().withRateSchedules(this::rateSchedule)
                    .audit(file, fileName, asOf, asked);
            StringWriter json = new StringWriter();
            ReportFormat.JSON.writer(false).write(List.of(report), json);
            String explanation = null;
            String disclosure = null;
            String credits = null;
            if (report.adl() != null) {
                StringWriter text = new StringWriter();
                AdlExplanation.text(report.adl(), true, new PrintWriter(text));
                explanation = text.toString();
                Path pack = file.resolveSibling("pack");
                try {
                    new DisclosurePack().write(file, fileName, pack, asOf);
                    disclosure = read(pack.resolve("disclosure.txt"));
                    credits = read(pack.resolve("credits.txt"));
                } catch (RuntimeException e) {
                    // The statement is a convenience of the public page; the audit stands without it.
                    log.warn("No disclosure statement for an uploaded dossier: {}", e.toString());
                }
            }
            return new Result(report, json.toString().getBytes(StandardCharsets.UTF_8), grants, explanation,
                    disclosure, credits);
        });
    }

    private static ConsentRegistry recordingPermits(ConsentRegistry registry, Set<UUID> grants) {
        return queries -> {
            List<ConsentDecision> decisions = registry.decide(queries);
            for (ConsentDecision decision : decisions) {
                if (decision instanceof ConsentDecision.Permit permit) {
                    try {
                        grants.add(UUID.fromString(permit.consentId()));
                    } catch (IllegalArgumentException notARegistryGrant) {
                        // Only registry grants can be withdrawn through the registry.
                    }
                }
            }
            return decisions;
        };
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
}
