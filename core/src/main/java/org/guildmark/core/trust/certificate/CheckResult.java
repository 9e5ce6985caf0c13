package org.guildmark.core.trust.certificate;

/** How one verification check ended, with the sentence a person reads. */
public sealed interface CheckResult {
    String text();

    /** PASS, FAIL or SKIP. */
    String outcome();

    record Pass(String text) implements CheckResult {
        @Override
        public String outcome() {
            return "PASS";
        }
    }

    record Fail(String text) implements CheckResult {
        @Override
        public String outcome() {
            return "FAIL";
        }
    }

    /** Not checked, and why: missing evidence, or an earlier check that makes this one meaningless. */
    record Skipped(String text) implements CheckResult {
        @Override
        public String outcome() {
            return "SKIP";
        }
    }
}
