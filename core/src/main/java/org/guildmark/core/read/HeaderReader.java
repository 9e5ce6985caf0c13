package org.guildmark.core.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.guildmark.core.dossier.AiTool;
import org.guildmark.core.dossier.Attestation;
import org.guildmark.core.dossier.Claim;
import org.guildmark.core.dossier.Consent;
import org.guildmark.core.dossier.Credit;
import org.guildmark.core.dossier.Displacement;
import org.guildmark.core.dossier.Dossier;
import org.guildmark.core.dossier.Engagement;
import org.guildmark.core.dossier.Enums;
import org.guildmark.core.dossier.Money;
import org.guildmark.core.dossier.Person;
import org.guildmark.core.dossier.Production;
import org.guildmark.core.dossier.RevenueShare;

/**
 * Reads every dossier section except {@code assets} into the model, and remembers each id declared and each
 * reference made, with its location, so dangling references and duplicates can be reported with both ends
 * once the whole header is known.
 */
final class HeaderReader {
    static final Pattern PRODUCTION_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final Pattern TERRITORY = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** A place where the dossier names something by id. */
    record Reference(String section, String id, String location, String pointer) {
    }

    /** A place where the dossier declares an id. */
    record Declaration(String section, String id, String location, String pointer) {
    }

    private final TokenReader r;
    private final Set<String> knownClauses;
    final List<Reference> references = new ArrayList<>();
    final Map<String, List<Declaration>> declarations = new HashMap<>();

    Production production;
    List<Person> people;
    List<Credit> credits;
    List<Engagement> engagements;
    String rateSchedule;
    List<AiTool> aiTools;
    List<Consent> consents;
    List<Displacement> displacements;
    RevenueShare revenueShare;
    List<Claim> claims;
    Dossier.Disclosure disclosure;
    List<Attestation> attestations;

    HeaderReader(TokenReader reader, Set<String> knownClauses) {
        this.r = reader;
        this.knownClauses = knownClauses;
    }

    /** Reads one top-level section; false if the name is not a header section. */
    boolean readSection(String name) {
        switch (name) {
            case "production" -> production = production();
            case "people" -> people = list("people", this::person);
            case "credits" -> credits = list("credits", this::credit);
            case "engagements" -> engagements = list("engagements", this::engagement);
            case "rateSchedule" -> rateSchedule = r.nonBlank();
            case "aiTools" -> aiTools = list("aiTools", this::tool);
            case "consents" -> consents = list("consents", this::consent);
            case "displacements" -> displacements = list("displacements", this::displacement);
            case "revenueShare" -> revenueShare = revenueShare();
            case "claims" -> claims = list("claims", this::claim);
            case "disclosure" -> disclosure = disclosure();
            case "attestations" -> attestations = list("attestations", this::attestation);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The header as read so far; absent list sections are empty (displacements stay null: absence matters). */
    Dossier snapshot() {
        return new Dossier(production, orEmpty(people), orEmpty(credits), orEmpty(engagements), rateSchedule,
                orEmpty(aiTools), orEmpty(consents), displacements, revenueShare, orEmpty(claims), disclosure,
                orEmpty(attestations));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    interface ElementReader<T> {
        T read(int index);
    }

    private <T> List<T> list(String section, ElementReader<T> element) {
        List<T> out = new ArrayList<>();
        if (r.beginArray("a list of " + section)) {
            while (r.nextElement()) {
                T item = element.read((int) r.elementIndex());
                if (item != null) {
                    out.add(item);
                }
            }
        }
        return List.copyOf(out);
    }

    private void declare(String section, String id, String location) {
        declarations.computeIfAbsent(section, k -> new ArrayList<>())
                .add(new Declaration(section, id, location, r.pointer()));
    }

    private void refer(String section, String id) {
        if (id != null) {
            references.add(new Reference(section, id, r.location(), r.pointer()));
        }
    }

    private String personRef() {
        String id = r.nonBlank();
        refer("people", id);
        return id;
    }

    private String declaredId(String section) {
        String location = r.location();
        String id = r.nonBlank();
        if (id != null) {
            declare(section, id, location);
        }
        return id;
    }

    // ---- sections ---------------------------------------------------------------------------------

    private Production production() {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("the production object")) {
            return null;
        }
        String id = null;
        String title = null;
        Enums.ProductionType type = null;
        Boolean commercial = null;
        String organization = null;
        List<String> territories = List.of();
        List<String> unions = List.of();
        LocalDate productionDate = null;
        LocalDate releaseDate = null;
        String codeVersion = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> {
                    id = r.nonBlank();
                    if (id != null && !PRODUCTION_ID.matcher(id).matches()) {
                        r.error("production id '" + id + "' may use only a-z, 0-9 and '-'");
                    }
                }
                case "title" -> title = r.nonBlank();
                case "type" -> type = r.enumValue(Enums.ProductionType.class);
                case "commercial" -> commercial = r.bool();
                case "organization" -> organization = r.nonBlank();
                case "territories" -> territories = territories();
                case "unions" -> unions = r.strings("union names");
                case "productionDate" -> productionDate = r.date();
                case "releaseDate" -> releaseDate = r.date();
                case "codeVersion" -> codeVersion = r.nonBlank();
                default -> r.unknownField(Sections.PRODUCTION);
            }
        }
        if (id == null) {
            r.missing(start, pointer, "id");
        }
        if (title == null) {
            r.missing(start, pointer, "title");
        }
        if (codeVersion != null && !codeVersion.equals("1.0")) {
            r.error(start, pointer + "/codeVersion", "codeVersion '" + codeVersion
                    + "' is not a Code edition this Guildmark knows; use \"1.0\"");
        }
        return new Production(id, title, type == null ? Enums.ProductionType.OTHER : type,
                Boolean.TRUE.equals(commercial), organization, territories, unions, productionDate, releaseDate,
                codeVersion == null ? "1.0" : codeVersion);
    }

