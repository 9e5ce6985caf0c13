package org.guildmark.core.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A dossier's small sections with lookups by id, built once before assets stream past. */
public final class DossierIndex {
    private final Dossier dossier;
    private final Map<String, Person> people;
    private final Map<String, AiTool> tools;
    private final Map<String, Consent> consents;
    private final Map<String, List<Credit>> creditsByPerson;

    public DossierIndex(Dossier dossier) {
        this.dossier = dossier;
        this.people = byId(dossier.people(), Person::id);
        this.tools = byId(dossier.aiTools(), AiTool::id);
        this.consents = byId(dossier.consents(), Consent::id);
        Map<String, List<Credit>> credits = new HashMap<>();
        for (Credit c : dossier.credits()) {
            credits.computeIfAbsent(c.person(), k -> new java.util.ArrayList<>()).add(c);
        }
        this.creditsByPerson = credits;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public Dossier dossier() {
        return dossier;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public boolean hasPerson(String id) {
        return people.containsKey(id);
    }

    public Optional<AiTool> tool(String id) {
        return Optional.ofNullable(tools.get(id));
    }

    public boolean hasTool(String id) {
        return tools.containsKey(id);
    }

    public Optional<Consent> consent(String id) {
        return Optional.ofNullable(consents.get(id));
    }

    public List<Credit> creditsOf(String personId) {
        return creditsByPerson.getOrDefault(personId, List.of());
    }

    public java.util.Set<String> personIds() {
        return people.keySet();
    }

    public java.util.Set<String> toolIds() {
        return tools.keySet();
    }

    public java.util.Set<String> consentIds() {
        return consents.keySet();
    }

    public boolean isCredited(String personId) {
        return creditsByPerson.containsKey(personId);
    }
}
