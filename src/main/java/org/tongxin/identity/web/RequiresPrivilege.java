package org.tongxin.identity.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Enforces {@link Requires}: the caller holds every named privilege (as authorities of the same
 * name) or the call ends in an AccessDeniedException, answered 403 by the page and API handlers.
 * Runs where {@code @PreAuthorize} would, before the method.
 */
final class RequiresPrivilege implements AuthorizationManager<MethodInvocation> {

	/** What each method needs, as found once (shared arrays: read, never changed). */
	private static final Map<Site, Privilege[]> NEEDED = new ConcurrentHashMap<>();

	static AuthorizationManagerBeforeMethodInterceptor interceptor() {
		Pointcut pointcut = new ComposablePointcut((Pointcut) new AnnotationMatchingPointcut(null, Requires.class, true))
			.union(new AnnotationMatchingPointcut(Requires.class, true));
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(pointcut,
				new RequiresPrivilege());
		interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
		return interceptor;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
		Privilege[] needed = needed(invocation);
		Authentication caller = authentication.get();
		if (caller == null || !caller.isAuthenticated()) {
			return new AuthorizationDecision(false);
		}
		Set<String> held = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new AuthorizationDecision(Arrays.stream(needed).allMatch(p -> held.contains(p.name())));
	}

	/**
	 * The method's own annotation, else its class's; looked up once per method and class (a page
	 * passes two or three such checks, and the merged-annotation search was a few percent of it).
	 */
	static Privilege[] needed(MethodInvocation invocation) {
		Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
				: AopUtils.getTargetClass(invocation.getThis());
		return NEEDED.computeIfAbsent(new Site(invocation.getMethod(), target), RequiresPrivilege::lookUp);
	}

	/** A method as called on a class (an interface method or a proxy's may carry its annotation elsewhere). */
	private record Site(Method method, Class<?> target) {
	}

	private static Privilege[] lookUp(Site site) {
		Method method = AopUtils.getMostSpecificMethod(site.method(), site.target());
		Requires requires = AnnotatedElementUtils.findMergedAnnotation(method, Requires.class);
		if (requires == null) {
			requires = AnnotatedElementUtils.findMergedAnnotation(site.target(), Requires.class);
		}
		return requires == null ? new Privilege[0] : requires.value();
	}

}
