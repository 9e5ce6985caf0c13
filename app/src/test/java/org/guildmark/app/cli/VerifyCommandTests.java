package org.guildmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildmark.app.cli.Run.guildmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code guildmark verify} offline: every check printed, the verdict, the exit code, hints and bad files. */
class VerifyCommandTests {
    private static final List<String> LABELS = List.of("certificate format", "issuer signature", "validity period",
            "revocation status", "suspension status", "log checkpoint", "log inclusion");

    @TempDir
    Path dir;

    private final SignedEvidence evidence = new SignedEvidence("https://guild.example");

    @Test
    void a_valid_certificate_with_all_evidence_passes_every_check_and_exits_0() throws IOException {
        Run run = guildmark(evidence.files(dir, false).args());

        assertThat(run.exit()).as(run.toString()).isZero();
        for (String label : LABELS) {
            assertThat(run.out()).as(run.toString()).contains("PASS  " + label + ": ");
        }
        assertThat(run.out()).doesNotContain("FAIL", "SKIP")
                .contains("PASS  log inclusion: issuance logged as entry 3 of 6")
                .contains("PASS  revocation status: not revoked (bit 4242 of https://guild.example/status/revocation-1")
                .contains("Verdict: VALID (every check passed)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_tampered_certificate_exits_1_naming_the_signature_check() throws IOException {
        SignedEvidence.OnDisk files = evidence.files(dir, false);
        String[] parts = evidence.jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"adl\":2", "\"adl\":1");
        assertThat(payload).contains("\"adl\":1");
        Files.writeString(files.certificate(), parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);

        Run run = guildmark(files.args());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  issuer signature: the signature does not verify")
                .contains("SKIP  validity period")
                .contains("Verdict: INVALID (failed: issuer signature)");
    }

    @Test
    void a_revoked_certificate_exits_1_naming_revocation() throws IOException {
        Run run = guildmark(evidence.files(dir, true).args());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  revocation status: revoked (bit 4242 of "
                + "https://guild.example/status/revocation-1").contains("PASS  suspension status")
                .contains("Verdict: INVALID (failed: revocation status)");
    }

