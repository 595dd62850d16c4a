package org.tongxin.platform.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * The layout's navigation, rendered once per role and kept: {@code ${@navigationMenu.html(active, #locale)}}.
 * Its two dozen entries, each a privilege check, a message and a link, were evaluated on every page
 * (about a sixth of a list page's rendering). What they depend on is the {@link Menu}: the user's
 * privileges, whether their scope is their own records, the language, the page's entry and the
 * context path. The fragment ({@code fragments/navigation}) reads nothing else, so users of one role
 * share the HTML; nothing of one user (name, unit, counts) is in it. With the template cache off
 * (development) the menu is rendered on every page, so template edits show at once.
 */
@Component("navigationMenu")
public class NavigationMenu {

	/** Roles × languages × entries stay far below this; past it (odd ?lang= values) the cache starts over. */
	static final int MAX_ENTRIES = 2_000;

	private final ITemplateEngine templates;

	private final ServletContext servletContext;

	private final boolean cached;

	private final Map<Menu, String> menus = new ConcurrentHashMap<>();

	NavigationMenu(ITemplateEngine templates, ServletContext servletContext,
			@Value("${spring.thymeleaf.cache:true}") boolean cached) {
		this.templates = templates;
		this.servletContext = servletContext;
		this.cached = cached;
	}

	/** The navigation for the signed-in user of the current request; nothing for anyone else. */
	public String html(String active, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "";
		}
		ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		Menu menu = new Menu(privileges(authentication), ownRecordsOnly(authentication), locale, active,
				request.getRequest().getContextPath());
		if (!cached) {
			return render(menu, request);
		}
		String html = menus.get(menu);
		if (html == null) {
			if (menus.size() >= MAX_ENTRIES) {
				menus.clear();
			}
			html = render(menu, request);
			menus.put(menu, html);
		}
		return html;
	}

	private String render(Menu menu, ServletRequestAttributes request) {
		HttpServletRequest servletRequest = request.getRequest();
		var exchange = JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(servletRequest, request.getResponse());
		WebContext context = new WebContext(exchange, menu.locale(), Map.of("menu", menu, "active", menu.activeEntry()));
		return templates.process("fragments/navigation", Set.of("nav"), context);
	}

	private static Set<String> privileges(Authentication authentication) {
		Set<String> names = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			names.add(authority.getAuthority());
		}
		return names;
	}

	private static boolean ownRecordsOnly(Authentication authentication) {
		return authentication.getPrincipal() instanceof Actor actor && actor.scope() == DataScope.OWN;
	}

	/**
	 * Everything the navigation depends on, and the key it is kept under.
	 *
	 * @param privileges the user's granted authorities (privilege names)
	 * @param own whether the user sees only their own records (a member): their entries differ
	 * @param activeEntry the page's entry, highlighted; may be empty
	 */
	public record Menu(Set<String> privileges, boolean own, Locale locale, String activeEntry, String contextPath) {

		public Menu {
			privileges = Set.copyOf(privileges);
			activeEntry = activeEntry == null ? "" : activeEntry;
		}

		public boolean can(String privilege) {
			return privileges.contains(privilege);
		}

		public boolean canAny(String... privileges) {
			for (String privilege : privileges) {
				if (can(privilege)) {
					return true;
				}
			}
			return false;
		}

	}

}
