package org.guildmark.app.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.guildmark.app.registry.RegistryRefusal.InputProblem;
import org.guildmark.core.dossier.Wire;
import org.springframework.validation.Errors;

/**
 * What an admin types to register organizations, productions, people and representatives: mutable beans, as Spring
 * MVC's form binding wants, holding text as typed so a refused form comes back unchanged. The rules are the
 * registry's ({@link org.guildmark.app.registry.Registrations}); here only text becomes dates and codes.
 */
final class RegistrationForms {

    private RegistrationForms() {
    }

    /** Puts each registry problem on its field ({@code /dateOfBirth} → {@code dateOfBirth}), unless it has one. */
    static void reject(List<InputProblem> problems, Errors errors) {
        for (InputProblem problem : problems) {
            String field = problem.pointer().startsWith("/") ? problem.pointer().substring(1) : problem.pointer();
            if (field.isEmpty()) {
                errors.reject("registry", problem.detail());
            } else if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "registry", problem.detail());
            }
        }
    }

    static <E extends Enum<E>> E code(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (Wire.code(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    /** A date as typed (ISO, from a date input); a wrong one is rejected on its field. Empty is null. */
    static LocalDate date(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date.invalid", "Enter the date as year-month-day, e.g. 2012-04-30.");
            return null;
        }
    }

    public static class Organization {
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Production {
        private String code = "";
        private String title = "";
        private String type = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }
    }

    public static class Person {
        private String name = "";
        private String category = "";
        private String dateOfBirth = "";
        private String dateOfDeath = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(String dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        public String getDateOfDeath() {
            return dateOfDeath;
        }

        public void setDateOfDeath(String dateOfDeath) {
            this.dateOfDeath = dateOfDeath;
        }
    }

    public static class Representative {
        private String name = "";
        private String relation = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }
    }
}
