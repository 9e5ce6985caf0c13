package org.guildmark.core.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 instants with a zone. The common shapes ({@code 2026-05-02T10:00:00Z},
 * {@code 2026-05-02T10:00:00.5+02:00}) are read by hand, because the general parser allocates a great deal and
 * a dossier may hold a million of them; anything else goes to {@link OffsetDateTime#parse}.
 */
final class Instants {
    private Instants() {
    }

    static Instant parse(String s) {
        Instant fast = fast(s);
        return fast != null ? fast : OffsetDateTime.parse(s).toInstant();
    }

    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= LocalDate.of(y, m, 1).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    private static Instant fast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i)) && i - start < 9) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || (i < n && Character.isDigit(s.charAt(i)))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw new DateTimeParseException("invalid day of month", s, 8);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

}
