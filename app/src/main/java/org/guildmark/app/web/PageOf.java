package org.guildmark.app.web;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list a page shows, numbered from 1, with the links to the pages before and after it. A list is read
 * one row beyond the page ({@link #read}), so whether a next page exists costs no count.
 *
 * @param items the rows of this page, at most {@code size}
 * @param link  the page's address up to the page number, e.g. {@code /admin/accounts?page=}
 */
public record PageOf<T>(List<T> items, int number, int size, boolean hasNext, String link) {

    /** The rows of most pages. */
    public static final int SIZE = 100;

    public PageOf {
        items = List.copyOf(items);
        Objects.requireNonNull(link, "link");
    }

    /** Reads the rows of page {@code number} (below 1 means 1), asking {@code rows} for one row beyond it. */
    public static <T> PageOf<T> read(int number, int size, String link, Rows<T> rows) {
        int page = Math.max(1, number);
        List<T> read = rows.read(size + 1, (page - 1) * size);
        return new PageOf<>(read.size() > size ? read.subList(0, size) : read, page, size, read.size() > size, link);
    }

    /** Reads {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(int limit, int offset);
    }

    /** The offset of this page's first row. */
    public int offset() {
        return (number - 1) * size;
    }

    public String previousHref() {
        return number > 1 ? link + (number - 1) : null;
    }

    public String nextHref() {
        return hasNext ? link + (number + 1) : null;
    }

    /** Whether there is more than this one page, so the page links are worth showing. */
    public boolean paged() {
        return number > 1 || hasNext;
    }
}
