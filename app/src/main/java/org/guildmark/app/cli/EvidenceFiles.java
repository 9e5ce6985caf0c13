package org.guildmark.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guildmark.core.trust.certificate.Evidence;
import org.guildmark.core.trust.log.InclusionProof;

import com.nimbusds.jose.jwk.JWKSet;

/** Reads the local files of an offline {@code guildmark verify}. */
final class EvidenceFiles {
    /** Far above any certificate, key set, status list or proof; a larger file is a mistake, not evidence. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private EvidenceFiles() {
    }

    static VerificationInput read(Path certificate, Optional<Path> keys, List<Path> statusLists,
            Optional<Path> checkpoint, Optional<Path> proof) throws UnusableInput {
        String jws = TrustDocuments.certificate(text(certificate), certificate.toString());
        Optional<JWKSet> keySet = Optional.empty();
        if (keys.isPresent()) {
            keySet = Optional.of(TrustDocuments.keys(text(keys.get()), keys.get().toString()));
        }
        List<String> lists = new ArrayList<>();
        for (Path list : statusLists) {
            lists.add(TrustDocuments.statusList(text(list), list.toString()));
        }
        Optional<String> note = Optional.empty();
        if (checkpoint.isPresent()) {
            String text = text(checkpoint.get());
            TrustDocuments.checkpoint(text, checkpoint.get().toString());
            note = Optional.of(text);
        }
        Optional<InclusionProof> inclusion = Optional.empty();
        if (proof.isPresent()) {
            inclusion = Optional.of(TrustDocuments.proof(text(proof.get()), proof.get().toString()));
        }
        return new VerificationInput(jws, keySet, new Evidence(lists, note, inclusion, Optional.empty()), List.of(),
                Optional.empty(), false);
    }

    /** The file as UTF-8 text, or a message naming it and what kept it from being read. */
    static String text(Path file) throws UnusableInput {
        try {
            if (Files.isDirectory(file)) {
                throw new UnusableInput(file + " is a directory, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnusableInput(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return utf8(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new UnusableInput(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnusableInput(file + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnusableInput(file + " cannot be read: " + e.getMessage());
        }
    }

    static String utf8(byte[] bytes, String source) throws UnusableInput {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnusableInput(source + " is not UTF-8 text");
        }
    }
}
