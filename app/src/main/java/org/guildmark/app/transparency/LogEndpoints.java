package org.guildmark.app.transparency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's public endpoints, for anyone and without an account (docs/trust.md): the latest signed checkpoint,
 * entries by index, inclusion proofs by leaf hash and consistency proofs between sizes. What the log holds is public
 * by design and carries no personal data. Bad parameters are answered with an RFC 9457 problem naming the
 * parameter.
 */
@RestController
@RequestMapping("/log")
@Tag(name = "Transparency log", description = "The guild's public append-only log of certificates, sanctions and "
        + "consent commitments")
class LogEndpoints {

    /** Entries per request at most; a longer range is cut short, and the answer's {@code end} says where. */
    static final int MAX_ENTRIES = 1000;

    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    /** A new checkpoint may be signed every sequencing run, so clients should not keep one long. */
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();
    /** Entries and proofs of sizes the log has reached never change. */
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final TransparencyLog transparencyLog;

    LogEndpoints(TransparencyLog transparencyLog) {
        this.transparencyLog = transparencyLog;
    }

    /** A page of entries: {@code start} to {@code end - 1}, as many as were asked for, the log has, and the cap. */
    record Entries(long start, long end, List<Entry> entries) {
    }

    /** One entry: the canonical bytes in standard base64 and the leaf hash in hex, as {@code leaf=} takes it. */
    record Entry(long index, String leafHash, String entry) {
    }

    @Operation(summary = "The latest signed checkpoint (C2SP tlog-checkpoint as a signed note)",
            description = "Origin, size and base64 root hash, a blank line, and the guild key's signature line. "
                    + "Verify it against /.well-known/jwks.json; see docs/trust.md.")
    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> checkpoint() {
        SignedCheckpoint checkpoint = transparencyLog.latestCheckpoint().orElseThrow(() -> new Refused(
                HttpStatus.SERVICE_UNAVAILABLE, null, "The log has not signed its first checkpoint yet; try again "
                + "in a second."));
        return ResponseEntity.ok().cacheControl(SHORT).contentType(TEXT).body(checkpoint.note());
    }

