package org.guildmark.core.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.core.dossier.Wire;

/** One enum's wire codes, looked up without reflection or locking on the hot path. */
final class EnumCodes<E extends Enum<E>> {
    private final Map<String, E> byCode = new HashMap<>();
    private final List<String> codes;

    private EnumCodes(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            byCode.put(Wire.code(constant), constant);
        }
        this.codes = Wire.codes(type);
    }

    static <E extends Enum<E>> EnumCodes<E> of(Class<E> type) {
        return new EnumCodes<>(type);
    }

    E get(String code) {
        return byCode.get(code);
    }

    List<String> codes() {
        return codes;
    }
}
