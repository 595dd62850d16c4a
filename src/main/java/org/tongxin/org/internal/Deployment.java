package org.tongxin.org.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitKind;

/** Which unit this deployment serves: {@code tongxin.deployment.*}, the county by default. */
@Component
class Deployment {

	private final String code;

	private final String name;

	private final UnitKind kind;

	private final boolean demo;

	Deployment(@Value("${tongxin.deployment.code:511112}") String code,
			@Value("${tongxin.deployment.name:五通桥区}") String name,
			@Value("${tongxin.deployment.kind:COUNTY}") UnitKind kind, @Value("${tongxin.demo:false}") boolean demo) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.demo = demo;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	UnitKind kind() {
		return kind;
	}

	boolean demo() {
		return demo;
	}

}
