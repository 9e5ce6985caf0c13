package org.guildmark.app.labor;

import java.util.List;

import org.guildmark.app.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Displacement by union Local: a researcher reads the Locals an admin granted them, admins and officers every
 * Local; admins grant and withdraw researchers' Locals at {@code /admin/union-locals}.
 */
@Controller
class UnionPages {

    static final String PATH = "/labor/displacement";
    static final String ADMIN_PATH = "/admin/union-locals";

    private final Displacements displacements;

    UnionPages(Displacements displacements) {
        this.displacements = displacements;
    }

    @GetMapping(PATH)
    String displacement(Authentication auth, Model model) {
        Role role = roleOf(auth);
        List<String> locals = displacements.localsFor(auth.getName(), role);
        List<Displacements.LocalDisplacement> rows = displacements.forLocals(locals);
        model.addAttribute("locals", locals);
        model.addAttribute("rows", rows);
        model.addAttribute("workersByLocal", Displacements.workersByLocal(rows));
        model.addAttribute("today", displacements.today());
        model.addAttribute("researcher", role == Role.RESEARCHER);
        return "labor/union-displacement";
    }

    @GetMapping(ADMIN_PATH)
    String readers(Model model) {
        return readersView(model, "", "", List.of());
    }

    @PostMapping(ADMIN_PATH)
    String grant(Authentication auth, @RequestParam(required = false) String username,
            @RequestParam(required = false) String local, Model model) {
        try {
            displacements.grantLocal(auth.getName(), username, local);
            return "redirect:" + ADMIN_PATH + "?granted";
        } catch (LaborRefusal.Invalid invalid) {
            return readersView(model, username, local, invalid.problems());
        }
    }

    @PostMapping(ADMIN_PATH + "/revocation")
    String revoke(@RequestParam(required = false) String username, @RequestParam(required = false) String local) {
        displacements.revokeLocal(username, local);
        return "redirect:" + ADMIN_PATH + "?revoked";
    }

    private String readersView(Model model, String username, String local, List<LineProblem> problems) {
        model.addAttribute("readers", displacements.readers());
        model.addAttribute("knownLocals", displacements.localsFor("", Role.ADMIN));
        model.addAttribute("username", username);
        model.addAttribute("local", local);
        model.addAttribute("problems", problems);
        return "labor/union-locals";
    }

    private static Role roleOf(Authentication auth) {
        for (Role role : Role.values()) {
            if (LaborRoles.has(auth, role)) {
                return role;
            }
        }
        return null;
    }
}
