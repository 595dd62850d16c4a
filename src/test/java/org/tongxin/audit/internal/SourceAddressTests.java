package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SourceAddressTests {

	@Test
	void forwardedForIsIgnoredUnlessTrusted() {
		assertThat(new SourceAddress(false).of(request("203.0.113.9"))).isEqualTo("10.0.0.5");
	}

	@Test
	void aTrustedProxysEntryIsTheLastNotTheFirst() {
		assertThat(new SourceAddress(true).of(request("6.6.6.6, 203.0.113.9"))).isEqualTo("203.0.113.9");
	}

	@Test
	void outsideARequestThereIsNoAddress() {
		assertThat(new SourceAddress(true).current()).isNull();
	}

	private static MockHttpServletRequest request(String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.0.0.5");
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

}
