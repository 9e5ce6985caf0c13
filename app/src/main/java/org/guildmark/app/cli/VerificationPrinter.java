package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.Check;
import org.guildmark.core.trust.certificate.Check.Name;
import org.guildmark.core.trust.certificate.CheckResult;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.certificate.VerificationReport.Verdict;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.note.SignedNote;
import org.guildmark.core.trust.status.StatusPurpose;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints a verification as text or JSON: every check with its outcome and reason, for a check skipped for want of
 * evidence the file that would complete it, and the verdict.
 */
final class VerificationPrinter {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VerificationPrinter() {
    }

    static void text(VerificationReport report, VerificationInput input, Instant at, PrintWriter out) {
        report.certificate().ifPresent(c -> out.println("Certificate " + c.id() + " for " + c.subject().title()
                + " (" + c.subject().productionId() + "), issued by " + c.issuer()));
        out.println("Checked at " + at);
        input.notes().forEach(n -> out.println("Note: " + n));
        Map<Name, String> hints = hints(report, input);
        for (Check check : report.checks()) {
            out.println(check.line());
            String hint = hints.get(check.name());
            if (hint != null) {
                out.println("      to complete it: " + hint);
            }
        }
        out.println("Verdict: " + report.verdict() + " (" + summary(report) + ")");
        if (!hints.isEmpty() && !input.fetched()) {
            out.println("To download the missing evidence instead: guildmark verify --fetch CERTIFICATE-URL");
        }
        out.flush();
    }

    static void json(VerificationReport report, VerificationInput input, Instant at, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", report.verdict().name());
        root.put("summary", summary(report));
        root.put("at", at.toString());
        report.certificate().ifPresentOrElse(c -> {
            ObjectNode n = root.putObject("certificate");
            n.put("id", c.id());
            n.put("issuer", c.issuer());
            n.put("production", c.subject().productionId());
            n.put("title", c.subject().title());
            n.put("validFrom", c.validFrom().toString());
            n.put("validUntil", c.validUntil().toString());
        }, () -> root.putNull("certificate"));
        Map<Name, String> hints = hints(report, input);
        ArrayNode checks = root.putArray("checks");
        for (Check check : report.checks()) {
            ObjectNode n = checks.addObject();
            n.put("check", check.name().name().toLowerCase(Locale.ROOT));
            n.put("label", check.name().label());
            n.put("outcome", outcome(check.result()));
            n.put("reason", check.result().text());
            if (hints.containsKey(check.name())) {
                n.put("hint", hints.get(check.name()));
            }
        }
        ArrayNode notes = root.putArray("notes");
        input.notes().forEach(notes::add);
        out.println(JSON.writeValueAsString(root));
        out.flush();
    }

    static String outcome(CheckResult result) {
        if (result instanceof CheckResult.Pass) {
            return "pass";
        }
        return result instanceof CheckResult.Fail ? "fail" : "skipped";
    }

    static String summary(VerificationReport report) {
        List<String> failed = report.checks().stream().filter(Check::failed).map(c -> c.name().label()).toList();
        List<String> skipped = report.checks().stream().filter(c -> c.result() instanceof CheckResult.Skipped)
                .map(c -> c.name().label()).toList();
        if (report.verdict() == Verdict.VALID) {
            return "every check passed";
        }
        if (report.verdict() == Verdict.INVALID) {
            return "failed: " + String.join(", ", failed);
        }
        return "nothing failed, but not verified: " + String.join(", ", skipped);
    }

    /**
     * For each check skipped for want of evidence, the option and document that would complete it. Checks skipped
     * because an earlier one failed get no hint: more evidence would not change the verdict.
     */
    static Map<Name, String> hints(VerificationReport report, VerificationInput input) {
        Map<Name, String> hints = new LinkedHashMap<>();
        Optional<ProductionCertificate> certificate = report.certificate();
        String base = certificate.map(c -> TrustDocuments.issuerBase(c.issuer())).orElse("the issuer");
        if (input.keys().isEmpty() && report.check(Name.FORMAT).map(Check::passed).orElse(false)) {
            hints.put(Name.SIGNATURE, "--keys FILE, the issuer's key set from " + base + "/.well-known/jwks.json");
        }
        if (certificate.isEmpty() || !report.check(Name.SIGNATURE).map(Check::passed).orElse(false)) {
            return hints;
        }
        ProductionCertificate c = certificate.get();
        for (StatusPurpose purpose : StatusPurpose.values()) {
            Name name = purpose == StatusPurpose.REVOCATION ? Name.REVOCATION : Name.SUSPENSION;
            Optional<StatusEntry> entry = c.statusEntry(purpose);
            if (skipped(report, name) && entry.isPresent()) {
                hints.put(name, "--status FILE, the status list credential from " + entry.get().listUrl());
            }
        }
        if (skipped(report, Name.CHECKPOINT)) {
            hints.put(Name.CHECKPOINT, "--checkpoint FILE, the signed checkpoint from " + base + "/log/checkpoint");
        }
        if (skipped(report, Name.INCLUSION)) {
            if (input.evidence().inclusionProof().isEmpty()) {
                String leaf = leafHex(input.certificate(), c);
                String size = input.evidence().checkpoint().flatMap(VerificationPrinter::size).map(String::valueOf)
                        .orElse("N");
                hints.put(Name.INCLUSION, "--proof FILE, the inclusion proof from " + base
                        + "/log/proof/inclusion?leaf=" + leaf + "&size=" + size
                        + (size.equals("N") ? " (N: the checkpoint's size)" : ""));
            } else if (input.evidence().checkpoint().isEmpty()) {
                hints.put(Name.INCLUSION, "--checkpoint FILE as well, to check the proof against");
            }
        }
        return hints;
    }

    /** The leaf hash to ask the log for; a certificate ID that no log entry can hold has none. */
    private static String leafHex(String jws, ProductionCertificate c) {
        try {
            return HexFormat.of().formatHex(CertificateEvents.issued(jws, c).leafHash());
        } catch (IllegalArgumentException e) {
            return "HEX";
        }
    }

    private static boolean skipped(VerificationReport report, Name name) {
        return report.check(name).map(c -> c.result() instanceof CheckResult.Skipped).orElse(false);
    }

    private static Optional<Long> size(String note) {
        try {
            return Optional.of(Checkpoint.parse(SignedNote.parse(note).text()).size());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
