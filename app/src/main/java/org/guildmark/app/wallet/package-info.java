/**
 * The consent wallet pages: a performer's own grants (state, terms, history, uses, deletion obligations,
 * receipts; withdraw with confirmation, give or refuse a requested grant), a representative's view of the people they
 * act for with the approvals clause 3.4 asks of them, and a production's view of the grants made to its
 * organization and the deletions it owes. Every read and change goes through
 * {@link org.guildmark.app.registry.ConsentRegistry}, which decides what the caller may see and do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wallet")
package org.guildmark.app.wallet;
