package org.guildmark.core.dossier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps enum constants to the lower-case, hyphenated words the dossier format uses
 * ({@code MUSIC_VIDEO} is {@code music-video}), so no enum repeats its wire names by hand.
 */
public final class Wire {
    private Wire() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::code).toList();
    }
}
