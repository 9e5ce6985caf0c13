package org.guildmark.app.keys;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** {@code GET /.well-known/jwks.json}: the guild's public keys, for anyone, no account needed. */
@RestController
@Tag(name = "Keys", description = "The guild's public keys")
class JwksEndpoint {

    static final String JWK_SET = "application/jwk-set+json";

    private final GuildKeys keys;

    JwksEndpoint(GuildKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "The guild's public keys (OKP / Ed25519), retired ones included",
            description = "Verify receipts and certificates offline against these; a signature's kid names its key.")
    @GetMapping(path = "/.well-known/jwks.json", produces = {JWK_SET, "application/json"})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }
}
