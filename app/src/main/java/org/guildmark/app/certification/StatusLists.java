package org.guildmark.app.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guildmark.app.keys.GuildKeys;
import org.guildmark.app.keys.Issuer;
import org.guildmark.core.trust.certificate.CredentialIssuer;
import org.guildmark.core.trust.certificate.StatusListCredential;
import org.guildmark.core.trust.status.StatusBitstring;
import org.guildmark.core.trust.status.StatusPurpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Bitstring Status List credentials at {@code /status/revocation-N} and {@code /status/suspension-N}, built from
 * the certificates' states and signed like certificates. A signed list is reused for at most its {@code ttl}
 * (verifiers may cache it that long anyway) and dropped at once when this node changes a status; each is valid for
 * a day, so a list saved for offline checks does not outlive its news by much.
 */
@Service
public class StatusLists {

    static final Duration TTL = Duration.ofMinutes(5);
    static final Duration VALIDITY = Duration.ofDays(1);
    private static final Pattern NAME = Pattern.compile("(revocation|suspension)-([1-9][0-9]{0,5})");

    private record Signed(String jws, Instant signedAt) {
    }

    private final Certificates certificates;
    private final GuildKeys keys;
    private final Issuer issuer;
    private final Clock clock;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    StatusLists(Certificates certificates, GuildKeys keys, Issuer issuer, Clock clock) {
        this.certificates = certificates;
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The signed list named {@code name} ({@code revocation-1}), or empty when there is no such list. */
    public Optional<String> credential(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // Only lists that exist are ever signed and kept, so a kept one answers without asking the database.
        Signed cached = signed.get(name);
        if (cached != null && cached.signedAt().plus(TTL).isAfter(now)) {
            return Optional.of(cached.jws());
        }
        int list = Integer.parseInt(m.group(2));
        if (list > certificates.lists()) {
            return Optional.empty();
        }
        StatusPurpose purpose = StatusPurpose.fromWire(m.group(1)).orElseThrow();
        StatusBitstring bits = new StatusBitstring();
        Certificate.State set = purpose == StatusPurpose.REVOCATION ? Certificate.State.REVOKED
                : Certificate.State.SUSPENDED;
        certificates.indexesIn(list, set).forEach(i -> bits.set(i, true));
        StatusListCredential credential = new StatusListCredential(issuer.at("/status/" + name), issuer.url(), now,
                Optional.of(now.plus(VALIDITY)), purpose, bits, TTL);
        String jws = new CredentialIssuer(keys.activeSigningKey()).issue(credential);
        signed.put(name, new Signed(jws, now));
        return Optional.of(jws);
    }

    /** A status changed on this node: sign afresh on the next request after the change commits. */
    void changed() {
        signed.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // A list signed between now and the commit would still show the old bit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signed.clear();
                }
            });
        }
    }
}
