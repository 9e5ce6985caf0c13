package org.guildmark.core.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.certificate.Check.Name;
import org.guildmark.core.trust.certificate.VerificationReport.Verdict;
import org.guildmark.core.trust.key.Ed25519Key;
import org.guildmark.core.trust.key.SigningKey;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.MerkleTree;
import org.guildmark.core.trust.note.NoteSigner;
import org.guildmark.core.trust.status.StatusPurpose;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;

class CertificateVerifierTest {
    private final TrustFixture f = new TrustFixture();

    @Test
    void a_genuine_current_logged_certificate_passes_every_check() {
        VerificationReport report = f.verify(f.jws, f.evidence());
        assertThat(report.checks()).extracting(Check::name).containsExactly(Name.values());
        assertThat(report.checks()).allMatch(Check::passed, "every check passes");
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.check(Name.INCLUSION).orElseThrow().line())
                .isEqualTo("PASS  log inclusion: issuance logged as entry 5 of 10");
    }

    @Test
    void without_evidence_the_verdict_is_incomplete_and_says_what_is_missing() {
        VerificationReport report = f.verify(f.jws, Evidence.none());
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(result(report, Name.REVOCATION)).isInstanceOf(CheckResult.Skipped.class);
        assertThat(result(report, Name.CHECKPOINT).text()).isEqualTo("no checkpoint given");
        assertThat(result(report, Name.INCLUSION).text()).isEqualTo("no inclusion proof given");
    }

    @Test
    void a_tampered_payload_fails_the_signature() {
        String[] parts = f.jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"adl\":2", "\"adl\":1");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        VerificationReport report = f.verify(tampered, f.evidence());
        assertThat(fail(report, Name.SIGNATURE)).contains("does not verify").contains("altered");
        assertThat(result(report, Name.VALIDITY)).isInstanceOf(CheckResult.Skipped.class);
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_tampered_header_or_signature_fails_the_signature() {
        String[] parts = f.jws.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String extraHeader = b64(header.replace("{", "{\"x\":1,"));
        assertThat(fail(f.verify(extraHeader + "." + parts[1] + "." + parts[2], f.evidence()), Name.SIGNATURE))
                .contains("does not verify");
        char c = parts[2].charAt(5);
        String badSig = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + (c == 'A' ? 'B' : 'A')
                + parts[2].substring(6);
        assertThat(fail(f.verify(badSig, f.evidence()), Name.SIGNATURE)).contains("does not verify");
    }

    @Test
    void a_swapped_key_fails_the_signature() {
        OctetKeyPair impostor = new OctetKeyPair.Builder(SigningKey.of(Ed25519Key.generate()).publicJwk())
                .keyID(f.key.kid()).build();
        VerificationReport report = new CertificateVerifier(new JWKSet(impostor)).verify(f.jws, f.evidence(),
                TrustFixture.NOW);
        assertThat(fail(report, Name.SIGNATURE)).contains("does not verify with key '" + f.key.kid() + "'");

        SigningKey other = SigningKey.of(Ed25519Key.generate());
        String byOther = new CredentialIssuer(other).issue(f.certificate);
        assertThat(fail(f.verify(byOther, f.evidence()), Name.SIGNATURE))
                .isEqualTo("no key '" + other.kid() + "' in the issuer's key set");
    }

    @Test
    void an_old_key_kept_after_rotation_still_verifies() {
        SigningKey next = SigningKey.of(Ed25519Key.generate());
        JWKSet both = new JWKSet(List.of(next.publicJwk(), f.key.publicJwk()));
        VerificationReport report = new CertificateVerifier(both).verify(f.jws, f.evidence(), TrustFixture.NOW);
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void wrong_typ_alg_none_and_garbage_fail_the_format() {
        String[] parts = f.jws.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String wrongTyp = b64(header.replace("vc+jwt", "JWT")) + "." + parts[1] + "." + parts[2];
        assertThat(fail(f.verify(wrongTyp, f.evidence()), Name.FORMAT)).isEqualTo("header/typ: 'JWT' is not vc+jwt");
        String none = b64(header.replace("EdDSA", "none")) + "." + parts[1] + ".";
        assertThat(fail(f.verify(none, f.evidence()), Name.FORMAT)).contains("not a compact JWS");
        String noneSigned = b64(header.replace("EdDSA", "none")) + "." + parts[1] + "." + parts[2];
        assertThat(fail(f.verify(noneSigned, f.evidence()), Name.FORMAT)).contains("'none' is not accepted");
        String hs256 = b64(header.replace("EdDSA", "HS256")) + "." + parts[1] + "." + parts[2];
        assertThat(fail(f.verify(hs256, f.evidence()), Name.FORMAT)).contains("'HS256' is not accepted");
        VerificationReport garbage = f.verify("hello", f.evidence());
        assertThat(fail(garbage, Name.FORMAT)).contains("not a compact JWS");
        assertThat(garbage.checks()).hasSize(Name.values().length);
        String notVc = parts[0] + "." + b64("{\"type\":[\"VerifiableCredential\"]}") + "." + parts[2];
        assertThat(fail(f.verify(notVc, f.evidence()), Name.FORMAT)).startsWith("/@context");
    }

    @Test
    void an_expired_or_not_yet_valid_certificate_fails_validity() {
        VerificationReport late = new CertificateVerifier(f.keys).verify(f.jws, f.evidence(),
                f.certificate.validUntil());
        assertThat(fail(late, Name.VALIDITY)).isEqualTo("expired at 2027-05-01T12:00:00Z");
        VerificationReport early = new CertificateVerifier(f.keys).verify(f.jws, f.evidence(),
                f.certificate.validFrom().minusSeconds(1));
        assertThat(fail(early, Name.VALIDITY)).startsWith("not valid before");
    }

    @Test
    void suspended_and_revoked_certificates_fail_their_status_check() {
        Evidence suspended = withLists(f.statusList(StatusPurpose.REVOCATION, false),
                f.statusList(StatusPurpose.SUSPENSION, true));
        VerificationReport s = f.verify(f.jws, suspended);
        assertThat(fail(s, Name.SUSPENSION)).startsWith("suspended (bit 94567 of " + TrustFixture.SUSPENSION_URL);
        assertThat(result(s, Name.REVOCATION)).isInstanceOf(CheckResult.Pass.class);

        Evidence revoked = withLists(f.statusList(StatusPurpose.REVOCATION, true),
                f.statusList(StatusPurpose.SUSPENSION, false));
        assertThat(fail(f.verify(f.jws, revoked), Name.REVOCATION)).startsWith("revoked (bit 94567");
    }

    @Test
    void a_status_list_signed_by_another_key_or_for_another_purpose_fails() {
        SigningKey other = SigningKey.of(Ed25519Key.generate());
        String forged = new CredentialIssuer(other).issue(StatusListCredential.fromPayload(
                VcJwt.read(f.statusList(StatusPurpose.REVOCATION, false)).payload()));
        assertThat(fail(f.verify(f.jws, withLists(forged, f.statusList(StatusPurpose.SUSPENSION, false))),
                Name.REVOCATION)).contains("no key '" + other.kid() + "'");

        StatusListCredential suspension = StatusListCredential.fromPayload(
                VcJwt.read(f.statusList(StatusPurpose.SUSPENSION, false)).payload());
        String mislabelled = f.issuer.issue(new StatusListCredential(TrustFixture.REVOCATION_URL, TrustFixture.ISSUER,
                suspension.validFrom(), suspension.validUntil(), StatusPurpose.SUSPENSION, suspension.list(),
                Duration.ZERO));
        assertThat(fail(f.verify(f.jws, withLists(mislabelled)), Name.REVOCATION))
                .contains("is for suspension, not revocation");
        assertThat(fail(f.verify(f.jws, withLists("not a jwt")), Name.REVOCATION)).contains("could not be read");
    }

    @Test
    void a_stale_status_list_fails() {
        VerificationReport report = new CertificateVerifier(f.keys).verify(f.jws, f.evidence(),
                TrustFixture.NOW.plus(Duration.ofDays(2)));
        assertThat(fail(report, Name.REVOCATION)).contains("fetch a fresh one");
    }

    @Test
    void a_checkpoint_of_another_log_or_by_another_key_fails() {
        MerkleTree tree = new MerkleTree(f.log);
        String otherLog = new NoteSigner("elsewhere.example/log", f.key.key())
                .sign(new Checkpoint("elsewhere.example/log", f.log.size(), tree.root(f.log.size())).text());
        VerificationReport report = f.verify(f.jws, withCheckpoint(otherLog, f.proof()));
        assertThat(fail(report, Name.CHECKPOINT))
                .isEqualTo("the checkpoint is of the log 'elsewhere.example/log', not of 'guild.example/log'");
        assertThat(result(report, Name.INCLUSION).text()).contains("checkpoint did not verify");

        String byOther = new NoteSigner(TrustFixture.ORIGIN, Ed25519Key.generate())
                .sign(new Checkpoint(TrustFixture.ORIGIN, f.log.size(), tree.root(f.log.size())).text());
        assertThat(fail(f.verify(f.jws, withCheckpoint(byOther, f.proof())), Name.CHECKPOINT))
                .startsWith("no signature by a trusted key");
        String altered = f.checkpoint().replaceFirst("\n10\n", "\n11\n");
        assertThat(fail(f.verify(f.jws, withCheckpoint(altered, f.proof())), Name.CHECKPOINT))
                .contains("does not verify");
    }

    @Test
    void a_proof_for_another_tree_size_or_a_tampered_proof_fails_inclusion() {
        InclusionProof smaller = new MerkleTree(f.log).inclusionProof(f.leafIndex, 8);
        assertThat(fail(f.verify(f.jws, withCheckpoint(f.checkpoint(), smaller)), Name.INCLUSION))
                .startsWith("the proof is for a tree of size 8 but the checkpoint is for size 10");
        InclusionProof proof = f.proof();
        List<byte[]> hashes = new ArrayList<>(proof.hashes());
        hashes.get(1)[0] ^= 1;
        InclusionProof tampered = new InclusionProof(proof.index(), proof.size(), hashes);
        assertThat(fail(f.verify(f.jws, withCheckpoint(f.checkpoint(), tampered)), Name.INCLUSION))
                .contains("not proven in the log").contains("leads to root");
        InclusionProof otherLeaf = new MerkleTree(f.log).inclusionProof(f.leafIndex + 1, f.log.size());
        assertThat(fail(f.verify(f.jws, withCheckpoint(f.checkpoint(), otherLeaf)), Name.INCLUSION))
                .contains("not proven");
    }

    @Test
    void the_payload_has_exactly_the_contract_shape() {
        String payload = new String(Base64.getUrlDecoder().decode(f.jws.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).isEqualTo("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://guildmark.org/ns/certificate/v1\"],\"type\":[\"VerifiableCredential\","
                + "\"ProductionCertificate\"],\"id\":\"urn:uuid:6f1c2b0e-5d7a-4e7b-9a51-3f0c8d2e4b19\","
                + "\"issuer\":\"https://guild.example\",\"validFrom\":\"2026-05-01T12:00:00Z\","
                + "\"validUntil\":\"2027-05-01T12:00:00Z\",\"credentialSubject\":{"
                + "\"id\":\"urn:guildmark:production:lighthouse-2026\",\"title\":\"The Lighthouse Keeper\","
                + "\"adl\":2,\"adlDisplay\":\"ADL-2 (R, V)\",\"codeVersion\":\"1.0\",\"dossierSha256\":\""
                + "a".repeat(64) + "\",\"auditReportSha256\":\"" + "b".repeat(64) + "\","
                + "\"certifiedAt\":\"2026-05-01T12:00:00Z\"},\"credentialStatus\":["
                + "{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\","
                + "\"statusListIndex\":\"94567\",\"statusListCredential\":\"https://guild.example/status/revocation-1\"},"
                + "{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"suspension\","
                + "\"statusListIndex\":\"94567\",\"statusListCredential\":\"https://guild.example/status/suspension-1\"}]}");
        String header = new String(Base64.getUrlDecoder().decode(f.jws.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(VcJwt.MAPPER.readTree(header)).isEqualTo(VcJwt.MAPPER.readTree(
                "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\",\"cty\":\"vc\",\"kid\":\"" + f.key.kid() + "\"}"));
        assertThat(ProductionCertificate.fromPayload(VcJwt.read(f.jws).payload())).isEqualTo(f.certificate);
    }

    @Test
    void the_status_list_payload_follows_the_specification() {
        String list = f.statusList(StatusPurpose.SUSPENSION, true);
        var payload = VcJwt.read(list).payload();
        assertThat(payload.path("type").toString()).isEqualTo("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]");
        assertThat(payload.path("credentialSubject").path("type").asString()).isEqualTo("BitstringStatusList");
        assertThat(payload.path("credentialSubject").path("id").asString()).isEqualTo(TrustFixture.SUSPENSION_URL + "#list");
        assertThat(payload.path("credentialSubject").path("ttl").asLong()).isEqualTo(300_000);
        assertThat(payload.path("credentialSubject").path("encodedList").asString()).startsWith("uH4sI");
    }

    private Evidence withLists(String... lists) {
        return new Evidence(List.of(lists), Optional.of(f.checkpoint()), Optional.of(f.proof()), Optional.empty());
    }

    private Evidence withCheckpoint(String checkpoint, InclusionProof proof) {
        return new Evidence(f.evidence().statusLists(), Optional.of(checkpoint), Optional.of(proof), Optional.empty());
    }

    private static CheckResult result(VerificationReport report, Name name) {
        return report.check(name).orElseThrow().result();
    }

    private static String fail(VerificationReport report, Name name) {
        CheckResult r = result(report, name);
        assertThat(r).as("%s: %s", name, r.text()).isInstanceOf(CheckResult.Fail.class);
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        return r.text();
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
