package org.guildmark.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guildmark.core.trust.certificate.CertificateEvents;
import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.certificate.ProductionCertificate;
import org.guildmark.core.trust.certificate.StatusEntry;
import org.guildmark.core.trust.log.Checkpoint;
import org.guildmark.core.trust.log.InclusionProof;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * Downloads a certificate and everything needed to verify it: the issuer's keys, its status lists, the latest
 * checkpoint of the issuer's log and the inclusion proof of its issuance entry. The keys and the log are asked of
 * the issuer the certificate names, not of whatever site served the certificate, so a copy hosted elsewhere is still
 * checked against its issuer. Only https is used, except on this machine (localhost) for testing.
 */
final class EvidenceFetcher {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /** File name to content, in download order, for {@code --save}. */
    private final Map<String, String> downloaded = new LinkedHashMap<>();

    /** Fetches from {@code certificateUrl}; {@code pinnedKeys} (from {@code --keys}) replaces the fetched JWKS. */
    VerificationInput fetch(String certificateUrl, Optional<JWKSet> pinnedKeys) throws UnusableInput {
        URI certificateUri = uri(certificateUrl, "--fetch");
        List<String> notes = new ArrayList<>();
        String jws = TrustDocuments.certificate(get(certificateUri).orElseThrow(() -> notFound(certificateUri)),
                certificateUrl);
        downloaded.put("certificate.jwt", jws);
        ProductionCertificate certificate = TrustDocuments.certificatePayload(jws, certificateUrl);
        String base = TrustDocuments.issuerBase(certificate.issuer());
        URI issuer = uri(base, "the certificate's issuer");
        if (!sameOrigin(issuer, certificateUri)) {
            notes.add("the certificate was served by " + origin(certificateUri) + " but names the issuer "
                    + certificate.issuer() + "; its keys and log were fetched from the issuer");
        }

        JWKSet keys;
        if (pinnedKeys.isPresent()) {
            keys = pinnedKeys.get();
            notes.add("issuer keys: the key set given with --keys");
        } else {
            URI jwks = uri(base + "/.well-known/jwks.json", "the issuer's key set");
            String text = get(jwks).orElseThrow(() -> notFound(jwks));
            keys = TrustDocuments.keys(text, jwks.toString());
            downloaded.put("jwks.json", text);
            notes.add("issuer keys: fetched from " + jwks + "; pin them with --keys to be sure they are the issuer's");
        }

        List<String> lists = new ArrayList<>();
        Set<String> listUrls = new LinkedHashSet<>();
        certificate.status().stream().map(StatusEntry::listUrl).forEach(listUrls::add);
        int n = 0;
        for (String listUrl : listUrls) {
            URI list = uri(listUrl, "a status list");
            String text = TrustDocuments.statusList(get(list).orElseThrow(() -> notFound(list)), listUrl);
            lists.add(text);
            downloaded.put("status-" + (++n) + ".jwt", text);
        }

        URI checkpointUri = uri(base + "/log/checkpoint", "the issuer's log");
        String note = get(checkpointUri).orElseThrow(() -> notFound(checkpointUri));
        Checkpoint checkpoint = TrustDocuments.checkpoint(note, checkpointUri.toString());
        downloaded.put("checkpoint.txt", note);

        String leaf;
        try {
            leaf = HexFormat.of().formatHex(CertificateEvents.issued(jws, certificate).leafHash());
        } catch (IllegalArgumentException e) {
            throw new UnusableInput(certificateUrl + " cannot be in a log: " + e.getMessage());
        }
        URI proofUri = uri(base + "/log/proof/inclusion?leaf=" + leaf + "&size=" + checkpoint.size(),
                "the issuer's log");
        Optional<String> proofText = get(proofUri);
        Optional<InclusionProof> proof = Optional.empty();
        Optional<String> notInLog = Optional.empty();
        if (proofText.isPresent()) {
            proof = Optional.of(TrustDocuments.proof(proofText.get(), proofUri.toString()));
            downloaded.put("proof.json", proofText.get());
        } else {
            notInLog = Optional.of("the issuer's log has no issuance entry for this certificate at size "
                    + checkpoint.size() + " (" + proofUri + " answered 404 Not Found)");
        }
        return new VerificationInput(jws, Optional.of(keys), new Evidence(lists, Optional.of(note), proof,
                Optional.empty()), notes, notInLog, true);
    }

    /**
     * Writes what was downloaded into {@code dir} (created if needed) and returns the offline command line that
     * verifies it again.
     */
    String save(Path dir, Optional<Path> keysFile) throws UnusableInput {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : downloaded.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UnusableInput("cannot save into " + dir + ": " + e.getMessage());
        }
        StringBuilder command = new StringBuilder("guildmark verify ").append(dir.resolve("certificate.jwt"));
        for (String name : downloaded.keySet()) {
            Path file = dir.resolve(name);
            if (name.equals("jwks.json")) {
                command.append(" --keys ").append(file);
            } else if (name.startsWith("status-")) {
                command.append(" --status ").append(file);
            } else if (name.equals("checkpoint.txt")) {
                command.append(" --checkpoint ").append(file);
            } else if (name.equals("proof.json")) {
                command.append(" --proof ").append(file);
            }
        }
        keysFile.ifPresent(k -> command.append(" --keys ").append(k));
        return command.toString();
    }

    /** The body of a 200 answer; empty for 404; anything else is refused with the URL and what happened. */
    private Optional<String> get(URI uri) throws UnusableInput {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept",
                "application/vc+jwt, application/jwk-set+json, application/json, text/plain").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new UnusableInput("cannot fetch " + uri + ": no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new UnusableInput("cannot fetch " + uri + ": cannot connect to " + uri.getHost());
        } catch (IOException e) {
            throw new UnusableInput("cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass()
                    .getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnusableInput("cannot fetch " + uri + ": interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new UnusableInput("cannot fetch " + uri + ": the server answered HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) EvidenceFiles.MAX_BYTES + 1);
            if (bytes.length > EvidenceFiles.MAX_BYTES) {
                throw new UnusableInput(uri + " sent more than " + EvidenceFiles.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Optional.of(EvidenceFiles.utf8(bytes, uri.toString()));
        } catch (IOException e) {
            throw new UnusableInput("cannot fetch " + uri + ": " + e.getMessage());
        }
    }

    /** An absolute https URL, or http on this machine; anything else is refused before a connection is made. */
    static URI uri(String url, String what) throws UnusableInput {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UnusableInput(what + ": '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UnusableInput(what + ": '" + url + "' is not an http(s) URL with a host");
        }
        if (scheme.equals("http") && !TrustDocuments.isLocalHost(uri.getHost())) {
            throw new UnusableInput(what + ": '" + url + "' is not https; only https is fetched, except from "
                    + "localhost");
        }
        return uri;
    }

    private static UnusableInput notFound(URI uri) {
        return new UnusableInput("cannot fetch " + uri + ": the server answered HTTP 404 Not Found");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return origin(a).equalsIgnoreCase(origin(b));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