    private List<String> territories() {
        List<String> out = new ArrayList<>();
        if (r.beginArray("a list of territory codes")) {
            while (r.nextElement()) {
                String t = r.nonBlank();
                if (t != null && !t.equals("EU") && !TERRITORY.matcher(t).matches()) {
                    r.error("'" + t + "' is not an ISO 3166 code; write e.g. US, US-CA, GB or EU");
                } else if (t != null) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    private Person person(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a person")) {
            return null;
        }
        String id = null;
        String name = null;
        Enums.PersonCategory category = null;
        LocalDate born = null;
        LocalDate died = null;
        List<Person.Representative> representatives = List.of();
        Person.UnionMembership union = null;
        String registryId = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> id = declaredId("people");
                case "registryId" -> registryId = registryId();
                case "name" -> name = r.nonBlank();
                case "category" -> category = r.enumValue(Enums.PersonCategory.class);
                case "dateOfBirth" -> born = r.date();
                case "dateOfDeath" -> died = r.date();
                case "representatives" -> representatives = representatives();
                case "union" -> union = union();
                default -> r.unknownField(Sections.PERSON);
            }
        }
        if (id == null) {
            r.missing(start, pointer, "id");
            return null;
        }
        if (name == null) {
            r.missing(start, pointer, "name");
        }
        if (born != null && died != null && died.isBefore(born)) {
            r.error(start, pointer + "/dateOfDeath", "dateOfDeath is before dateOfBirth");
        }
        return new Person(index, id, name == null ? id : name,
                category == null ? Enums.PersonCategory.ADULT : category, born, died, representatives, union,
                registryId);
    }

