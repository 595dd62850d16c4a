package org.tongxin.members.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxin.members.MemberFilter;

class ExportAuditTest {

	@Test
	void theFilterIsDescribedByWhatWasGiven() {
		assertThat(ExportAudit.describe(new MemberFilter(" 张 ", null, "RELIGIOUS", "", null, 30, null, "name", null)))
			.isEqualTo("q=张, category=RELIGIOUS, ageFrom=30, sort=name");
		assertThat(ExportAudit.describe(MemberFilter.none())).isEmpty();
	}

}
