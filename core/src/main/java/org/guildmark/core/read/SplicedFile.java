package org.guildmark.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongUnaryOperator;

/**
 * A file's bytes for the parser, with one optional jump: when the parser first needs the byte at the splice
 * offset, {@code resume} decides (on the parser's thread, while it waits) where the stream carries on — at the
 * same offset, or past a stretch another thread has read.
 */
final class SplicedFile extends InputStream {
    private final FileChannel channel;
    private final byte[] buffer;
    private int next;
    private int end;
    /** The file offset just past what the buffer holds. */
    private long position;
    private long spliceAt = Long.MAX_VALUE;
    private LongUnaryOperator resume;

    /** The file's bytes from {@code offset} on, read ahead {@code bufferSize} bytes at a time. */
    SplicedFile(Path file, long offset, int bufferSize) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.position = offset;
        this.buffer = new byte[bufferSize];
    }

    /** The file offset up to which bytes may already be in the parser's hands: a splice must come later. */
    long delivered() {
        return position;
    }

    /** Arms the jump; {@code resume} gets the offset and returns where to continue. */
    void spliceAt(long offset, LongUnaryOperator resume) {
        if (offset < position || this.resume != null) {
            throw new IllegalStateException("a splice must lie ahead of what was read, and there is only one");
        }
        this.spliceAt = offset;
        this.resume = resume;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (next == end && !fill()) {
            return -1;
        }
        int n = Math.min(length, end - next);
        System.arraycopy(buffer, next, into, offset, n);
        next += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (position == spliceAt) {
            spliceAt = Long.MAX_VALUE;
            position = resume.applyAsLong(position);
        }
        int want = (int) Math.min(buffer.length, spliceAt - position);
        int n = channel.read(ByteBuffer.wrap(buffer, 0, want), position);
        if (n <= 0) {
            next = end = 0;
            return false;
        }
        position += n;
        next = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