    /** A consent registry's id for the person: a UUID, kept in its canonical lower-case form. */
    private String registryId() {
        String value = r.nonBlank();
        if (value == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value).toString();
        } catch (IllegalArgumentException notUuid) {
            r.error("registryId must be the person's id in the consent registry, a UUID such as "
                    + "3f2a6c1e-8d4b-4c1a-9e2f-0b7d5a9c4e21");
            return null;
        }
    }

    private List<Person.Representative> representatives() {
        List<Person.Representative> out = new ArrayList<>();
        if (r.beginArray("a list of representatives")) {
            while (r.nextElement()) {
                String start = r.location();
                String pointer = r.pointer();
                if (!r.beginObject("a representative")) {
                    continue;
                }
                String name = null;
                Enums.RepresentativeRelation relation = null;
                while (r.nextField()) {
                    switch (r.field()) {
                        case "name" -> name = r.nonBlank();
                        case "relation" -> relation = r.enumValue(Enums.RepresentativeRelation.class);
                        default -> r.unknownField(Sections.REPRESENTATIVE);
                    }
                }
                if (name == null || relation == null) {
                    r.missing(start, pointer, name == null ? "name" : "relation");
                } else {
                    out.add(new Person.Representative(name, relation));
                }
            }
        }
        return List.copyOf(out);
    }

    private Person.UnionMembership union() {
        if (!r.beginObject("a union membership {name, local}")) {
            return null;
        }
        String name = null;
        String local = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "name" -> name = r.nonBlank();
                case "local" -> local = r.nonBlank();
                default -> r.unknownField(Sections.UNION);
            }
        }
        return name == null ? null : new Person.UnionMembership(name, local);
    }

    private Credit credit(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a credit")) {
            return null;
        }
        String person = null;
        String role = null;
        String department = null;
        String creditedAs = null;
        Boolean onScreen = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "person" -> person = personRef();
                case "role" -> role = r.nonBlank();
                case "department" -> department = r.nonBlank();
                case "creditedAs" -> creditedAs = r.nonBlank();
                case "onScreen" -> onScreen = r.bool();
                default -> r.unknownField(Sections.CREDIT);
            }
        }
        if (person == null || role == null) {
            r.missing(start, pointer, person == null ? "person" : "role");
            return null;
        }
        return new Credit(index, person, role, department, creditedAs, Boolean.TRUE.equals(onScreen));
    }

    private Engagement engagement(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("an engagement")) {
            return null;
        }
        String person = null;
        String role = null;
        LocalDate from = null;
        LocalDate to = null;
        Engagement.Rate rate = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "person" -> person = personRef();
                case "role" -> role = r.nonBlank();
                case "start" -> from = r.date();
                case "end" -> to = r.date();
                case "rate" -> rate = rate();
                default -> r.unknownField(Sections.ENGAGEMENT);
            }
        }
        for (String[] required : new String[][] {{"person", person}, {"role", role},
                {"start", from == null ? null : ""}, {"rate", rate == null ? null : ""}}) {
            if (required[1] == null) {
                r.missing(start, pointer, required[0]);
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            r.error(start, pointer + "/end", "engagement ends (" + to + ") before it starts (" + from + ")");
        }
        if (person == null || role == null || from == null || rate == null) {
            return null;
        }
        return new Engagement(index, person, role, from, to, rate);
    }

    private Engagement.Rate rate() {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a rate {amount, currency, unit}")) {
            return null;
        }
        BigDecimal amount = null;
        String currency = null;
        Enums.RateUnit unit = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "amount" -> amount = nonNegative(r.decimal());
                case "currency" -> currency = currency();
                case "unit" -> unit = r.enumValue(Enums.RateUnit.class);
                default -> r.unknownField(Sections.RATE);
            }
        }
        if (amount == null || currency == null || unit == null) {
            r.missing(start, pointer, amount == null ? "amount" : currency == null ? "currency" : "unit");
            return null;
        }
        return new Engagement.Rate(new Money(amount, currency), unit);
    }

    private BigDecimal nonNegative(BigDecimal value) {
        if (value != null && value.signum() < 0) {
            r.error("must not be negative, found " + value.toPlainString());
            return null;
        }
        return value;
    }

    private String currency() {
        String c = r.nonBlank();
        if (c != null && !CURRENCY.matcher(c).matches()) {
            r.error("'" + c + "' is not an ISO 4217 currency code; write three capital letters, e.g. USD");
            return null;
        }
        return c;
    }

    private AiTool tool(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("an AI tool")) {
            return null;
        }
        String id = null;
        String name = null;
        String vendor = null;
        String version = null;
        Enums.ToolKind kind = null;
        List<String> purposes = List.of();
        AiTool.TrainingData training = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> id = declaredId("aiTools");
                case "name" -> name = r.nonBlank();
                case "vendor" -> vendor = r.nonBlank();
                case "version" -> version = r.nonBlank();
                case "kind" -> kind = r.enumValue(Enums.ToolKind.class);
                case "purposes" -> purposes = List.copyOf(r.strings("purposes"));
                case "trainingData" -> training = trainingData();
                default -> r.unknownField(Sections.TOOL);
            }
        }
        if (id == null) {
            r.missing(start, pointer, "id");
            return null;
        }
        return new AiTool(index, id, name == null ? id : name, vendor, version, kind, purposes, training);
    }

    private AiTool.TrainingData trainingData() {
        if (!r.beginObject("a trainingData object")) {
            return null;
        }
        Enums.Sourcing sourcing = null;
        List<String> licenses = null;
        String attribution = null;
        String evidence = null;
        String mlBom = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "sourcing" -> sourcing = r.enumValue(Enums.Sourcing.class);
                case "licenses" -> licenses = List.copyOf(r.strings("SPDX licence identifiers"));
                case "attribution" -> attribution = r.nonBlank();
                case "evidence" -> evidence = r.nonBlank();
                case "mlBom" -> mlBom = r.nonBlank();
                default -> r.unknownField(Sections.TRAINING_DATA);
            }
        }
        return new AiTool.TrainingData(sourcing, licenses, attribution, evidence, mlBom);
    }

    private Consent consent(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a consent")) {
            return null;
        }
        String id = null;
        String person = null;
        String grantedBy = null;
        LocalDate givenAt = null;
        Set<Enums.Aspect> aspects = null;
        Set<Enums.Purpose> purposes = null;
        Consent.Scope scope = null;
        LocalDate validFrom = null;
        LocalDate validUntil = null;
        Consent.Compensation compensation = null;
        Consent.Revocation revocation = null;
        Consent.Deletion deletion = null;
        Consent.Informed informed = null;
        List<Consent.Approval> approvals = List.of();
        Instant revokedAt = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> id = declaredId("consents");
                case "person" -> person = personRef();
                case "grantedBy" -> grantedBy = r.nonBlank();
                case "givenAt" -> givenAt = r.date();
                case "aspects" -> aspects = r.enumSet(Enums.Aspect.class, "aspects");
                case "purposes" -> purposes = r.enumSet(Enums.Purpose.class, "purposes");
                case "scope" -> scope = scope();
                case "validFrom" -> validFrom = r.date();
                case "validUntil" -> validUntil = r.date();
                case "compensation" -> compensation = compensation();
                case "revocation" -> revocation = revocation();
                case "deletion" -> deletion = deletion();
                case "informed" -> informed = informed();
                case "approvals" -> approvals = approvals();
                case "revokedAt" -> revokedAt = r.instant();
                default -> r.unknownField(Sections.CONSENT);
            }
        }
        if (id == null || person == null) {
            r.missing(start, pointer, id == null ? "id" : "person");
            return null;
        }
        if (aspects == null || aspects.isEmpty()) {
            r.error(start, pointer, "consent '" + id + "' must list the aspects it covers (face, body, voice, "
                    + "performance, name)");
            aspects = Set.of();
        }
        if (purposes == null || purposes.isEmpty()) {
            r.error(start, pointer, "consent '" + id + "' must list its purposes (synthetic-media, "
                    + "digital-alteration, model-training)");
            purposes = Set.of();
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            r.error(start, pointer + "/validUntil", "validUntil (" + validUntil + ") is before validFrom ("
                    + validFrom + ")");
        }
        return new Consent(index, id, person, grantedBy == null ? person : grantedBy, givenAt, aspects, purposes,
                scope, validFrom, validUntil, compensation, revocation, deletion, informed, approvals, revokedAt);
    }

    private Consent.Scope scope() {
        if (!r.beginObject("a scope ({production: ID} or {general: true})")) {
            return null;
        }
        String production = null;
        Boolean general = null;
        List<String> models = List.of();
        while (r.nextField()) {
            switch (r.field()) {
                case "production" -> production = r.nonBlank();
                case "general" -> general = r.bool();
                case "models" -> models = List.copyOf(r.strings("model names"));
                default -> r.unknownField(Sections.SCOPE);
            }
        }
        if (production == null && !Boolean.TRUE.equals(general)) {
            r.error("a scope names a production or says general: true");
            return null;
        }
        return new Consent.Scope(production, Boolean.TRUE.equals(general), models);
    }

    private Consent.Compensation compensation() {
        if (!r.beginObject("a compensation {amount, currency, basis}")) {
            return null;
        }
        BigDecimal amount = null;
        String currency = null;
        Enums.CompensationBasis basis = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "amount" -> amount = nonNegative(r.decimal());
                case "currency" -> currency = currency();
                case "basis" -> basis = r.enumValue(Enums.CompensationBasis.class);
                default -> r.unknownField(Sections.COMPENSATION);
            }
        }
        if (amount == null || currency == null) {
            return null;
        }
        return new Consent.Compensation(new Money(amount, currency), basis);
    }

    private Consent.Revocation revocation() {
        if (!r.beginObject("a revocation {contact, noticeDays}")) {
            return null;
        }
        String contact = null;
        Integer notice = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "contact" -> contact = r.nonBlank();
                case "noticeDays" -> notice = r.integer(0, 3650);
                default -> r.unknownField(Sections.REVOCATION);
            }
        }
        return new Consent.Revocation(contact, notice);
    }

    private Consent.Deletion deletion() {
        if (!r.beginObject("a deletion {method, withinDays}")) {
            return null;
        }
        String method = null;
        Integer within = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "method" -> method = r.nonBlank();
                case "withinDays" -> within = r.integer(0, 3650);
                default -> r.unknownField(Sections.DELETION);
            }
        }
        return new Consent.Deletion(method, within);
    }

    private Consent.Informed informed() {
        if (!r.beginObject("an informed {document, language}")) {
            return null;
        }
        String document = null;
        String language = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "document" -> document = r.nonBlank();
                case "language" -> language = r.nonBlank();
                default -> r.unknownField(Sections.INFORMED);
            }
        }
        return new Consent.Informed(document, language);
    }

    private List<Consent.Approval> approvals() {
        List<Consent.Approval> out = new ArrayList<>();
        if (r.beginArray("a list of approvals")) {
            while (r.nextElement()) {
                String start = r.location();
                String pointer = r.pointer();
                if (!r.beginObject("an approval {by, relation, at}")) {
                    continue;
                }
                String by = null;
                Enums.ApprovalRelation relation = null;
                LocalDate at = null;
                while (r.nextField()) {
                    switch (r.field()) {
                        case "by" -> by = r.nonBlank();
                        case "relation" -> relation = r.enumValue(Enums.ApprovalRelation.class);
                        case "at" -> at = r.date();
                        default -> r.unknownField(Sections.APPROVAL);
                    }
                }
                if (by == null || relation == null) {
                    r.missing(start, pointer, by == null ? "by" : "relation");
                } else {
                    out.add(new Consent.Approval(by, relation, at));
                }
            }
        }
        return List.copyOf(out);
    }

    private Displacement displacement(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a displacement")) {
            return null;
        }
        String role = null;
        Integer workers = null;
        String cause = null;
        LocalDate notified = null;
        List<Displacement.Support> support = List.of();
        while (r.nextField()) {
            switch (r.field()) {
                case "role" -> role = r.nonBlank();
                case "workers" -> workers = r.integer(0, 1_000_000);
                case "cause" -> cause = r.nonBlank();
                case "unionNotifiedAt" -> notified = r.date();
                case "support" -> support = supportList();
                default -> r.unknownField(Sections.DISPLACEMENT);
            }
        }
        if (role == null || workers == null) {
            r.missing(start, pointer, role == null ? "role" : "workers");
            return null;
        }
        return new Displacement(index, role, workers, cause, notified, support);
    }

    private List<Displacement.Support> supportList() {
        List<Displacement.Support> out = new ArrayList<>();
        if (r.beginArray("a list of support measures")) {
            while (r.nextElement()) {
                String start = r.location();
                String pointer = r.pointer();
                if (!r.beginObject("a support measure {type, workers, description}")) {
                    continue;
                }
                Enums.SupportType type = null;
                Integer workers = null;
                String description = null;
                while (r.nextField()) {
                    switch (r.field()) {
                        case "type" -> type = r.enumValue(Enums.SupportType.class);
                        case "workers" -> workers = r.integer(0, 1_000_000);
                        case "description" -> description = r.nonBlank();
                        default -> r.unknownField(Sections.SUPPORT);
                    }
                }
                if (type == null || workers == null) {
                    r.missing(start, pointer, type == null ? "type" : "workers");
                } else {
                    out.add(new Displacement.Support(type, workers, description));
                }
            }
        }
        return List.copyOf(out);
    }

    private RevenueShare revenueShare() {
        if (!r.beginObject("a revenueShare object")) {
            return null;
        }
        String basis = null;
        BigDecimal pool = null;
        List<RevenueShare.Participant> participants = List.of();
        while (r.nextField()) {
            switch (r.field()) {
                case "basis" -> basis = r.nonBlank();
                case "creatorPoolPercent" -> pool = percent();
                case "participants" -> participants = list("participants", this::participant);
                default -> r.unknownField(Sections.REVENUE_SHARE);
            }
        }
        return new RevenueShare(basis, pool, participants);
    }

    private BigDecimal percent() {
        BigDecimal p = r.decimal();
        if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
            r.error("a percent is between 0 and 100, found " + p.toPlainString());
            return null;
        }
        return p;
    }

    private RevenueShare.Participant participant(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a participant {person, percent}")) {
            return null;
        }
        String person = null;
        BigDecimal percent = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "person" -> person = personRef();
                case "percent" -> percent = percent();
                default -> r.unknownField(Sections.PARTICIPANT);
            }
        }
        if (person == null || percent == null) {
            r.missing(start, pointer, person == null ? "person" : "percent");
            return null;
        }
        return new RevenueShare.Participant(index, person, percent);
    }

    private Claim claim(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("a claim")) {
            return null;
        }
        String id = null;
        String text = null;
        String medium = null;
        Enums.ClaimAssertion asserts = null;
        Integer adl = null;
        while (r.nextField()) {
            switch (r.field()) {
                case "id" -> id = declaredId("claims");
                case "text" -> text = r.nonBlank();
                case "medium" -> medium = r.nonBlank();
                case "asserts" -> asserts = r.enumValue(Enums.ClaimAssertion.class);
                case "adl" -> adl = r.integer(0, 5);
                default -> r.unknownField(Sections.CLAIM);
            }
        }
        if (id == null || text == null || asserts == null) {
            r.missing(start, pointer, id == null ? "id" : text == null ? "text" : "asserts");
            return null;
        }
        if (asserts == Enums.ClaimAssertion.ADL && adl == null) {
            r.error(start, pointer + "/adl", "claim '" + id + "' asserts an ADL; give the level claimed in 'adl'");
            return null;
        }
        return new Claim(index, id, text, medium, asserts, adl);
    }

    private Dossier.Disclosure disclosure() {
        if (!r.beginObject("a disclosure object")) {
            return null;
        }
        Integer declared = null;
        while (r.nextField()) {
            if (r.field().equals("declaredAdl")) {
                declared = r.integer(0, 5);
            } else {
                r.unknownField(Sections.DISCLOSURE);
            }
        }
        return new Dossier.Disclosure(declared);
    }

    private Attestation attestation(int index) {
        String start = r.location();
        String pointer = r.pointer();
        if (!r.beginObject("an attestation")) {
            return null;
        }
        String clause = null;
        String by = null;
        LocalDate at = null;
        String statement = null;
        boolean unknownClause = false;
        while (r.nextField()) {
            switch (r.field()) {
                case "clause" -> {
                    clause = r.nonBlank();
                    if (clause != null && !knownClauses.isEmpty() && !knownClauses.contains(clause)) {
                        r.error("'" + clause + "' is not a clause of the Code" + DidYouMean.hint(clause, knownClauses));
                        unknownClause = true;
                    }
                }
                case "by" -> by = personRef();
                case "at" -> at = r.date();
                case "statement" -> statement = r.nonBlank();
                default -> r.unknownField(Sections.ATTESTATION);
            }
        }
        if (unknownClause) {
            return null;
        }
        if (clause == null || by == null || at == null || statement == null) {
            r.missing(start, pointer, clause == null ? "clause" : by == null ? "by" : at == null ? "at" : "statement");
            return null;
        }
        return new Attestation(index, clause, by, at, statement);
    }
}
