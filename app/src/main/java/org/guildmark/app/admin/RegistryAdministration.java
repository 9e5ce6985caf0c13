package org.guildmark.app.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildmark.app.registry.Organizations;
import org.guildmark.app.registry.PersonRegistry;
import org.guildmark.app.registry.RegisteredPerson;
import org.guildmark.app.registry.Registrations;
import org.guildmark.app.registry.RegistryRefusal.InvalidInput;
import org.guildmark.app.registry.RegistryRefusal.NotFound;
import org.guildmark.app.web.PageOf;
import org.guildmark.core.dossier.Enums.PersonCategory;
import org.guildmark.core.dossier.Enums.ProductionType;
import org.guildmark.core.dossier.Enums.RepresentativeRelation;
import org.guildmark.core.dossier.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's registry pages: organizations with their productions, people with their representatives, and a form
 * for each. Everything goes through {@link Registrations}; a refused form comes back with what was typed and each
 * message next to its field. Logs name what was registered by id only.
 */
@Controller
@RequestMapping(RegistryAdministration.PATH)
class RegistryAdministration {

    static final String PATH = "/admin/registry";
    static final int PAGE = PageOf.SIZE;
    /** The productions an organization's row lists; its own page lists them all. */
    static final int PRODUCTIONS_SHOWN = 10;

    private static final Logger log = LoggerFactory.getLogger(RegistryAdministration.class);

    /** An organization as the list shows it, with its first productions and whether it has more. */
    record OrganizationRow(UUID id, String name, List<Organizations.ListedProduction> productions, boolean more) {
    }

    private final Registrations registrations;
    private final Organizations organizations;
    private final PersonRegistry people;

