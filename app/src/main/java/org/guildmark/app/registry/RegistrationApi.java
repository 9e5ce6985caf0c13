package org.guildmark.app.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/organizations} and {@code /api/v1/people}: the guild (admins and officers) registers
 * organizations, their productions, people and their representatives. Bodies are read here; the rules are in
 * {@link Registrations}, and a refusal stores nothing.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Registration", description = "Organizations, productions, people and representatives")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
class RegistrationApi {

    private final Registrations registrations;
    private final Organizations organizations;
    private final PersonRegistry people;

    RegistrationApi(Registrations registrations, Organizations organizations, PersonRegistry people) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.people = people;
    }

    record Organization(UUID id, String name) {
    }

    /** A page of a list; {@code next} is the address of the next page, null on the last. */
    record OrganizationList(List<Organization> organizations, int limit, int offset, String next) {
    }

    record Production(UUID id, UUID organization, String code, String title, String type) {
    }

    record Productions(List<Production> productions, int limit, int offset, String next) {
    }

    record Representative(String name, String relation) {
    }

    record Person(UUID id, String name, String category, LocalDate dateOfBirth, LocalDate dateOfDeath,
                  List<Representative> representatives) {
    }

    record People(List<Person> people, int limit, int offset, String next) {
    }

    @Operation(summary = "The registered organizations, by name")
    @GetMapping("/organizations")
    OrganizationList organizations(@RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Paging page = new Paging(limit, offset);
        List<Organizations.Listed> read = organizations.list(page.toRead(), offset);
        return new OrganizationList(page.rows(read, o -> new Organization(o.id(), o.name())), limit, offset,
                page.next("/api/v1/organizations", read));
    }

    @Operation(summary = "Register an organization (a production company, a vendor)")
    @PostMapping(path = "/organizations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Organization> registerOrganization(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Organization.class)))
            @RequestBody(required = false) JsonNode body) {
        JsonInput in = JsonInput.body(body).only("name");
        String name = in.text("name", false, Registrations.MAX_NAME);
        in.finishWith(registrations.organizationProblems(name));
        Organizations.Listed made = registrations.registerOrganization(name);
        return Created.at("/api/v1/organizations/" + made.id(), new Organization(made.id(), made.name()));
    }

    @Operation(summary = "An organization's productions, by title")
    @GetMapping("/organizations/{id}/productions")
    Productions productions(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Paging page = new Paging(limit, offset);
        if (organizations.name(id).isEmpty()) {
            throw new RegistryRefusal.NotFound("organization");
        }
        List<Organizations.ListedProduction> read = organizations.productions(id, page.toRead(), offset);
        return new Productions(page.rows(read, RegistrationApi::view), limit, offset,
                page.next("/api/v1/organizations/" + id + "/productions", read));
    }

    @Operation(summary = "Register a production of an organization")
    @PostMapping(path = "/organizations/{id}/productions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Production> registerProduction(@PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Production.class)))
            @RequestBody(required = false) JsonNode body) {
        JsonInput in = JsonInput.body(body).only("code", "title", "type");
        String code = in.text("code", false, 100);
        String title = in.text("title", false, 500);
        ProductionType type = in.code("type", ProductionType.class, false);
        in.finishWith(registrations.productionProblems(code, title, type));
        Organizations.ListedProduction made = registrations.registerProduction(id, code, title, type);
        return Created.at("/api/v1/organizations/" + id + "/productions", view(made));
    }

    @Operation(summary = "The registered people with their representatives, by name")
    @GetMapping("/people")
    People people(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        Paging page = new Paging(limit, offset);
        List<RegisteredPerson> read = people.list(page.toRead(), offset);
        return new People(page.rows(read, RegistrationApi::view), limit, offset, page.next("/api/v1/people", read));
    }

    @Operation(summary = "Register a person: adult, minor (needs a date of birth), deceased (needs a date of "
            + "death) or vulnerable")
    @PostMapping(path = "/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Person> registerPerson(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Person.class)))
            @RequestBody(required = false) JsonNode body) {
        JsonInput in = JsonInput.body(body).only("name", "category", "dateOfBirth", "dateOfDeath");
        String name = in.text("name", false, Registrations.MAX_NAME);
        PersonCategory category = in.code("category", PersonCategory.class, false);
        LocalDate born = in.date("dateOfBirth", false);
        LocalDate died = in.date("dateOfDeath", false);
        in.finishWith(registrations.personProblems(name, category, born, died));
        RegisteredPerson made = registrations.registerPerson(name, category, born, died);
        return Created.at("/api/v1/people/" + made.id(), view(made));
    }

    @Operation(summary = "Add a representative to a person: guardian, estate (deceased only), conservator or agent")
    @PostMapping(path = "/people/{id}/representatives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Person> addRepresentative(@PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiBodies.Representative.class)))
            @RequestBody(required = false) JsonNode body) {
        JsonInput in = JsonInput.body(body).only("name", "relation");
        String name = in.text("name", false, Registrations.MAX_NAME);
        RepresentativeRelation relation = in.code("relation", RepresentativeRelation.class, false);
        in.finishWith(registrations.representativeProblems(name, relation));
        RegisteredPerson person = registrations.addRepresentative(id, name, relation);
        return Created.at("/api/v1/people/" + id + "/representatives", view(person));
    }

    private static Production view(Organizations.ListedProduction p) {
        return new Production(p.id(), p.organization(), p.code(), p.title(), Codes.code(p.type()));
    }

    private static Person view(RegisteredPerson p) {
        return new Person(p.id(), p.name(), Codes.code(p.category()), p.dateOfBirth(), p.dateOfDeath(),
                p.representatives().stream().map(r -> new Representative(r.name(), Codes.code(r.relation())))
                        .toList());
    }
}