    @Test
    void without_status_lists_it_is_not_valid_and_names_the_lists_that_would_complete_it() throws IOException {
        SignedEvidence.OnDisk f = evidence.files(dir, false);

        Run run = guildmark("verify", f.certificate().toString(), "--keys", f.keys().toString(), "--checkpoint",
                f.checkpoint().toString(), "--proof", f.proof().toString(), "--at", SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("SKIP  revocation status: no status list given")
                .contains("to complete it: --status FILE, the status list credential from "
                        + "https://guild.example/status/revocation-1")
                .contains("to complete it: --status FILE, the status list credential from "
                        + "https://guild.example/status/suspension-1")
                .contains("PASS  log inclusion")
                .contains("Verdict: INCOMPLETE (nothing failed, but not verified: revocation status, "
                        + "suspension status)")
                .contains("To download the missing evidence instead: guildmark verify --fetch CERTIFICATE-URL");
    }

    @Test
    void with_the_certificate_alone_every_missing_file_is_named() throws IOException {
        SignedEvidence.OnDisk f = evidence.files(dir, false);

        Run run = guildmark("verify", f.certificate().toString(), "--at", SignedEvidence.NOW.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("PASS  certificate format")
                .contains("SKIP  issuer signature: no issuer keys given")
                .contains("--keys FILE, the issuer's key set from https://guild.example/.well-known/jwks.json")
                .doesNotContain("FAIL").contains("Verdict: INCOMPLETE");

        Run withKeys = guildmark("verify", f.certificate().toString(), "--keys", f.keys().toString(), "--at",
                SignedEvidence.NOW.toString());
        assertThat(withKeys.out()).contains("--checkpoint FILE, the signed checkpoint from "
                + "https://guild.example/log/checkpoint")
                .contains("--proof FILE, the inclusion proof from https://guild.example/log/proof/inclusion?leaf="
                        + evidence.leafHex() + "&size=N");
    }

    @Test
    void an_expired_certificate_fails_its_validity_period() throws IOException {
        Run run = guildmark(evidence.files(dir, false).args("--at", "2027-06-01T00:00:00Z"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  validity period: expired at 2027-05-01T12:00:00Z");
    }

    @Test
    void garbage_files_exit_2_with_a_message_naming_the_file() throws IOException {
        SignedEvidence.OnDisk f = evidence.files(dir, false);
        Path garbage = SignedEvidence.write(dir, "garbage.txt", "this is not evidence\n");

        assertGarbage(guildmark("verify", garbage.toString()), garbage + " is not a certificate: not a compact JWS");
        assertGarbage(guildmark("verify", f.certificate().toString(), "--keys", garbage.toString()),
                garbage + " is not a JSON Web Key Set (JWKS)");
        assertGarbage(guildmark("verify", f.certificate().toString(), "--status", garbage.toString()),
                garbage + " is not a status list credential");
        assertGarbage(guildmark("verify", f.certificate().toString(), "--checkpoint", garbage.toString()),
                garbage + " is not a signed log checkpoint");
        assertGarbage(guildmark("verify", f.certificate().toString(), "--proof", garbage.toString()),
                garbage + " is not an inclusion proof");
        Path missing = dir.resolve("missing.jwt");
        assertGarbage(guildmark("verify", missing.toString()), missing + ": no such file");
        assertGarbage(guildmark("verify", dir.toString()), dir + " is a directory");
        Path binary = dir.resolve("binary.jwt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertGarbage(guildmark("verify", binary.toString()), binary + " is not UTF-8 text");
        // A proof for the wrong file: valid JSON but not a proof.
        assertGarbage(guildmark("verify", f.certificate().toString(), "--proof", f.keys().toString()),
                f.keys() + " is not an inclusion proof");
    }

    private static void assertGarbage(Run run, String message) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).startsWith("guildmark verify: " + message)
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usage_errors_exit_2() throws IOException {
        SignedEvidence.OnDisk f = evidence.files(dir, false);

        Run none = guildmark("verify");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("give the certificate file CERT, or --fetch URL");
        Run badAt = guildmark("verify", f.certificate().toString(), "--at", "yesterday");
        assertThat(badAt.exit()).isEqualTo(2);
        assertThat(badAt.err()).contains("'yesterday' is not an instant");
        Run badFormat = guildmark("verify", f.certificate().toString(), "--format", "xml");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'xml' is not a format here");
        Run both = guildmark("verify", f.certificate().toString(), "--fetch", "https://guild.example/c.jwt");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        Run save = guildmark("verify", f.certificate().toString(), "--save", dir.toString());
        assertThat(save.exit()).isEqualTo(2);
        assertThat(save.err()).contains("without --fetch there is nothing to save");
    }

    @Test
    void json_format_lists_every_check_with_outcome_reason_and_hint() throws IOException {
        SignedEvidence.OnDisk f = evidence.files(dir, false);

        Run valid = guildmark(f.args("--format", "json"));
        assertThat(valid.exit()).as(valid.toString()).isZero();
        JsonNode json = valid.json();
        assertThat(json.get("verdict").asString()).isEqualTo("VALID");
        assertThat(json.get("at").asString()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(json.get("certificate").get("id").asString()).isEqualTo(evidence.certificate.id());
        assertThat(json.get("certificate").get("issuer").asString()).isEqualTo("https://guild.example");
        JsonNode checks = json.get("checks");
        assertThat(checks).hasSize(7);
        assertThat(checks.valueStream().map(c -> c.get("check").asString()).toList()).containsExactly("format",
                "signature", "validity", "revocation", "suspension", "checkpoint", "inclusion");
        assertThat(checks.valueStream().map(c -> c.get("label").asString()).toList()).isEqualTo(LABELS);
        assertThat(checks.valueStream().map(c -> c.get("outcome").asString())).containsOnly("pass");
        assertThat(checks.get(6).get("reason").asString()).isEqualTo("issuance logged as entry 3 of 6");
        assertThat(checks.get(6).has("hint")).isFalse();

        Run incomplete = guildmark("verify", f.certificate().toString(), "--keys", f.keys().toString(), "--at",
                SignedEvidence.NOW.toString(), "--format", "json");
        assertThat(incomplete.exit()).isEqualTo(1);
        JsonNode revocation = incomplete.json().get("checks").get(3);
        assertThat(incomplete.json().get("verdict").asString()).isEqualTo("INCOMPLETE");
        assertThat(revocation.get("outcome").asString()).isEqualTo("skipped");
        assertThat(revocation.get("hint").asString()).contains("--status FILE");

        Path garbage = SignedEvidence.write(dir, "garbage.jwt", "a.b");
        Run unreadable = guildmark("verify", garbage.toString(), "--format", "json");
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.out()).isEmpty();
    }

    @Test
    void a_certificate_that_breaks_the_format_rules_fails_the_format_check() throws IOException {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = evidence.jws.split("\\.");
        Path forged = SignedEvidence.write(dir, "forged.jwt", header + "." + parts[1] + "." + parts[2]);
        SignedEvidence.OnDisk f = evidence.files(dir, false);

        Run run = guildmark("verify", forged.toString(), "--keys", f.keys().toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  certificate format: header/alg: 'none' is not accepted");
    }

    @Test
    void help_documents_every_option_the_exit_codes_and_examples() {
        Run top = guildmark("--help");
        assertThat(top.out()).contains("verify");

        Run run = guildmark("verify", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: guildmark verify")
                .contains("CERT", "--keys", "--status", "--checkpoint", "--proof", "--at", "--format", "--fetch",
                        "--save", "/.well-known/jwks.json", "/log/checkpoint")
                .contains("0   VALID", "1   INVALID", "2   usage error")
                .contains("guildmark verify --fetch https://guild.example/certificates/ID.jwt \\");
    }
}
