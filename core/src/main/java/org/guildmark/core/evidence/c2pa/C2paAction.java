package org.guildmark.core.evidence.c2pa;

/**
 * One action of a C2PA actions assertion, with the digital source type and software agent it names (either may
 * be null), after the v2 templates for its action name were applied. {@code pointer} locates it in the file.
 */
public record C2paAction(String action, SourceType sourceType, SoftwareAgent softwareAgent, String pointer) {
}
