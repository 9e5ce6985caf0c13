package org.guildmark.core.evidence.mlbom;

import java.util.List;
import java.util.Optional;

/**
 * What an AI tool's CycloneDX ML-BOM says about the model and the data it was trained on, as far as it could be
 * read; {@code problems} says, in words for the report, what could not. An ML-BOM with no problems named its model
 * and the model card named its datasets.
 *
 * @param specVersion the CycloneDX version the BOM declares, if it declares one
 * @param vendor who supplies the model: its supplier, manufacturer, publisher or author, in that order
 * @param model the model as {@code name@version}
 */
public record MlBom(Optional<String> specVersion, Optional<String> vendor, Optional<String> model,
        List<Dataset> datasets, List<String> problems) {

    public MlBom {
        datasets = List.copyOf(datasets);
        problems = List.copyOf(problems);
    }

    /** A BOM of which nothing could be read. */
    static MlBom unreadable(String problem) {
        return new MlBom(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(problem));
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    /**
     * A data set the model was trained on, with its licences as SPDX ids (or licence names where the BOM gives no
     * id); {@code NOASSERTION} is not a licence.
     */
    public record Dataset(String name, List<String> licences) {
        public Dataset {
            licences = List.copyOf(licences);
        }

        /** The BOM states no licence for it, so nothing can be said of its terms. */
        public boolean licenceUnknown() {
            return licences.isEmpty();
        }
    }
}
