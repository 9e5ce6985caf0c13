package org.guildmark.core.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildmark.core.dossier.Wire;

/** One enum's wire codes, looked up without reflection or locking on the hot path. */
final class EnumCodes<E extends Enum<E>> {
    static final EnumCodes<org.guildmark.core.dossier.Enums.AssetKind> ASSET_KIND =
            of(org.guildmark.core.dossier.Enums.AssetKind.class);
    static final EnumCodes<org.guildmark.core.dossier.Enums.AiUse> AI_USE = of(org.guildmark.core.dossier.Enums.AiUse.class);
    static final EnumCodes<org.guildmark.core.dossier.Enums.Aspect> ASPECT = of(org.guildmark.core.dossier.Enums.Aspect.class);
    static final EnumCodes<org.guildmark.core.dossier.Enums.Label> LABEL = of(org.guildmark.core.dossier.Enums.Label.class);

    private final Map<String, E> byCode = new HashMap<>();
    private final List<String> codes;
    private final Class<E> type;

    private EnumCodes(Class<E> type) {
        this.type = type;
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

    Class<E> type() {
        return type;
    }

    List<String> codes() {
        return codes;
    }
}
