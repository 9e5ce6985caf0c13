package org.guildmark.app.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after sign-in: what the signed-in account can do here. */
@Controller
class HomePage {

    static final String PATH = "/";

    private final Navigation navigation;

    HomePage(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping(PATH)
    String home(Authentication authentication, Model model) {
        model.addAttribute("role", navigation.describe(authentication));
        model.addAttribute("entries", navigation.visibleTo(authentication).stream()
                .filter(entry -> !entry.path().equals(PATH))
                .toList());
        return "home";
    }
}
