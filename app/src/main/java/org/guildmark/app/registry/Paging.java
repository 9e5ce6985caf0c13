package org.guildmark.app.registry;

import java.util.List;
import java.util.function.Function;

/**
 * The page of a list an endpoint is asked for ({@code ?limit=&offset=}). The list is read one row beyond the page,
 * so whether a next page exists is known without counting.
 */
record Paging(int limit, int offset) {

    Paging {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw RegistryRefusal.InvalidInput.at("", "limit must be 1 to 1000 and offset 0 or more.");
        }
    }

    /** How many rows to read: one beyond the page. */
    int toRead() {
        return limit + 1;
    }

    /** The rows of the page among those read, as the API shows them. */
    <T, V> List<V> rows(List<T> read, Function<? super T, V> view) {
        return read.stream().limit(limit).map(view).toList();
    }

    /** The next page's address when more than a page was read; null on the last page. */
    String next(String path, List<?> read) {
        return read.size() > limit ? path + "?limit=" + limit + "&offset=" + (offset + limit) : null;
    }
}
