package org.guildmark.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The id set answers, batch by batch, exactly what a map from id to first index answers, whatever the batch size,
 * however often ids repeat, and across the growth of its table.
 */
class IdSetProperties {

    @Property
    void reports_the_first_index_of_each_repeated_id_and_minus_one_for_new_ones(
            @ForAll @Size(max = 3000) List<@StringLength(max = 6) String> ids, @ForAll @IntRange(min = 1, max = 97) int batch) {
        IdSet set = new IdSet(1); // starts at its smallest size, so larger lists make it grow
        Map<String, Long> firstSeen = new HashMap<>();
        List<Long> expected = new ArrayList<>();
        List<Long> actual = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batch) {
            int count = Math.min(batch, ids.size() - from);
            long[] first = new long[count];
            long[] second = new long[count];
            long[] indexes = new long[count];
            long[] firsts = new long[count];
            for (int i = 0; i < count; i++) {
                String id = ids.get(from + i);
                first[i] = IdSet.firstHash(id);
                second[i] = IdSet.secondHash(id);
                indexes[i] = from + i;
                Long before = firstSeen.putIfAbsent(id, (long) (from + i));
                expected.add(before == null ? -1L : before);
            }
            set.addAll(first, second, indexes, count, firsts);
            for (long f : firsts) {
                actual.add(f);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Property
    void two_sets_share_an_id_exactly_when_their_lists_do(
            @ForAll @Size(max = 200) List<@StringLength(max = 3) String> left,
            @ForAll @Size(max = 200) List<@StringLength(max = 3) String> right) {
        assertThat(of(left).sharesAnyWith(of(right))).isEqualTo(left.stream().anyMatch(right::contains));
    }

    @Property(tries = 20)
    void keeps_indexes_up_to_the_largest_32_bit_one(@ForAll @IntRange(min = 0, max = 1000) int offset) {
        long index = 0xFFFF_FFFFL - offset;
        IdSet set = new IdSet(4);
        long[] firsts = new long[2];
        set.addAll(new long[] {IdSet.firstHash("a"), IdSet.firstHash("a")},
                new long[] {IdSet.secondHash("a"), IdSet.secondHash("a")}, new long[] {index, index}, 2, firsts);
        assertThat(firsts).containsExactly(-1L, index);
    }

    private static IdSet of(List<String> ids) {
        IdSet set = new IdSet(ids.size());
        int n = ids.size();
        long[] first = new long[n];
        long[] second = new long[n];
        long[] indexes = new long[n];
        for (int i = 0; i < n; i++) {
            first[i] = IdSet.firstHash(ids.get(i));
            second[i] = IdSet.secondHash(ids.get(i));
            indexes[i] = i;
        }
        set.addAll(first, second, indexes, n, new long[n]);
        return set;
    }
}
