package org.guildmark.app.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The OIDC providers a person may sign in with, for the sign-in page ({@code signInProviders}: name and link,
 * empty when none is configured). Only for the web pages, so API answers do not compute it.
 */
@ControllerAdvice(basePackages = "org.guildmark.app.web")
class SignInProviders {

    /** One provider: its display name and the link that starts its sign-in. */
    record Provider(String name, String href) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute("signInProviders")
    List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }
}
