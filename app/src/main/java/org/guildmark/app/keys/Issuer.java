package org.guildmark.app.keys;

import java.net.URI;
import java.net.URISyntaxException;

import org.guildmark.core.trust.log.Checkpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who the guild is on the web: the public base URL ({@code GUILDMARK_PUBLIC_URL}) that is the certificates'
 * {@code issuer}, the prefix of every public URL they name (status lists, the certificate itself) and, without its
 * scheme, the transparency log's origin.
 */
@Component
public class Issuer {

    private final String configured;
    private final Environment environment;

    @Autowired
    Issuer(@Value("${guildmark.public-url:http://localhost:8080}") String url, Environment environment) {
        this.configured = normalized(url);
        this.environment = environment;
    }

    private Issuer(String url) {
        this(url, null);
    }

    public static Issuer of(String url) {
        return new Issuer(url);
    }

    /**
     * The issuer id, e.g. {@code https://guild.example}: no trailing slash. A default URL on port 0 (a server
     * started on any free port) takes the port the server listens on once it does.
     */
    public String url() {
        if (environment != null && configured.endsWith(":0")) {
            String port = environment.getProperty("local.server.port");
            if (port != null) {
                return configured.substring(0, configured.length() - 1) + port;
            }
        }
        return configured;
    }

    /** The log's origin and its checkpoints' key name, e.g. {@code guild.example/log}. */
    public String logOrigin() {
        return Checkpoint.originFor(url());
    }

    /** The absolute URL of a public path such as {@code /status/revocation-1}. */
    public String at(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    private static String normalized(String url) {
        String s = url == null ? "" : url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            URI uri = new URI(s);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(bad(url));
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(bad(url), e);
        }
        return s;
    }

    private static String bad(String url) {
        return "GUILDMARK_PUBLIC_URL must be the server's public http(s) base URL, such as https://guild.example, "
                + "without query or fragment; was '" + url + "'";
    }
}
