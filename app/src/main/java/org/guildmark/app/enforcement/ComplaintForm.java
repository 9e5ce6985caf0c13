package org.guildmark.app.enforcement;

import java.util.ArrayList;
import java.util.List;

/** The public complaint form's fields, kept as typed when the form comes back with messages. */
public class ComplaintForm {
    private String production = "";
    private String subject = "";
    private List<String> clauses = new ArrayList<>();
    private String description = "";
    private String name = "";
    private String contact = "";

    public String getProduction() {
        return production;
    }

    public void setProduction(String production) {
        this.production = production;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<String> getClauses() {
        return clauses;
    }

    public void setClauses(List<String> clauses) {
        this.clauses = clauses == null ? new ArrayList<>() : clauses;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
