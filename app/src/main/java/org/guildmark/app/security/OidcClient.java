package org.guildmark.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The OIDC provider named by {@code GUILDMARK_OIDC_CLIENT_ID} and either {@code GUILDMARK_OIDC_ISSUER} (endpoints
 * discovered from the issuer at start) or explicit endpoint URIs ({@code guildmark.oidc.authorization-uri},
 * {@code token-uri}, {@code jwk-set-uri}, {@code user-info-uri}). Without a client id there is no registration
 * and the server signs in with passwords only, exactly as before. A registration made directly with Spring's
 * {@code spring.security.oauth2.client.registration.*} properties works too (Spring Boot then builds the
 * repository instead of this class).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${guildmark.oidc.client-id:}'.isBlank()")
class OidcClient {

    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository oidcRegistrations(Environment env) {
        String issuer = env.getProperty("guildmark.oidc.issuer", "");
        String authorization = env.getProperty("guildmark.oidc.authorization-uri", "");
        ClientRegistration.Builder builder = authorization.isBlank()
                ? ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                : ClientRegistration.withRegistrationId(REGISTRATION)
                        .authorizationUri(authorization)
                        .tokenUri(env.getRequiredProperty("guildmark.oidc.token-uri"))
                        .jwkSetUri(env.getRequiredProperty("guildmark.oidc.jwk-set-uri"))
                        .userInfoUri(env.getProperty("guildmark.oidc.user-info-uri"))
                        .issuerUri(issuer.isBlank() ? null : issuer)
                        .userNameAttributeName(IdTokenClaimNames.SUB);
        ClientRegistration registration = builder
                .clientId(env.getRequiredProperty("guildmark.oidc.client-id"))
                .clientSecret(env.getProperty("guildmark.oidc.client-secret", ""))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .clientName(env.getProperty("guildmark.oidc.name", "Single sign-on"))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
