package org.guildmark.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.guildmark.app.security.AccountSessions;
import org.guildmark.app.security.LoginThrottle;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (the form posts to Spring Security's {@code /login}) and the sign-out confirmation (its form
 * posts to {@code /logout}). A refused sign-in comes back as {@code /login?error}, with the reason in the session.
 */
@Controller
class SignInPage {

    static final String WRONG_CREDENTIALS = "The username or password is not right. Check both and try again. "
            + "After " + LoginThrottle.MAX_FAILURES + " failed attempts the account is locked for "
            + LoginThrottle.LOCK.toMinutes() + " minutes.";

    static final String LOCKED = "Too many failed sign-ins for this account: it is locked for "
            + LoginThrottle.LOCK.toMinutes() + " minutes. Try again later, or ask an administrator for help.";

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            HttpServletRequest request, Model model) {
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object reason = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // Disabled and unknown accounts read like a wrong password, so the page tells no one which exist.
            model.addAttribute("error", reason instanceof LockedException ? LOCKED : WRONG_CREDENTIALS);
        }
        model.addAttribute("signedOut", logout != null && error == null);
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AccountSessions.ENDED) != null) {
            session.removeAttribute(AccountSessions.ENDED);
            model.addAttribute("ended", error == null);
        }
        return "login";
    }

    @GetMapping("/logout")
    String signOut() {
        return "logout";
    }
}
