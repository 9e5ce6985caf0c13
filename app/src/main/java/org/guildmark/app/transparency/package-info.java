/**
 * The guild's public transparency log (design trust.md, docs/trust.md "The log on the server"): an append-only
 * RFC 9162 Merkle log of certificate events, published sanctions and salted commitments of consent events, with
 * signed C2SP checkpoints and the public endpoints under {@code /log} that {@code guildmark verify --fetch} reads.
 *
 * <p>Other modules call {@link org.guildmark.app.transparency.TransparencyLog#append} inside their own
 * transactions; a single sequencer (a PostgreSQL advisory lock, a row lock on H2) numbers what was queued, in
 * batches, and signs a checkpoint of each new size with the guild's active key. The module listens to the
 * registry's {@link org.guildmark.app.registry.ConsentWithdrawn} and logs a commitment to it in the same
 * transaction, keeping the salt that opens it private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transparency log")
package org.guildmark.app.transparency;
