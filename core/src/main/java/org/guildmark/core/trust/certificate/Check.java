package org.guildmark.core.trust.certificate;

/** One named check of a certificate verification and its result. */
public record Check(Name name, CheckResult result) {

    public enum Name {
        FORMAT("certificate format"), SIGNATURE("issuer signature"), VALIDITY("validity period"),
        REVOCATION("revocation status"), SUSPENSION("suspension status"), CHECKPOINT("log checkpoint"),
        INCLUSION("log inclusion");

        private final String label;

        Name(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean passed() {
        return result instanceof CheckResult.Pass;
    }

    public boolean failed() {
        return result instanceof CheckResult.Fail;
    }

    /** {@code PASS  issuer signature: …}, the line {@code guildmark verify} prints. */
    public String line() {
        return result.outcome() + "  " + name.label() + ": " + result.text();
    }
}
