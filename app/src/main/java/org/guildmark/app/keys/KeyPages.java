package org.guildmark.app.keys;

import org.guildmark.app.security.Role;
import org.guildmark.app.web.NavigationEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/keys}: the guild's signing keys, and their rotation. A rotated-out key stays published, so what it
 * signed (certificates, status lists, checkpoints, receipts) still verifies; everything signed from then on names
 * the new key.
 */
@Controller
@RequestMapping(KeyPages.PATH)
class KeyPages {

    static final String PATH = "/admin/keys";
    /** Typed to confirm, so a rotation is never one stray click. */
    static final String CONFIRMATION = "rotate";

    private static final Logger log = LoggerFactory.getLogger(KeyPages.class);

    private final GuildKeys keys;
    private final Issuer issuer;

    KeyPages(GuildKeys keys, Issuer issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    @Bean
    static NavigationEntry keysEntry() {
        return NavigationEntry.of(PATH, "Keys", "See the guild's signing keys and rotate the one that signs.", 30,
                Role.ADMIN);
    }

    @GetMapping
    String list(Model model) {
        java.util.List<GuildKey> newestFirst = new java.util.ArrayList<>(keys.keys());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("keys", newestFirst);
        model.addAttribute("issuer", issuer.url());
        model.addAttribute("logOrigin", issuer.logOrigin());
        return "keys/keys";
    }

    @PostMapping("/rotation")
    String rotate(Authentication auth, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!CONFIRMATION.equals(confirm == null ? null : confirm.strip())) {
            redirect.addFlashAttribute("problem", "Type \"" + CONFIRMATION + "\" to confirm the rotation.");
            return "redirect:" + PATH;
        }
        String kid = keys.rotate();
        log.info("Key rotation by an admin account");
        redirect.addFlashAttribute("message", "Rotated: " + kid + " signs from now on; the old key stays published.");
        return "redirect:" + PATH;
    }
}
