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
 * The id set answers exactly what a map from id to first index answers, however often ids repeat, and across the
 * growth of its table.
 */
class IdSetProperties {

    @Property
    void reports_the_first_index_of_each_repeated_id_and_minus_one_for_new_ones(
            @ForAll @Size(max = 3000) List<@StringLength(max = 6) String> ids) {
        IdSet set = new IdSet(1); // starts at its smallest size, so larger lists make it grow
        Map<String, Long> firstSeen = new HashMap<>();
        List<Long> expected = new ArrayList<>();
        List<Long> actual = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Long before = firstSeen.putIfAbsent(id, (long) i);
            expected.add(before == null ? -1L : before);
            actual.add(set.addOrFirst(IdSet.firstHash(id), IdSet.secondHash(id), i));
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
        assertThat(set.addOrFirst(IdSet.firstHash("a"), IdSet.secondHash("a"), index)).isEqualTo(-1L);
        assertThat(set.addOrFirst(IdSet.firstHash("a"), IdSet.secondHash("a"), index)).isEqualTo(index);
    }

    private static IdSet of(List<String> ids) {
        IdSet set = new IdSet(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            set.addOrFirst(IdSet.firstHash(ids.get(i)), IdSet.secondHash(ids.get(i)), i);
        }
        return set;
    }
}