    RegistryAdministration(Registrations registrations, Organizations organizations, PersonRegistry people) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.people = people;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int peoplePage,
            @RequestParam(defaultValue = "1") int organizationsPage, Model model) {
        // Each list pages on its own; its links keep the other list's page.
        PageOf<RegisteredPerson> persons = PageOf.read(peoplePage, PAGE,
                PATH + "?organizationsPage=" + Math.max(1, organizationsPage) + "&peoplePage=", people::list);
        PageOf<Organizations.Listed> orgs = PageOf.read(organizationsPage, PAGE,
                PATH + "?peoplePage=" + persons.number() + "&organizationsPage=", organizations::list);
        model.addAttribute("organizations", orgs.items().stream().map(o -> {
            List<Organizations.ListedProduction> first = organizations.productions(o.id(), PRODUCTIONS_SHOWN + 1, 0);
            return new OrganizationRow(o.id(), o.name(), first.stream().limit(PRODUCTIONS_SHOWN).toList(),
                    first.size() > PRODUCTIONS_SHOWN);
        }).toList());
        model.addAttribute("people", persons.items());
        model.addAttribute("peoplePage", persons);
        model.addAttribute("organizationsPage", orgs);
        return "admin/registry";
    }

    /** One organization's productions, by title, a page at a time. */
    @GetMapping("/organizations/{id}")
    String organization(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Model model) {
        String name = organizationName(id);
        PageOf<Organizations.ListedProduction> productions = PageOf.read(page, PAGE,
                PATH + "/organizations/" + id + "?page=", (limit, offset) -> organizations.productions(id, limit,
                        offset));
        model.addAttribute("organizationId", id);
        model.addAttribute("organizationName", name);
        model.addAttribute("productions", productions.items());
        model.addAttribute("page", productions);
        return "admin/registry-productions";
    }

    @GetMapping("/organizations/new")
    String newOrganization(Model model) {
        model.addAttribute("form", new RegistrationForms.Organization());
        return "admin/registry-organization";
    }

    @PostMapping("/organizations")
    String registerOrganization(@ModelAttribute("form") RegistrationForms.Organization form, BindingResult errors,
            RedirectAttributes flash) {
        RegistrationForms.reject(registrations.organizationProblems(form.getName()), errors);
        if (!errors.hasErrors()) {
            try {
                Organizations.Listed made = registrations.registerOrganization(form.getName());
                log.info("Organization {} registered", made.id());
                flash.addFlashAttribute("message", "The organization '" + made.name() + "' is registered.");
                return "redirect:" + PATH;
            } catch (InvalidInput refused) {
                RegistrationForms.reject(refused.problems(), errors);
            }
        }
        return "admin/registry-organization";
    }

    @GetMapping("/organizations/{id}/productions/new")
    String newProduction(@PathVariable UUID id, Model model) {
        return productionForm(id, new RegistrationForms.Production(), model);
    }

    @PostMapping("/organizations/{id}/productions")
    String registerProduction(@PathVariable UUID id, @ModelAttribute("form") RegistrationForms.Production form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        String organization = organizationName(id);
        ProductionType type = RegistrationForms.code(ProductionType.class, form.getType());
        RegistrationForms.reject(registrations.productionProblems(form.getCode(), form.getTitle(), type), errors);
        if (!errors.hasErrors()) {
            try {
                Organizations.ListedProduction made =
                        registrations.registerProduction(id, form.getCode(), form.getTitle(), type);
                log.info("Production {} registered for organization {}", made.id(), id);
                flash.addFlashAttribute("message", "The production '" + made.title() + "' of " + organization
                        + " is registered.");
                return "redirect:" + PATH;
            } catch (InvalidInput refused) {
                RegistrationForms.reject(refused.problems(), errors);
            } catch (NotFound goneMeanwhile) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return productionForm(id, form, model);
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        return personForm(new RegistrationForms.Person(), model);
    }

    @PostMapping("/people")
    String registerPerson(@ModelAttribute("form") RegistrationForms.Person form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        PersonCategory category = RegistrationForms.code(PersonCategory.class, form.getCategory());
        LocalDate born = RegistrationForms.date("dateOfBirth", form.getDateOfBirth(), errors);
        LocalDate died = RegistrationForms.date("dateOfDeath", form.getDateOfDeath(), errors);
        RegistrationForms.reject(registrations.personProblems(form.getName(), category, born, died), errors);
        if (!errors.hasErrors()) {
            try {
                RegisteredPerson made = registrations.registerPerson(form.getName(), category, born, died);
                log.info("Person {} registered", made.id());
                flash.addFlashAttribute("message", made.name() + " is registered"
                        + (category == PersonCategory.ADULT ? "." : "; add their representatives below."));
                return "redirect:" + PATH;
            } catch (InvalidInput refused) {
                RegistrationForms.reject(refused.problems(), errors);
            }
        }
        return personForm(form, model);
    }

    @GetMapping("/people/{id}/representatives/new")
    String newRepresentative(@PathVariable UUID id, Model model) {
        return representativeForm(existingPerson(id), new RegistrationForms.Representative(), model);
    }

    @PostMapping("/people/{id}/representatives")
    String addRepresentative(@PathVariable UUID id, @ModelAttribute("form") RegistrationForms.Representative form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        RegisteredPerson person = existingPerson(id);
        RepresentativeRelation relation = RegistrationForms.code(RepresentativeRelation.class, form.getRelation());
        RegistrationForms.reject(registrations.representativeProblems(form.getName(), relation), errors);
        if (!errors.hasErrors()) {
            try {
                registrations.addRepresentative(id, form.getName(), relation);
                log.info("Representative added to person {}", id);
                flash.addFlashAttribute("message", form.getName().strip() + " now represents " + person.name()
                        + " as " + Wire.code(relation) + ".");
                return "redirect:" + PATH;
            } catch (InvalidInput refused) {
                RegistrationForms.reject(refused.problems(), errors);
            } catch (NotFound goneMeanwhile) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return representativeForm(person, form, model);
    }

    private String productionForm(UUID organization, RegistrationForms.Production form, Model model) {
        model.addAttribute("organizationId", organization);
        model.addAttribute("organizationName", organizationName(organization));
        model.addAttribute("form", form);
        model.addAttribute("types", Wire.codes(ProductionType.class));
        return "admin/registry-production";
    }

    private String personForm(RegistrationForms.Person form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", Wire.codes(PersonCategory.class));
        return "admin/registry-person";
    }

    private String representativeForm(RegisteredPerson person, RegistrationForms.Representative form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("relations", Wire.codes(RepresentativeRelation.class));
        return "admin/registry-representative";
    }

    private String organizationName(UUID id) {
        return organizations.name(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private RegisteredPerson existingPerson(UUID id) {
        return people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
