package org.tongxin.members.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxin.members.MemberCategory;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberPage;
import org.tongxin.members.MemberRow;

/** The JSON shapes of the member API. Requests are {@link org.tongxin.members.MemberDraft}s. */
final class MemberApiViews {

	private MemberApiViews() {
	}

	/** totalCapped: more than totalElements people match (the list counts up to MemberPage.EXACT_TOTAL_LIMIT). */
	record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages, boolean totalCapped) {

		static PageView<MemberRow> of(MemberPage page) {
			return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages(), page.isTotalCapped());
		}

	}

	record UnitRef(long id, String code, String name) {
	}

	/** A person; sensitive fields are values only when {@code unmasked}. */
	record MemberView(long id, long version, String name, String gender, LocalDate birthDate, Integer birthYear,
			UnitRef unit,
			String ethnicity, String idNumber, String phone, String education, String workUnit, String post,
			String politicalAffiliation, String religion, String expertise, String awards, String notes,
			Long liaisonUserId, String liaisonName, List<MemberCategory> categories, Instant createdAt, Instant updatedAt,
			boolean unmasked) {

		static MemberView of(MemberDetail d) {
			UnitRef unit = d.unit() == null ? null : new UnitRef(d.unit().id(), d.unit().code(), d.unit().name());
			return new MemberView(d.id(), d.version(), d.name(), d.gender(), d.birthDate(), d.birthYear(), unit, d.ethnicity(),
					d.idNumber(), d.phone(), d.education(), d.workUnit(), d.post(), d.politicalAffiliation(),
					d.religion(), d.expertise(), d.awards(), d.notes(), d.liaisonUserId(), d.liaisonName(), d.categories(),
					d.createdAt(), d.updatedAt(), d.unmasked());
		}

	}

}
