package org.tongxin.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;

/**
 * Puts the unit the user acts for into the top bar of every rendered page. An interceptor rather
 * than a model attribute so that API calls and redirects do not pay for the look-up.
 */
@Configuration(proxyBeanMethods = false)
class ActingUnitAdvice implements WebMvcConfigurer, HandlerInterceptor {

	private final Units units;

	ActingUnitAdvice(Units units) {
		this.units = units;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TongxinPrincipal principal
				&& principal.homeUnitName() != null) {
			// kept in the session at login: one query less on every page (a rename shows at next login)
			view.addObject("actingUnitName", principal.homeUnitName());
		}
		else if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			units.find(actor.homeUnitId()).map(UnitSummary::name).ifPresent(name -> view.addObject("actingUnitName", name));
		}
	}

}
