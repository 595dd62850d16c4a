package org.tongxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class UploadLimitsTest {

	@Test
	void aTooLargeUploadIsRecognisedAsTomcatReportsItWhenParsingLazily() {
		var lazy = new InvalidParameterException(new SizeLimitExceededException("too big", 52_428_984, 20_971_520));
		assertThat(UploadLimits.isTooLarge(lazy)).isTrue();
		assertThat(UploadLimits.describe(lazy, 20_971_520)).isEqualTo("20 MB");
	}

	@Test
	void springsOwnExceptionCarriesItsLimit() {
		assertThat(UploadLimits.isTooLarge(new MaxUploadSizeExceededException(10 * 1024 * 1024))).isTrue();
		assertThat(UploadLimits.describe(new MaxUploadSizeExceededException(10 * 1024 * 1024), 1)).isEqualTo("10 MB");
	}

	@Test
	void otherErrorsAreNot() {
		assertThat(UploadLimits.isTooLarge(new IllegalStateException("x", new RuntimeException()))).isFalse();
	}

}
