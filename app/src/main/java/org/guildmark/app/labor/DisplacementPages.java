package org.guildmark.app.labor;

import java.util.List;
import java.util.UUID;

import org.guildmark.app.registry.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A production's displacement pages: record a displaced role, promise support, confirm it delivered. */
@Controller
@RequestMapping(DisplacementPages.PATH)
class DisplacementPages {

    static final String PATH = "/production/displacements";

    private final Displacements displacements;
    private final Callers callers;

    DisplacementPages(Displacements displacements, Callers callers) {
        this.displacements = displacements;
        this.callers = callers;
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        return listView(auth, model, new Displacements.DisplacementForm("", "", "", "", "", "", "", ""), List.of());
    }

    @PostMapping
    String record(Authentication auth, @ModelAttribute Displacements.DisplacementForm form, Model model) {
        try {
            Displacement d = displacements.record(callers.of(auth), form);
            return "redirect:" + PATH + "/" + d.id() + "?recorded";
        } catch (LaborRefusal.Invalid invalid) {
            return listView(auth, model, form, invalid.problems());
        }
    }

    @GetMapping("/{id}")
    String displacement(Authentication auth, @PathVariable UUID id, Model model) {
        return detailView(auth, id, model, new Displacements.SupportForm("", "", "", "", "", ""), List.of(), null);
    }

    @PostMapping("/{id}/support")
    String promise(Authentication auth, @PathVariable UUID id, @ModelAttribute Displacements.SupportForm form,
            Model model) {
        try {
            displacements.promise(callers.of(auth), id, form);
            return "redirect:" + PATH + "/" + id + "?promised";
        } catch (LaborRefusal.Invalid invalid) {
            return detailView(auth, id, model, form, invalid.problems(), null);
        }
    }

    @PostMapping("/{id}/support/{support}/delivery")
    String deliver(Authentication auth, @PathVariable UUID id, @PathVariable UUID support,
            @RequestParam(required = false) String deliveredOn, @RequestParam(required = false) String note,
            Model model) {
        try {
            displacements.deliver(callers.of(auth), support, deliveredOn, note);
            return "redirect:" + PATH + "/" + id + "?delivered";
        } catch (LaborRefusal.Invalid invalid) {
            return detailView(auth, id, model, new Displacements.SupportForm("", "", "", "", "", ""),
                    invalid.problems(), support);
        } catch (LaborRefusal.Conflict conflict) {
            return detailView(auth, id, model, new Displacements.SupportForm("", "", "", "", "", ""),
                    List.of(new LineProblem(0, "deliveredOn", conflict.getMessage())), support);
        }
    }

    private String listView(Authentication auth, Model model, Displacements.DisplacementForm form,
            List<LineProblem> problems) {
        model.addAttribute("rows", displacements.overview(callers.of(auth)));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("today", displacements.today());
        return "labor/displacements";
    }

    private String detailView(Authentication auth, UUID id, Model model, Displacements.SupportForm form,
            List<LineProblem> problems, UUID deliveryFor) {
        model.addAttribute("d", displacements.displacement(callers.of(auth), id));
        model.addAttribute("form", form);
        model.addAttribute("problems", deliveryFor == null ? problems : List.of());
        model.addAttribute("deliveryProblems", deliveryFor == null ? List.of() : problems);
        model.addAttribute("deliveryFor", deliveryFor);
        model.addAttribute("kinds", SupportKind.values());
        model.addAttribute("today", displacements.today());
        return "labor/displacement";
    }
}
