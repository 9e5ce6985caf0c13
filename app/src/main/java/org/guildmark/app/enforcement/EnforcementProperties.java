package org.guildmark.app.enforcement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code guildmark.enforcement.*}.
 *
 * @param custodian            the committee account that alone sees a named reporter's identity (none when blank)
 * @param retention            how long a closed case keeps its personal data before the purge
 * @param appealWindow         how long after a decision an appeal may be lodged
 * @param deadlines            how long a case may stay in each state before it is overdue
 * @param maxAttachmentSize    the largest attachment accepted
 * @param maxAttachments       the most attachments one submission or message may carry
 * @param submissionsPerHour   complaints accepted from one client in an hour
 * @param submissionsPerHourTotal complaints accepted from everyone in an hour (a flood of distributed clients)
 * @param receiptFailures      receipts matching no case tried from one client before it is locked out
 * @param receiptLock          how long such a client is locked out
 * @param receiptHashIterations PBKDF2-HMAC-SHA256 iterations of the receipts' hash
 */
@ConfigurationProperties("guildmark.enforcement")
public record EnforcementProperties(
        @DefaultValue("") String custodian,
        @DefaultValue("P1095D") Duration retention,
        @DefaultValue("P30D") Duration appealWindow,
        @DefaultValue Deadlines deadlines,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxAttachments,
        @DefaultValue("5") int submissionsPerHour,
        @DefaultValue("200") int submissionsPerHourTotal,
        @DefaultValue("5") int receiptFailures,
        @DefaultValue("PT15M") Duration receiptLock,
        @DefaultValue("100000") int receiptHashIterations) {

    /** How long a case may stay in a state; ISO 37002 and the EU directive acknowledge within 7 days. */
    public record Deadlines(
            @DefaultValue("P7D") Duration received,
            @DefaultValue("P14D") Duration triage,
            @DefaultValue("P90D") Duration investigation,
            @DefaultValue("P30D") Duration hearing,
            @DefaultValue("P30D") Duration appeal,
            @DefaultValue("P7D") Duration appealDecision) {
    }

    /** The deadline of a state, or null for a state without one (those that end by a rule of their own). */
    Duration deadline(CaseState state) {
        return switch (state) {
            case RECEIVED -> deadlines.received();
            case TRIAGE -> deadlines.triage();
            case INVESTIGATION -> deadlines.investigation();
            case HEARING -> deadlines.hearing();
            case DECISION -> appealWindow;
            case APPEAL -> deadlines.appeal();
            case APPEAL_DECISION -> deadlines.appealDecision();
            case CLOSED, DISMISSED, WITHDRAWN -> null;
        };
    }
}
