package org.guildmark.core.read;

/**
 * Something wrong with an input file, as a value: where ({@code file:line:column} and a JSON pointer) and what
 * to do about it. Readers collect problems instead of throwing, so one run reports many.
 */
public record Problem(String location, String pointer, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        return location.compareTo(other.location) != 0 ? compareLocations(location, other.location)
                : message.compareTo(other.message);
    }

    private static int compareLocations(String a, String b) {
        int[] pa = lineColumn(a);
        int[] pb = lineColumn(b);
        int byLine = Integer.compare(pa[0], pb[0]);
        return byLine != 0 ? byLine : pa[1] != pb[1] ? Integer.compare(pa[1], pb[1]) : a.compareTo(b);
    }

    private static int[] lineColumn(String location) {
        int colon2 = location.lastIndexOf(':');
        int colon1 = colon2 > 0 ? location.lastIndexOf(':', colon2 - 1) : -1;
        try {
            return new int[] {Integer.parseInt(location.substring(colon1 + 1, colon2)),
                    Integer.parseInt(location.substring(colon2 + 1))};
        } catch (RuntimeException notLineColumn) {
            return new int[] {0, 0};
        }
    }

    @Override
    public String toString() {
        return location + (pointer.isEmpty() ? "" : " " + pointer) + ": " + message;
    }
}
