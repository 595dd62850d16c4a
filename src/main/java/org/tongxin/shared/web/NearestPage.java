package org.tongxin.shared.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The page a lost visitor is sent back to: the nearest address above the one asked for that opens
 * with a plain GET (for {@code /proposals/12/register}, the proposal's page {@code /proposals/12}).
 * Read from the application's own request mappings, so it follows new routes without a list; a
 * path variable taken as a number must be one ({@code /decisions/results} is not decision
 * "results"), and a page that needs query parameters does not count.
 */
@Component
public class NearestPage {

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final ApplicationContext context;

	NearestPage(ApplicationContext context) {
		this.context = context;
	}

	/** The nearest page above {@code path} (the path within the application), or "/" when none. */
	public String above(String path) {
		String candidate = path;
		int slash;
		while ((slash = candidate.lastIndexOf('/')) > 0) {
			candidate = candidate.substring(0, slash);
			if (opens(candidate)) {
				return candidate;
			}
		}
		return "/";
	}

	boolean opens(String path) {
		PathContainer container = PathContainer.parsePath(path);
		// looked up on use: the mapping is built after this bean, and its routes are final by then
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET) || info.getPathPatternsCondition() == null
					|| !info.getParamsCondition().getExpressions().isEmpty()) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				PathPattern.PathMatchInfo match = pattern.matchAndExtract(container);
				if (match != null && fits(entry.getValue(), match.getUriVariables())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the handler would take these path values as they are, without required query parameters. */
	private static boolean fits(HandlerMethod handler, Map<String, String> variables) {
		Method method = handler.getMethod();
		String[] names = NAMES.getParameterNames(method);
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
					&& !java.util.Optional.class.equals(parameter.getParameterType())) {
				return false;
			}
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable == null || !isNumber(parameter.getParameterType())) {
				continue;
			}
			String name = !variable.value().isEmpty() ? variable.value()
					: names != null ? names[parameter.getParameterIndex()] : null;
			String value = name == null ? null : variables.get(name);
			if (value != null && !value.matches("-?\\d{1,18}")) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumber(Class<?> type) {
		return type == long.class || type == Long.class || type == int.class || type == Integer.class;
	}

}
