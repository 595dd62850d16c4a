package org.tongxin.members.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Gender;
import org.tongxin.shared.person.Phones;
import org.tongxin.shared.person.PinyinNames;

class DemoPeopleTests {

	/** The twelve kinds of the Regulations on United Front Work, as V35 seeds them: the demo has people in each. */
	private static final Set<String> CATEGORIES = Set.of("DEMOCRATIC_PARTY", "NON_PARTY", "NON_PARTY_INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_CLASS", "STUDY_ABROAD", "HONG_KONG_MACAO",
			"TAIWAN", "OVERSEAS_CHINESE", "OTHER");

	private static final Set<String> PARTIES = Set.of("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟");

	private static List<String> villages;

	private static List<DemoPerson> people;

	@BeforeAll
	static void generate() throws IOException {
		// The district's own division file, as shipped for the demo data.
		try (InputStream in = DemoPeopleTests.class.getResourceAsStream("/demo/divisions-511112.csv")) {
			villages = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(line -> line.split(","))
				.filter(cells -> cells.length >= 3 && cells[2].equals("VILLAGE"))
				.map(cells -> cells[0])
				.toList();
		}
		people = DemoPeople.generate(7L, 1000, villages);
	}

	@Test
	void theSameSeedGivesTheSamePeople() {
		assertThat(DemoPeople.generate(7L, 1000, villages)).isEqualTo(people);
		assertThat(DemoPeople.generate(8L, 1000, villages)).isNotEqualTo(people);
	}

	@Test
	void givesExactlyTheRequestedNumberOfPeople() {
		assertThat(people).hasSize(1000);
		assertThat(DemoPeople.generate(1L, 0, List.of())).isEmpty();
	}

	@Test
	void usesEveryVillageOnceThereAreEnoughPeople() {
		assertThat(villages).hasSizeGreaterThan(100);
		assertThat(DemoPeople.generate(3L, villages.size(), villages)).extracting(DemoPerson::villageCode)
			.containsExactlyInAnyOrderElementsOf(villages);
		assertThat(people).extracting(DemoPerson::villageCode).isSubsetOf(villages);
	}

	@Test
	void idNumbersAreValidUniqueFromTheDistrictAndMatchBirthDateAndSex() {
		for (DemoPerson person : people) {
			assertThat(ChineseIdNumber.problem(person.idNumber())).as(person.idNumber()).isEmpty();
			ChineseIdNumber id = ChineseIdNumber.of(person.idNumber());
			assertThat(id.value()).startsWith("511112");
			assertThat(id.matchesBirthDate(person.birthDate())).isTrue();
			assertThat(Gender.of(id)).isEqualTo(person.gender());
		}
		assertThat(people).extracting(DemoPerson::idNumber).doesNotHaveDuplicates();
	}

	@Test
	void phonesAreValidUniqueMobiles() {
		assertThat(people).extracting(DemoPerson::phone)
			.allSatisfy(phone -> assertThat(Phones.problem(phone)).isEmpty())
			.allSatisfy(phone -> assertThat(phone).matches("1[3-9]\\d{9}"))
			.doesNotHaveDuplicates();
	}

	@Test
	void peopleWereBornBetween1950And2000WithBothSexes() {
		assertThat(people).extracting(DemoPerson::birthDate)
			.allSatisfy(date -> assertThat(date).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31)));
		assertThat(people).extracting(DemoPerson::gender).contains(Gender.MALE, Gender.FEMALE);
	}

	@Test
	void namesAreChineseOfTwoToFourCharactersAndSortable() {
		assertThat(people).extracting(DemoPerson::name)
			.allSatisfy(name -> assertThat(name).hasSizeBetween(2, 4).matches("\\p{IsHan}+"))
			.allSatisfy(name -> assertThat(PinyinNames.sortKey(name)).matches("[a-z]+"));
	}

	@Test
	void everyCategoryOccursAndMostPeopleHaveExactlyOne() {
		Map<String, Long> counts = people.stream()
			.flatMap(person -> person.categories().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(counts.keySet()).isEqualTo(CATEGORIES);
		assertThat(people.stream().filter(person -> person.categories().size() == 1).count()).isGreaterThan(700);
		assertThat(people).allSatisfy(person -> assertThat(person.categories()).isNotEmpty());
	}

	@Test
	void attributesAgreeWithCategories() {
		for (DemoPerson person : people) {
			assertThat(person.categories().contains("DEMOCRATIC_PARTY"))
				.isEqualTo(PARTIES.contains(person.politicalAffiliation()));
			if (!person.categories().contains("DEMOCRATIC_PARTY")) {
				assertThat(person.politicalAffiliation()).isIn("无党派人士", "群众");
			}
			if (person.categories().contains("NON_PARTY") && !person.categories().contains("DEMOCRATIC_PARTY")) {
				assertThat(person.politicalAffiliation()).isEqualTo("无党派人士");
			}
			assertThat(person.categories().contains("ETHNIC_MINORITY")).isEqualTo(!person.ethnicity().equals("汉族"));
			if (person.categories().contains("RELIGIOUS")) {
				assertThat(person.religion()).isIn("佛教", "道教", "伊斯兰教", "天主教", "基督教");
			}
		}
	}

	@Test
	void religionExpertiseAndAwardsAreMostlyEmptyAndOneNationalModelWorkerExists() {
		assertThat(people.stream().filter(person -> person.religion().isEmpty()).count()).isGreaterThan(850);
		assertThat(people.stream().filter(person -> person.expertise().isEmpty()).count()).isGreaterThan(850);
		assertThat(people.stream().filter(person -> person.awards().equals("全国劳动模范"))).hasSize(1);
		assertThat(people).extracting(DemoPerson::ethnicity).contains("汉族", "彝族", "藏族", "回族", "羌族");
		assertThat(people.stream().filter(person -> person.ethnicity().equals("汉族")).count()).isGreaterThan(800);
	}

	@Test
	void everyoneHasEducationWorkUnitAndPost() {
		assertThat(people).allSatisfy(person -> {
			assertThat(person.education()).isIn("初中", "高中", "中专", "大专", "本科", "硕士研究生", "博士研究生");
			assertThat(person.workUnit()).isNotBlank();
			assertThat(person.post()).isNotBlank();
		});
	}

	@Test
	void refusesANegativeCountOrPeopleWithoutVillages() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoPeople.generate(1L, -1, villages));
		assertThatIllegalArgumentException().isThrownBy(() -> DemoPeople.generate(1L, 1, List.of()));
	}

}
