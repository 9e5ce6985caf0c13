package org.guildmark.app.enforcement;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * One-time tokens for the reporter's forms: each form carries one, and a POST whose token was used already (the
 * form sent twice, or replayed) or never issued is refused, so nothing is stored twice. Kept in the session, the
 * latest few only.
 */
final class FormTokens {

    private static final String KEY = FormTokens.class.getName();
    private static final int KEEP = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    @SuppressWarnings("unchecked")
    static synchronized String issue(HttpSession session) {
        Set<String> tokens = (Set<String>) session.getAttribute(KEY);
        if (tokens == null) {
            tokens = new LinkedHashSet<>();
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.add(token);
        while (tokens.size() > KEEP) {
            tokens.remove(tokens.iterator().next());
        }
        session.setAttribute(KEY, tokens);
        return token;
    }

    /** Whether the token was issued and not used yet; uses it. */
    @SuppressWarnings("unchecked")
    static synchronized boolean consume(HttpSession session, String token) {
        Set<String> tokens = session == null ? null : (Set<String>) session.getAttribute(KEY);
        if (tokens == null || token == null || !tokens.remove(token)) {
            return false;
        }
        session.setAttribute(KEY, tokens);
        return true;
    }
}
