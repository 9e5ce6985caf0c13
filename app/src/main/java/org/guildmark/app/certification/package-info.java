/**
 * Certification (design trust.md, issue "Certification"): a production submits its dossier; the server audits it,
 * with the registry's consents, and stores dossier and report once by SHA-256; officers decide, a named human
 * always, and the guild issues a signed {@code vc+jwt} certificate whose revocation and suspension bits live in
 * Bitstring Status Lists. Withdrawn consent suspends a certificate until the deletion it owes is confirmed. Every
 * issuance and status change is appended to the certificate's history and to the public transparency log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package org.guildmark.app.certification;
