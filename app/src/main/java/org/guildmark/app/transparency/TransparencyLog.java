package org.guildmark.app.transparency;

import java.util.Optional;
import java.util.OptionalLong;

import org.guildmark.core.trust.log.InclusionProof;
import org.guildmark.core.trust.log.LogEntry;
import org.springframework.stereotype.Service;

/** Placeholder until the log module lands: the certification module codes against these methods. */
@Service
public class TransparencyLog {
    public long append(LogEntry entry) {
        return 0;
    }

    public long sequence() {
        return 0;
    }

    public Optional<SignedCheckpoint> latestCheckpoint() {
        return Optional.empty();
    }

    public OptionalLong indexOf(byte[] leafHash) {
        return OptionalLong.empty();
    }

    public InclusionProof inclusionProof(long index, long size) {
        throw new UnsupportedOperationException();
    }
}
