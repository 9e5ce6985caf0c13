package org.guildmark.core.evidence.mlbom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.ModelParameters;

/** The facts the audit takes from a parsed BOM: the model component, who supplies it, and its training data. */
final class ModelFacts {
    private final List<Component> components;
    private final Map<String, MlBom.Dataset> byRef = new HashMap<>();
    private final List<String> problems;

    private ModelFacts(Bom bom, List<String> problems) {
        this.problems = problems;
        List<Component> all = new ArrayList<>();
        if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
            all.add(bom.getMetadata().getComponent());
        }
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(c -> flatten(c, all));
        }
        this.components = all;
        for (Component c : components) {
            if (c.getBomRef() != null) {
                byRef.putIfAbsent(c.getBomRef(), new MlBom.Dataset(nameOf(c), licences(c.getLicenses())));
            }
            // A model card may also point at one data entry of a data component; its licences are the component's.
            for (ComponentData data : nonNull(c.getData())) {
                if (data.getBomRef() != null) {
                    String name = data.getName() != null ? data.getName() : nameOf(c);
                    byRef.putIfAbsent(data.getBomRef(), new MlBom.Dataset(name, licences(c.getLicenses())));
                }
            }
        }
    }

    static MlBom of(Bom bom, Optional<String> specVersion, List<String> problems) {
        return new ModelFacts(bom, problems).facts(specVersion);
    }

    private MlBom facts(Optional<String> specVersion) {
        Optional<Component> model = components.stream()
                .filter(c -> c.getType() == Component.Type.MACHINE_LEARNING_MODEL).findFirst();
        if (model.isEmpty()) {
            problems.add(components.isEmpty() ? "the BOM lists no components"
                    : "the BOM has no machine-learning-model component");
            return new MlBom(specVersion, Optional.empty(), Optional.empty(), dataComponents(), problems);
        }
        Component m = model.get();
        return new MlBom(specVersion, vendor(m), Optional.of(nameOf(m)), datasets(m), problems);
    }

    private List<MlBom.Dataset> datasets(Component model) {
        ModelParameters parameters = model.getModelCard() == null ? null : model.getModelCard().getModelParameters();
        if (model.getModelCard() == null) {
            problems.add("the model " + nameOf(model) + " has no model card");
        } else if (parameters == null || nonNull(parameters.getDatasets()).isEmpty()) {
            problems.add("the model card of " + nameOf(model) + " names no datasets");
        }
        if (parameters == null || nonNull(parameters.getDatasets()).isEmpty()) {
            return dataComponents(); // the BOM's data components are the best account of the data left
        }
        List<MlBom.Dataset> datasets = new ArrayList<>();
        for (DatasetChoice choice : parameters.getDatasets()) {
            if (choice.getRef() != null) {
                MlBom.Dataset found = byRef.get(choice.getRef());
                if (found == null) {
                    problems.add("the dataset reference '" + choice.getRef() + "' names nothing in the BOM");
                }
                datasets.add(found != null ? found : new MlBom.Dataset(choice.getRef(), List.of()));
            } else if (choice.getComponentData() != null) {
                String name = choice.getComponentData().getName();
                datasets.add(new MlBom.Dataset(name != null ? name : "dataset " + (datasets.size() + 1), List.of()));
            }
        }
        return datasets;
    }

    private List<MlBom.Dataset> dataComponents() {
        return components.stream().filter(c -> c.getType() == Component.Type.DATA)
                .map(c -> new MlBom.Dataset(nameOf(c), licences(c.getLicenses()))).toList();
    }

    private static Optional<String> vendor(Component model) {
        return Stream.of(name(model.getSupplier()), name(model.getManufacturer()), model.getPublisher(),
                        model.getAuthor(), nonNull(model.getAuthors()).stream().map(OrganizationalContact::getName)
                                .filter(ModelFacts::present).findFirst().orElse(null))
                .filter(ModelFacts::present).map(String::strip).findFirst();
    }

    private static String name(OrganizationalEntity entity) {
        return entity == null ? null : entity.getName();
    }

    private static String nameOf(Component c) {
        String name = present(c.getName()) ? c.getName().strip() : "(unnamed)";
        return present(c.getVersion()) ? name + "@" + c.getVersion().strip() : name;
    }

    /** SPDX ids, else licence names; an expression is split into the licences it names. */
    static List<String> licences(LicenseChoice choice) {
        if (choice == null) {
            return List.of();
        }
        List<String> licences = new ArrayList<>();
        for (var licence : nonNull(choice.getLicenses())) {
            String id = present(licence.getId()) ? licence.getId() : licence.getName();
            if (present(id) && !id.strip().equalsIgnoreCase("NOASSERTION")) {
                licences.add(id.strip());
            }
        }
        if (choice.getExpression() != null && present(choice.getExpression().getValue())) {
            licences.addAll(expressionLicences(choice.getExpression().getValue()));
        }
        return licences.stream().distinct().toList();
    }

    /** {@code (MIT OR CC-BY-NC-4.0) AND GPL-2.0 WITH Classpath-exception-2.0} names MIT, CC-BY-NC-4.0 and GPL-2.0. */
    private static List<String> expressionLicences(String expression) {
        List<String> licences = new ArrayList<>();
        boolean exception = false;
        for (String token : expression.split("[\\s()]+")) {
            String upper = token.toUpperCase(Locale.ROOT);
            if (token.isEmpty() || upper.equals("AND") || upper.equals("OR")) {
                continue;
            }
            if (upper.equals("WITH")) {
                exception = true;
            } else if (exception) {
                exception = false;
            } else if (!upper.equals("NOASSERTION")) {
                licences.add(token);
            }
        }
        return licences;
    }

    private static void flatten(Component c, List<Component> into) {
        into.add(c);
        nonNull(c.getComponents()).forEach(child -> flatten(child, into));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
