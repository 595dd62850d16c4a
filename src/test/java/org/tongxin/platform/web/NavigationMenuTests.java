package org.tongxin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.tongxin.DemoLogins;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The navigation is rendered once per role, language and page, and shared by the users of a role:
 * so it must hold nothing of one user, and users who may do different things must get different
 * menus. (The test profile turns the template cache off, and with it this cache: here it is on.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NavigationMenuTests {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	ServletContext servletContext;

	@Autowired
	MockMvc mvc;

	private NavigationMenu navigation;

	@BeforeEach
	void aRequest() {
		navigation = new NavigationMenu(templates, servletContext, true);
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void usersOfOneRoleShareOneMenuThatHoldsNothingOfEither() {
		signIn(new TestActor("张甲", 11, DataScope.UNIT_AND_BELOW, Privilege.MEMBER_VIEW, Privilege.UNIT_VIEW));
		String first = navigation.html("members", Locale.SIMPLIFIED_CHINESE);
		signIn(new TestActor("李乙", 12, DataScope.UNIT_AND_BELOW, Privilege.UNIT_VIEW, Privilege.MEMBER_VIEW));
		String second = navigation.html("members", Locale.SIMPLIFIED_CHINESE);

		assertThat(second).as("the kept menu, not a new one").isSameAs(first);
		assertThat(first).contains("href=\"/members\"", "href=\"/units\"").doesNotContain("张甲", "李乙", "/admin/users");
		assertThat(first).containsPattern("class=\"nav-link active\" href=\"/members\"");
	}

	@Test
	void differentPrivilegesScopesLanguagesAndPagesGetTheirOwnMenu() {
		signIn(new TestActor("王丙", 13, DataScope.ALL, Privilege.MEMBER_VIEW, Privilege.USER_VIEW));
		String administrator = navigation.html("members", Locale.SIMPLIFIED_CHINESE);
		assertThat(administrator).contains("href=\"/admin/users\"", "用户");
		assertThat(navigation.html("users", Locale.SIMPLIFIED_CHINESE))
			.containsPattern("class=\"nav-link active\" href=\"/admin/users\"")
			.doesNotContainPattern("class=\"nav-link active\" href=\"/members\"");
		assertThat(navigation.html("members", Locale.ENGLISH)).contains(">Users<").doesNotContain(">用户<");

		signIn(new TestActor("赵丁", 14, DataScope.OWN));
		String member = navigation.html("me", Locale.SIMPLIFIED_CHINESE);
		assertThat(member).contains("href=\"/me\"", "href=\"/demands/new\"", "href=\"/performance/me\"")
			.doesNotContain("/admin/users", "href=\"/members\"", "href=\"/units\"");
	}

	@Test
	void nobodySignedInGetsNoMenu() {
		assertThat(navigation.html("home", Locale.SIMPLIFIED_CHINESE)).isEmpty();
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(navigation.html("home", Locale.SIMPLIFIED_CHINESE)).isEmpty();
	}

	@Test
	void everyPageOfTheLayoutShowsTheMenuWithItsEntryActive() throws Exception {
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/members").cookie(staff)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<nav id=\"tx-nav\"").containsPattern("class=\"nav-link active\" href=\"/members\"");
		assertThat(page.indexOf("<nav id=\"tx-nav\"")).as("the menu between the top bar and the page")
			.isBetween(page.indexOf("</header>"), page.indexOf("<main"));
	}

	private static void signIn(TestActor actor) {
		var authorities = actor.privileges().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
	}

	private record TestActor(String displayName, long userId, DataScope scope, Set<Privilege> privileges) implements Actor {

		TestActor(String displayName, long userId, DataScope scope, Privilege... privileges) {
			this(displayName, userId, scope, Arrays.stream(privileges).collect(Collectors.toSet()));
		}

		@Override
		public String username() {
			return "user" + userId;
		}

		@Override
		public long homeUnitId() {
			return userId;
		}

	}

}
