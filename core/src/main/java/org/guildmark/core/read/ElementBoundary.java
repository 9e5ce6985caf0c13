package org.guildmark.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Guesses where two elements of a JSON list of objects meet: a comma between a {@code }} and a {@code {}, blank
 * space aside. Only a guess — the bytes may sit inside a string or a nested list — which the reader confirms when
 * it gets there. A guess with a line break after the comma is preferred, as one object per line is how large
 * lists are written.
 */
final class ElementBoundary {
    private static final int SEARCH = 1 << 20;

    private ElementBoundary() {
    }

    /** The offset of such a comma at or after {@code from} and before {@code to}, or -1. */
    static long find(Path file, long from, long to) {
        long limit = Math.min(to, from + SEARCH);
        long any = -1;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            long position = from;
            boolean closed = false;
            long comma = -1;
            boolean lineBreak = false;
            while (position < limit) {
                bytes.clear().limit((int) Math.min(bytes.capacity(), limit - position));
                int n = channel.read(bytes, position);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = bytes.get(i);
                    if (b == ' ' || b == '\t') {
                        continue;
                    }
                    if (b == '\n' || b == '\r') {
                        lineBreak |= comma >= 0;
                        continue;
                    }
                    if (b == ',' && closed) {
                        comma = position + i;
                        lineBreak = false;
                        closed = false;
                        continue;
                    }
                    if (b == '{' && comma >= 0) {
                        if (lineBreak) {
                            return comma;
                        }
                        if (any < 0) {
                            any = comma;
                        }
                    }
                    closed = b == '}';
                    comma = -1;
                }
                position += n;
            }
        } catch (IOException e) {
            return -1;
        }
        return any;
    }
}
