package org.guildmark.core.dossier;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps enum constants to the lower-case, hyphenated words the dossier format uses
 * ({@code MUSIC_VIDEO} is {@code music-video}), so no enum repeats its wire names by hand.
 */
public final class Wire {
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_CODE = new ConcurrentHashMap<>();

    private Wire() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        Map<String, Enum<?>> codes = BY_CODE.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> map = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                map.put(code(constant), constant);
            }
            return Map.copyOf(map);
        });
        return Optional.ofNullable((E) codes.get(code));
    }

    public static <E extends Enum<E>> java.util.List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Wire::code).toList();
    }
}
