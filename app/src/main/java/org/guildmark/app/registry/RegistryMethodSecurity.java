package org.guildmark.app.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize}, which names each registry endpoint's roles next to its mapping. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class RegistryMethodSecurity {
}