    @Operation(summary = "Entries start to end - 1, with their leaf hashes",
            description = "At most " + MAX_ENTRIES + " entries per request and none beyond the log's size: the "
                    + "answer's end says where it stopped. Each entry is its canonical bytes in base64.")
    @GetMapping(path = "/entries", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Entries> entries(@RequestParam(required = false) String start,
            @RequestParam(required = false) String end) {
        long from = natural("start", start);
        long to = natural("end", end);
        if (to < from) {
            throw new Refused(HttpStatus.BAD_REQUEST, "end", "end (" + to + ") must not be below start (" + from
                    + ").");
        }
        long size = transparencyLog.size();
        if (from > size) {
            throw new Refused(HttpStatus.BAD_REQUEST, "start", "start " + from + " is beyond the log, which has "
                    + size + " entries; start at most there.");
        }
        long until = Math.min(Math.min(to, size), from + MAX_ENTRIES);
        List<Entry> entries = transparencyLog.entries(from, until).stream()
                .map(e -> new Entry(e.index(), HexFormat.of().formatHex(e.leafHash()),
                        Base64.getEncoder().encodeToString(e.entry())))
                .toList();
        // What lies within the log never changes; an answer cut short by the log's end will grow.
        CacheControl cache = until == to || until == from + MAX_ENTRIES ? FOREVER : SHORT;
        return ResponseEntity.ok().cacheControl(cache).body(new Entries(from, until, entries));
    }

    @Operation(summary = "The inclusion proof of an entry, by leaf hash, in the tree of the given size",
            description = "leaf is SHA-256(0x00 ‖ entry) in hex; size at most the log's size (a checkpoint's). "
                    + "404 when no entry with that hash is in that tree.")
    @GetMapping(path = "/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> inclusion(@RequestParam(required = false) String leaf,
            @RequestParam(required = false) String size) {
        byte[] leafHash = leafHash(leaf);
        long treeSize = natural("size", size);
        long logSize = transparencyLog.size();
        beyond("size", treeSize, logSize);
        OptionalLong index = transparencyLog.indexOf(leafHash);
        if (index.isEmpty()) {
            throw new Refused(HttpStatus.NOT_FOUND, "leaf", "No entry with leaf hash " + leaf.toLowerCase(Locale.ROOT)
                    + " is in the log.");
        }
        if (index.getAsLong() >= treeSize) {
            throw new Refused(HttpStatus.NOT_FOUND, "size", "The entry with leaf hash " + leaf.toLowerCase(Locale.ROOT)
                    + " is at index " + index.getAsLong() + ", so it is not in the tree of size " + treeSize
                    + "; ask for size " + (index.getAsLong() + 1) + " or more.");
        }
        return json(transparencyLog.inclusionProof(index.getAsLong(), treeSize).toJson());
    }

    @Operation(summary = "The consistency proof between two tree sizes",
            description = "0 <= from <= to <= the log's size; proves the tree of size from is a prefix of the tree "
                    + "of size to.")
    @GetMapping(path = "/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> consistency(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        long older = natural("from", from);
        long newer = natural("to", to);
        if (older > newer) {
            throw new Refused(HttpStatus.BAD_REQUEST, "from", "from (" + older + ") must not be above to (" + newer
                    + ").");
        }
        beyond("to", newer, transparencyLog.size());
        return json(transparencyLog.consistencyProof(older, newer).toJson());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status, refused.getMessage());
        problem.setTitle(refused.status == HttpStatus.BAD_REQUEST ? "Invalid request"
                : refused.status.getReasonPhrase());
        if (refused.parameter != null) {
            problem.setProperty("parameter", refused.parameter);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return answer.body(problem);
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().cacheControl(FOREVER).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static void beyond(String parameter, long requested, long logSize) {
        if (requested > logSize) {
            throw new Refused(HttpStatus.BAD_REQUEST, parameter, parameter + " " + requested
                    + " is beyond the log, which has " + logSize + " entries.");
        }
    }

    private static long natural(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, parameter, "The parameter " + parameter
                    + " is missing: give a whole number from 0.");
        }
        if (!value.matches("[0-9]{1,19}")) {
            throw new Refused(HttpStatus.BAD_REQUEST, parameter, parameter + " must be a whole number from 0 "
                    + "(decimal digits only), got '" + shown(value) + "'.");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, parameter, parameter + " is too large: " + value + ".");
        }
    }

    private static byte[] leafHash(String leaf) {
        if (leaf == null || leaf.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "leaf", "The parameter leaf is missing: give the entry's leaf "
                    + "hash, SHA-256(0x00 ‖ entry), as 64 hexadecimal digits.");
        }
        if (leaf.length() != 64) {
            throw new Refused(HttpStatus.BAD_REQUEST, "leaf", "leaf must be a SHA-256 hash as 64 hexadecimal "
                    + "digits, got " + leaf.length() + " characters.");
        }
        for (int i = 0; i < leaf.length(); i++) {
            if (Character.digit(leaf.charAt(i), 16) < 0) {
                throw new Refused(HttpStatus.BAD_REQUEST, "leaf", "leaf must be 64 hexadecimal digits; character "
                        + (i + 1) + " ('" + shown(leaf.substring(i, i + 1)) + "') is not one.");
            }
        }
        return HexFormat.of().parseHex(leaf);
    }

    /** A caller's value, shortened and stripped of control characters, to quote in an answer. */
    private static String shown(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** A request the log refuses: its status, the parameter at fault, and what to do. */
    static final class Refused extends RuntimeException {
        private final HttpStatus status;
        private final String parameter;

        Refused(HttpStatus status, String parameter, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.parameter = parameter;
        }
    }
}
