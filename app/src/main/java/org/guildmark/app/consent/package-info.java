/**
 * Consent checks (clause 3.1, design "The check"): may this organization use these aspects of this person, for
 * this purpose, at this instant? Answered from the registry's grants and their status history by core's pure
 * {@link org.guildmark.core.consent.ConsentEvaluator}, the same code the offline audit runs.
 *
 * <p>This module only reads the registry's tables ({@link org.guildmark.app.consent.CandidateConsents}); it never
 * writes them. Callers are the grantee's API tokens (scope {@code consent:check}) or its signed-in accounts, and
 * admins and officers for any grantee.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent checks")
package org.guildmark.app.consent;
