package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.members.internal.PersonRules;
import org.tongxin.members.internal.PersonValues;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Gender;

/** The registration rules, without Spring: each bad field is named, an ID number decides birth date and sex. */
class PersonRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final UnitSummary VILLAGE = new UnitSummary(17, "511112100003", "黄桷井社区", UnitKind.VILLAGE, 3L, "/1/3/17/",
			3, true);

	static final String ID = ChineseIdNumber.generate("511112", LocalDate.of(1975, 3, 8), 123, true).value();

	static MemberDraft draft(String name, String unit, String gender, String birth, String id, String phone,
			Set<String> categories) {
		return new MemberDraft(name, unit, gender, birth, "汉族", id, phone, "本科", "五通桥区某公司", "经理", "无党派人士", "",
				"", "", "", null, categories, null);
	}

	static PersonValues check(MemberDraft draft) {
		return PersonRules.check(draft, code -> code.equals(VILLAGE.code()) ? Optional.of(VILLAGE) : Optional.empty(),
				userId -> userId == ACTIVE_USER, PersonRulesTest::category, TODAY);
	}

	/** The vocabulary's answer, as MemberCategories.choice gives it: the code in upper case, or a refusal. */
	private static String category(String typed) {
		String code = typed.strip().toUpperCase(java.util.Locale.ROOT);
		if (!Set.of("PRIVATE_ECONOMY", "NON_PARTY_INTELLECTUAL", "NON_PARTY").contains(code)) {
			throw new Rejection("categories", "member.category.invalid", typed);
		}
		return code;
	}

	private static final long ACTIVE_USER = 7L;

	private static MemberDraft liaison(long userId) {
		return new MemberDraft("张三", VILLAGE.code(), "MALE", null, "汉族", ID, null, "本科", "", "", "无党派人士", "", "", "", "",
				userId, Set.of("NON_PARTY_INTELLECTUAL"), null);
	}

	@Test
	void aLiaisonMustBeAnActiveUser() {
		MemberDraft unknown = liaison(99L);
		Rejection rejection = catchThrowableOfType(Rejection.class, () -> check(unknown));
		assertThat(rejection.problems()).extracting(Rejection.FieldProblem::field).containsExactly("liaisonUserId");
		assertThat(check(liaison(ACTIVE_USER)).liaisonUserId()).isEqualTo(ACTIVE_USER);
	}

	@Test
	void anIdNumberFillsBirthDateAndSex() {
		PersonValues values = check(draft("张三", VILLAGE.code(), "", "", ID, "138 1234 5678", Set.of("PRIVATE_ECONOMY")));
		assertThat(values.birthDate()).isEqualTo(LocalDate.of(1975, 3, 8));
		assertThat(values.gender()).isEqualTo(Gender.MALE);
		assertThat(values.phone()).isEqualTo("13812345678");
		assertThat(values.nameInitials()).isEqualTo("zs");
		assertThat(values.categories()).containsExactly("PRIVATE_ECONOMY");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		Rejection rejection = catchThrowableOfType(Rejection.class, () -> check(
				draft(" ", "999", "X", "1975-13-40", "51111219750308123", "12345", Set.of("NOBODY"))));
		assertThat(rejection.problems()).extracting(Rejection.FieldProblem::field)
			.containsExactlyInAnyOrder("name", "unitCode", "gender", "birthDate", "idNumber", "phone", "categories");
	}

	@Test
	void aBirthDateOrSexThatContradictsTheIdNumberIsRefused() {
		Rejection birth = catchThrowableOfType(Rejection.class,
				() -> check(draft("张三", VILLAGE.code(), "", "1975-03-09", ID, "", Set.of())));
		assertThat(birth.problems()).extracting(Rejection.FieldProblem::code).containsExactly("member.birthDate.mismatch");
		Rejection sex = catchThrowableOfType(Rejection.class,
				() -> check(draft("张三", VILLAGE.code(), "FEMALE", "", ID, "", Set.of())));
		assertThat(sex.problems()).extracting(Rejection.FieldProblem::code).containsExactly("member.gender.mismatch");
	}

	@Test
	void theChecksumOfAnIdNumberIsChecked() {
		String wrong = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
		Rejection rejection = catchThrowableOfType(Rejection.class,
				() -> check(draft("张三", VILLAGE.code(), "", "", wrong, "", Set.of())));
		assertThat(rejection.problems()).extracting(Rejection.FieldProblem::code).containsExactly("member.idNumber.checksum");
	}

}
