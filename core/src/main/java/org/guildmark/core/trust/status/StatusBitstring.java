package org.guildmark.core.trust.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.guildmark.core.trust.TrustFormatException;

/**
 * The bitstring of a W3C Bitstring Status List v1.0: one bit per credential, index 0 the left-most (most
 * significant) bit of the first byte. Its {@code encodedList} is {@code u} (multibase base64url) followed by the
 * unpadded base64url of the GZIP of the bytes. Not thread-safe; copy before sharing.
 */
public final class StatusBitstring {
    /** The specification's minimum, 16 KiB, so a list hides which few credentials it covers. */
    public static final int MINIMUM_BITS = 131_072;
    /** A decoded list larger than this is refused, so a small GZIP bomb cannot exhaust memory. */
    public static final int MAXIMUM_BYTES = 16 * 1024 * 1024;

    private final byte[] bytes;

    /** An all-clear list of {@code bits} bits, a multiple of 8 and at least {@link #MINIMUM_BITS}. */
    public StatusBitstring(int bits) {
        if (bits < MINIMUM_BITS || bits % 8 != 0 || bits / 8 > MAXIMUM_BYTES) {
            throw new IllegalArgumentException("a status list has a multiple of 8 bits, at least " + MINIMUM_BITS);
        }
        this.bytes = new byte[bits / 8];
    }

    public StatusBitstring() {
        this(MINIMUM_BITS);
    }

    private StatusBitstring(byte[] bytes) {
        this.bytes = bytes;
    }

    public long size() {
        return (long) bytes.length * 8;
    }

    public boolean get(long index) {
        check(index);
        return (bytes[(int) (index >>> 3)] & (0x80 >>> (index & 7))) != 0;
    }

    public void set(long index, boolean value) {
        check(index);
        int i = (int) (index >>> 3);
        int mask = 0x80 >>> (index & 7);
        bytes[i] = (byte) (value ? bytes[i] | mask : bytes[i] & ~mask);
    }

    public StatusBitstring copy() {
        return new StatusBitstring(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The {@code encodedList} value. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads an {@code encodedList} strictly: multibase {@code u}, unpadded base64url, GZIP, at least 16 KiB. */
    public static StatusBitstring decode(String encodedList) {
        if (encodedList.isEmpty() || encodedList.charAt(0) != 'u') {
            throw new TrustFormatException("encodedList", "starts with 'u' (multibase base64url)");
        }
        String body = encodedList.substring(1);
        if (!body.matches("[A-Za-z0-9_-]+")) {
            throw new TrustFormatException("encodedList", "base64url without padding expected after the 'u'");
        }
        byte[] gzipped;
        try {
            gzipped = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new TrustFormatException("encodedList", "not valid base64url");
        }
        byte[] bytes = gunzip(gzipped);
        if (bytes.length * 8L < MINIMUM_BITS) {
            throw new TrustFormatException("encodedList", "the list has " + bytes.length * 8L
                    + " bits, fewer than the minimum " + MINIMUM_BITS);
        }
        return new StatusBitstring(bytes);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
                if (out.size() > MAXIMUM_BYTES) {
                    throw new TrustFormatException("encodedList", "the list is larger than " + MAXIMUM_BYTES
                            + " bytes");
                }
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new TrustFormatException("encodedList", "not GZIP data: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("status list index " + index + " is outside 0.." + (size() - 1));
        }
    }
}
