package org.guildmark.core.code;

public record Principle(String id, String title) {
}
