/**
 * Enforcement (the Code's enforcement section, issue "Enforcement"): anyone may report a violation to the ethics
 * committee, named or anonymously with a 16-digit receipt and no account; the committee investigates a case through
 * its states with deadlines, recusal for declared conflicts of interest and a custodian who alone sees a named
 * reporter's identity; it decides, with reasons, and its sanctions act on certificates (through certification), on
 * guild membership (kept here) and, when public, in the transparency log. Appeals go to members who did not decide.
 * Every event and every refused attempt is appended to the case's log; closed cases are purged of personal data
 * after the retention period, keeping the anonymised decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement")
package org.guildmark.app.enforcement;
