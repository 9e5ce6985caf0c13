/**
 * The guild's signing keys (design trust.md, "Keys"): Ed25519, generated on the first start, stored encrypted at
 * rest under the key passphrase ({@code GUILDMARK_KEY_PASSPHRASE}), published as a JWKS at
 * {@code /.well-known/jwks.json}. {@link org.guildmark.app.keys.GuildKeys} signs with the active key; retired keys
 * stay published so what they signed still verifies after a rotation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keys")
package org.guildmark.app.keys;
