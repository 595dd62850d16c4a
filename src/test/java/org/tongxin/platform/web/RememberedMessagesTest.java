package org.tongxin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

class RememberedMessagesTest {

	private final AtomicInteger lookups = new AtomicInteger();

	private final StaticMessageSource source = new StaticMessageSource() {
		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			lookups.incrementAndGet();
			return super.resolveCodeWithoutArguments(code, locale);
		}
	};

	private final RememberedMessages messages = new RememberedMessages(source);

	RememberedMessagesTest() {
		source.addMessage("nav.home", Locale.SIMPLIFIED_CHINESE, "首页");
		source.addMessage("nav.home", Locale.ENGLISH, "Home");
		source.addMessage("paging.position", Locale.ENGLISH, "{0} of {1}");
	}

	@Test
	void aTextIsLookedUpOncePerLanguage() {
		assertThat(messages.getMessage("nav.home", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
		assertThat(messages.getMessage("nav.home", new Object[0], Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
		assertThat(messages.getMessage("nav.home", null, "x", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
		assertThat(lookups).hasValue(1);
		assertThat(messages.getMessage("nav.home", null, Locale.ENGLISH)).isEqualTo("Home");
		assertThat(lookups).hasValue(2);
	}

	@Test
	void argumentsDefaultsAndMissingCodesGoToTheSourceEveryTime() {
		assertThat(messages.getMessage("paging.position", new Object[] { 1, 2 }, Locale.ENGLISH)).isEqualTo("1 of 2");
		assertThat(messages.getMessage("paging.position", new Object[] { 3, 4 }, Locale.ENGLISH)).isEqualTo("3 of 4");
		assertThat(messages.getMessage("no.such", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
		assertThatThrownBy(() -> messages.getMessage("no.such", null, Locale.ENGLISH)).isInstanceOf(NoSuchMessageException.class);
		source.addMessage("no.such", Locale.ENGLISH, "now here");
		assertThat(messages.getMessage("no.such", null, Locale.ENGLISH)).as("a missing code is not remembered as missing")
			.isEqualTo("now here");
	}

}
