package org.guildmark.app.registry;

import org.guildmark.core.dossier.Wire;

/** Reads back the wire codes the registry stores for enum constants. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (Wire.code(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("stored " + type.getSimpleName() + " code not known: " + code);
    }

    static String code(Enum<?> value) {
        return value == null ? null : Wire.code(value);
    }
}
