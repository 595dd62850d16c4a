package org.tongxin.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's messages, each text without arguments remembered once found. Boot's message
 * source looks a code up in each of the twenty-odd bundles in turn until one has it, on every
 * {@code #{...}} of every page (about a tenth of a list page's rendering); the bundles never change
 * while the application runs (no {@code spring.messages.cache-duration}), so the first answer for a
 * code and language stays the answer. Texts with arguments, defaults and resolvables go to the
 * source as before; codes not found are not remembered.
 */
final class RememberedMessages implements MessageSource {

	/** Codes × languages stay far below this; past it (odd languages asked for) the memory starts over. */
	static final int MAX_TEXTS = 50_000;

	private final MessageSource messages;

	private final Map<Key, String> texts = new ConcurrentHashMap<>();

	RememberedMessages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		if (args != null && args.length > 0) {
			return messages.getMessage(code, args, locale);
		}
		Key key = new Key(code, locale);
		String text = texts.get(key);
		if (text == null) {
			text = messages.getMessage(code, args, locale);
			remember(key, text);
		}
		return text;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if (args == null || args.length == 0) {
			String text = texts.get(new Key(code, locale));
			if (text != null) {
				return text;
			}
		}
		return messages.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return messages.getMessage(resolvable, locale);
	}

	private void remember(Key key, String text) {
		if (text == null) {
			return;
		}
		if (texts.size() >= MAX_TEXTS) {
			texts.clear();
		}
		texts.put(key, text);
	}

	private record Key(String code, Locale locale) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Installation {

		/** Wraps the context's message source, unless its bundles are set to reload. */
		@Bean
		static BeanPostProcessor rememberedMessages(Environment environment) {
			boolean reloading = environment.containsProperty("spring.messages.cache-duration");
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return !reloading && "messageSource".equals(name) && bean instanceof MessageSource messages
							? new RememberedMessages(messages) : bean;
				}
			};
		}

	}

}
