package org.guildmark.app.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.core.consent.ConsentDecision;
import org.guildmark.core.consent.ConsentQuery;
import org.guildmark.core.consent.ConsentRegistry;
import org.guildmark.core.consent.DenyReason;
import org.guildmark.core.dossier.Wire;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a Guildmark registry server, through its batch consent-check API ({@code POST
 * /api/v1/consent-checks/batch}, at most {@value #BATCH} queries a request), authenticated by an API token. Any
 * failure (unreachable, refused, an answer it cannot read) is {@link ConsentRegistry.Unavailable}: an audit never
 * goes on with half the answers.
 */
final class RegistryClient implements ConsentRegistry {

    static final int BATCH = 1000;
    static final String PATH = "/api/v1/consent-checks/batch";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String display;
    private final String token;
    private final HttpClient http;

    /** @param base the server, e.g. {@code https://registry.example}; its path, if any, is kept */
    RegistryClient(URI base, String token) {
        String root = base.toString().replaceAll("/+$", "");
        this.endpoint = URI.create(root + PATH);
        this.display = root;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Whether {@code base} may carry a token: https, or http to this machine only (the token travels with every
     * request). Null when fine, else what is wrong.
     */
    static String unsuitable(URI base) {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!base.isAbsolute() || base.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "give the registry's address, e.g. https://registry.example";
        }
        if (scheme.equals("http") && !isLoopback(base.getHost())) {
            return "use https:// (plain http:// only for localhost): the API token travels with every request";
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    @Override
    public List<ConsentDecision> decide(List<ConsentQuery> queries) {
        List<ConsentDecision> decisions = new ArrayList<>(queries.size());
        for (int from = 0; from < queries.size(); from += BATCH) {
            decisions.addAll(batch(queries.subList(from, Math.min(queries.size(), from + BATCH)), from));
        }
        return decisions;
    }

    private List<ConsentDecision> batch(List<ConsentQuery> queries, int offset) {
        List<Map<String, Object>> wire = new ArrayList<>(queries.size());
        for (ConsentQuery q : queries) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("person", q.person());
            query.put("production", q.production());
            query.put("aspects", q.aspects().stream().map(Wire::code).sorted().toList());
            query.put("purposes", q.acceptablePurposes().stream().map(Wire::code).sorted().toList());
            query.put("at", q.at().toString());
            wire.add(query);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("queries", wire))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unavailable("cannot reach the consent registry at " + display + " (" + reason(e) + ")", e);
        } catch (HttpTimeoutException e) {
            throw unavailable("the consent registry at " + display + " did not answer within 60 seconds", e);
        } catch (IOException e) {
            throw unavailable("cannot reach the consent registry at " + display + " (" + reason(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking the consent registry at " + display, e);
        }
        if (response.statusCode() != 200) {
            throw unavailable(refusal(response, offset), null);
        }
        return decisions(response.body(), queries.size());
    }

    private String refusal(HttpResponse<String> response, int offset) {
        String detail = problemDetail(response.body());
        String pointer = problemPointer(response.body());
        String where = pointer == null ? "" : " (" + renumber(pointer, offset) + ")";
        return switch (response.statusCode()) {
            case 401 -> "the consent registry at " + display + " refused the token in GUILDMARK_TOKEN"
                    + (detail == null ? "" : ": " + detail);
            case 403 -> "the token in GUILDMARK_TOKEN may not ask these questions of the consent registry at "
                    + display + (detail == null ? "" : ": " + detail) + where;
            case 400 -> "the consent registry at " + display + " refused a question"
                    + (detail == null ? "" : ": " + detail) + where;
            case 404 -> "no consent-check API at " + display + PATH + " (HTTP 404): is this a Guildmark registry?";
            default -> "the consent registry at " + display + " answered HTTP " + response.statusCode()
                    + (detail == null ? "" : ": " + detail);
        };
    }

    /** A pointer into this batch ({@code /queries/3/...}), as a position among all questions of the audit. */
    private static String renumber(String pointer, int offset) {
        String[] parts = pointer.split("/", 4);
        if (parts.length >= 3 && parts[1].equals("queries") && parts[2].chars().allMatch(Character::isDigit)
                && !parts[2].isEmpty()) {
            return "question " + (Integer.parseInt(parts[2]) + offset + 1) + (parts.length == 4 ? ", " + parts[3] : "");
        }
        return pointer;
    }

    private List<ConsentDecision> decisions(String body, int expected) {
        try {
            JsonNode results = JSON.readTree(body).get("results");
            if (results == null || !results.isArray() || results.size() != expected) {
                throw unreadable(null);
            }
            List<ConsentDecision> decisions = new ArrayList<>(expected);
            for (JsonNode result : results) {
                String decision = result.path("decision").asString("");
                if (decision.equals("permit") && result.hasNonNull("consent")) {
                    decisions.add(new ConsentDecision.Permit(result.get("consent").asString()));
                } else if (decision.equals("deny") && result.path("reasons").isArray()
                        && !result.path("reasons").isEmpty()) {
                    List<DenyReason> reasons = new ArrayList<>();
                    for (JsonNode code : result.get("reasons")) {
                        reasons.add(reason(code.asString("")));
                    }
                    decisions.add(new ConsentDecision.Deny(reasons));
                } else {
                    throw unreadable(null);
                }
            }
            return decisions;
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    private DenyReason reason(String code) {
        for (DenyReason reason : DenyReason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        throw unavailable("the consent registry at " + display + " gave a reason this version does not know: '"
                + code + "'; update guildmark", null);
    }

    private Unavailable unreadable(Throwable cause) {
        return unavailable("the consent registry at " + display + " gave an answer that is not a consent-check "
                + "result", cause);
    }

    private static String problemDetail(String body) {
        return problemField(body, "detail");
    }

    private static String problemPointer(String body) {
        return problemField(body, "pointer");
    }

    private static String problemField(String body, String field) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && problem.hasNonNull(field) ? problem.get(field).asString() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage()
                : e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getClass().getSimpleName();
    }

    private static Unavailable unavailable(String message, Throwable cause) {
        return new Unavailable(message, cause);
    }
}
