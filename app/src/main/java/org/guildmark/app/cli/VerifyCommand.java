package org.guildmark.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.guildmark.core.trust.certificate.CertificateVerifier;
import org.guildmark.core.trust.certificate.Check;
import org.guildmark.core.trust.certificate.Check.Name;
import org.guildmark.core.trust.certificate.CheckResult;
import org.guildmark.core.trust.certificate.VerificationReport;
import org.guildmark.core.trust.certificate.VerificationReport.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import com.nimbusds.jose.jwk.JWKSet;

/** {@code guildmark verify}: checks a production certificate offline, or downloads it and its evidence first. */
@Command(
        name = "verify",
        sortOptions = false,
        description = {
            "Verify a Guildmark production certificate (vc+jwt): the issuer's signature, the validity period, the "
                    + "revocation and suspension bits of its status lists, the signature of the log checkpoint and "
                    + "the inclusion of the certificate's issuance in the log.",
            "Each check prints PASS, FAIL or SKIP with its reason; a check skipped for want of evidence names the "
                    + "file that would complete it. Works offline on the files given; with --fetch, downloads "
                    + "the certificate and its evidence from the issuer first (https only, except localhost)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:VALID: every check passed",
            "1:INVALID (a check failed) or INCOMPLETE (evidence missing)",
            "2:usage error, unreadable or malformed file, or a download that failed"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  guildmark verify cert.jwt --keys jwks.json --status revocation-1.jwt \\",
            "      --status suspension-1.jwt --checkpoint checkpoint.txt --proof proof.json",
            "  guildmark verify --fetch https://guild.example/certificates/ID.jwt \\",
            "      --save evidence/",
            "  guildmark verify cert.jwt --keys jwks.json --at 2026-06-01T00:00:00Z \\",
            "      --format json"})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CERT", description = "The certificate: a compact JWS (vc+jwt), "
            + "as served at /certificates/ID.jwt. Not with --fetch.")
    Path certificate;

    @Option(names = "--keys", paramLabel = "JWKS", description = "The issuer's public keys: the JSON Web Key Set "
            + "served at /.well-known/jwks.json. Without it the signature, and so everything else, is not checked. "
            + "With --fetch, these keys are used instead of the downloaded ones (pinning).")
    Path keys;

    @Option(names = "--status", paramLabel = "LIST.jwt", description = "A status list credential (vc+jwt) from the "
            + "URL in the certificate's credentialStatus; repeat for the revocation and the suspension list.")
    List<Path> statusLists = new ArrayList<>();

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "The log's signed checkpoint, as served at "
            + "/log/checkpoint.")
    Path checkpoint;

    @Option(names = "--proof", paramLabel = "FILE", description = "The inclusion proof JSON of the certificate's "
            + "issuance entry, from /log/proof/inclusion?leaf=HEX&size=N (N: the checkpoint's size).")
    Path proof;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The instant to verify at, ISO-8601 UTC such as 2026-06-01T00:00:00Z (default: now).")
    Instant at;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fetch", paramLabel = "URL", description = "Download the certificate at URL, then the "
            + "issuer's keys, the status lists it names, the latest checkpoint and the inclusion proof, and verify "
            + "them. https only, except localhost.")
    String fetch;

    @Option(names = "--save", paramLabel = "DIR", description = "With --fetch: save what was downloaded into DIR "
            + "(created if needed) and print the command that verifies it again offline.")
    Path save;

    @Override
    public Integer call() {
        checkUsage();
        Instant now = at == null ? Instant.now() : at;
        PrintWriter err = spec.commandLine().getErr();
        VerificationInput input;
        try {
            Optional<JWKSet> pinned = Optional.empty();
            if (keys != null) {
                pinned = Optional.of(TrustDocuments.keys(EvidenceFiles.text(keys), keys.toString()));
            }
            if (fetch != null) {
                EvidenceFetcher fetcher = new EvidenceFetcher();
                input = fetcher.fetch(fetch, pinned);
                if (save != null) {
                    String again = fetcher.save(save, Optional.ofNullable(keys));
                    err.println("guildmark verify: saved the evidence in " + save + "; to verify it again offline:");
                    err.println("  " + again);
                    err.flush();
                }
            } else {
                input = EvidenceFiles.read(certificate, Optional.ofNullable(keys), statusLists,
                        Optional.ofNullable(checkpoint), Optional.ofNullable(proof));
            }
        } catch (UnusableInput e) {
            err.println(spec.commandLine().getColorScheme().errorText("guildmark verify: " + e.getMessage()));
            err.flush();
            return 2;
        }
        VerificationReport report = verify(input, now);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            VerificationPrinter.json(report, input, now, out);
        } else {
            VerificationPrinter.text(report, input, now, out);
        }
        return report.verdict() == Verdict.VALID ? 0 : 1;
    }

    private void checkUsage() {
        if (!format.equals("text") && !format.equals("json")) {
            throw usage("--format: '" + format + "' is not a format here; use text or json");
        }
        if (fetch == null && certificate == null) {
            throw usage("give the certificate file CERT, or --fetch URL to download it");
        }
        if (fetch != null && certificate != null) {
            throw usage("give either the certificate file CERT or --fetch URL, not both");
        }
        if (fetch != null && (!statusLists.isEmpty() || checkpoint != null || proof != null)) {
            throw usage("--fetch downloads the status lists, checkpoint and proof itself; --status, --checkpoint "
                    + "and --proof are for offline runs");
        }
        if (save != null && fetch == null) {
            throw usage("--save keeps what --fetch downloads; without --fetch there is nothing to save");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Runs the verifier; without keys the signature is reported as not checked rather than as failed, and an
     * issuer's log that answered it holds no such entry fails the inclusion check.
     */
    static VerificationReport verify(VerificationInput input, Instant now) {
        VerificationReport report = new CertificateVerifier(input.keys().orElseGet(JWKSet::new))
                .verify(input.certificate(), input.evidence(), now);
        List<Check> checks = new ArrayList<>(report.checks());
        if (input.keys().isEmpty() && report.check(Name.FORMAT).map(Check::passed).orElse(false)) {
            checks.replaceAll(c -> switch (c.name()) {
                case FORMAT -> c;
                case SIGNATURE -> new Check(c.name(), new CheckResult.Skipped("no issuer keys given"));
                default -> new Check(c.name(), new CheckResult.Skipped(
                        "the signature was not checked, so nothing the certificate says can be trusted yet"));
            });
        }
        if (input.notInLog().isPresent() && report.check(Name.CHECKPOINT).map(Check::passed).orElse(false)) {
            checks.replaceAll(c -> c.name() == Name.INCLUSION && c.result() instanceof CheckResult.Skipped
                    ? new Check(c.name(), new CheckResult.Fail(input.notInLog().get())) : c);
        }
        return new VerificationReport(report.certificate(), checks);
    }

    /** Reads {@code --at} as an ISO-8601 instant. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an instant; use ISO-8601 UTC such as "
                        + "2026-06-01T00:00:00Z");
            }
        }
    }
}
