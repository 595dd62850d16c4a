package org.tongxin.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets handlers take an {@link Htmx} parameter: the one way the web layer reads htmx requests. */
@Configuration(proxyBeanMethods = false)
class HtmxConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Htmx.Resolver());
	}

}
