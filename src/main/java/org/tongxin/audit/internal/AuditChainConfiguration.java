package org.tongxin.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.shared.crypto.PlatformKey;

/** Binds the chain's hash to the platform key, under a purpose of its own. */
@Configuration(proxyBeanMethods = false)
class AuditChainConfiguration {

	static final String KEY_PURPOSE = "audit-chain";

	@Bean
	ChainHash auditChainHash(PlatformKey platformKey) {
		return new ChainHash(bytes -> platformKey.hmac(KEY_PURPOSE, bytes));
	}

}
