package org.tongxin.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files only under their own prefixes. Boot's default maps static resources at {@code /**};
 * then every link a template writes ({@code @{/units}}) is first looked up as a file in four
 * classpath locations inside the jar, which made a page with a dozen links 10× slower than
 * without (see docs/performance.md). {@code spring.web.resources.add-mappings=false} turns the
 * default off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CACHE)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// a resource chain caches where each file is: without it every page looked its links up in the jar again
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(CACHE)
			.resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(CACHE)
			.resourceChain(true);
	}

}
