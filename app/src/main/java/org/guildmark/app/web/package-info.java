/**
 * The web pages' shared parts: the layout every page extends (header with the signed-in account, navigation,
 * footer), the sign-in and sign-out pages, the home page and the error pages.
 *
 * <p>A module adds a page with a Thymeleaf template that replaces itself with the {@code layout :: page} fragment
 * and, to appear in the navigation, a {@link org.guildmark.app.web.NavigationEntry} bean naming the roles that may
 * use it (see {@code docs/web.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.guildmark.app.web;
