package org.guildmark.core.trust.certificate;

import java.util.List;
import java.util.Optional;

/** Every check of one certificate verification, in order, and the verdict they add up to. */
public record VerificationReport(Optional<ProductionCertificate> certificate, List<Check> checks) {

    public enum Verdict {
        /** Every check passed. */
        VALID,
        /** At least one check failed. */
        INVALID,
        /** Nothing failed but some checks were skipped for want of evidence: not a full verification. */
        INCOMPLETE
    }

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public Verdict verdict() {
        if (checks.stream().anyMatch(Check::failed)) {
            return Verdict.INVALID;
        }
        return checks.stream().allMatch(Check::passed) ? Verdict.VALID : Verdict.INCOMPLETE;
    }

    public Optional<Check> check(Check.Name name) {
        return checks.stream().filter(c -> c.name() == name).findFirst();
    }
}
