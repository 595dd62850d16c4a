package org.tongxin.members.demo;

import static org.tongxin.members.demo.DemoVocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Gender;

/**
 * Invented but plausible people of Wutongqiao District (Leshan, Sichuan) for demo and test data.
 * The same seed, count and villages always give the same people, so screenshots, tests and
 * benchmarks are repeatable. ID numbers and phones are unique within one call; the numbers are
 * valid by their check character but made up, and region 511112 is the district's own code.
 */
public final class DemoPeople {

	public static final String REGION = "511112";

	// Primary category of each person, weighted roughly as in a county united-front registry, over the
	// twelve kinds of the Regulations on United Front Work (V35): non-party figures and returned
	// students are few in a district, Taiwan compatriots fewer.
	private static final List<String> PRIMARY = weighted("PRIVATE_ECONOMY", 22, "NEW_SOCIAL_CLASS", 20,
			"NON_PARTY_INTELLECTUAL", 16, "DEMOCRATIC_PARTY", 14, "NON_PARTY", 3, "ETHNIC_MINORITY", 8,
			"STUDY_ABROAD", 3, "OVERSEAS_CHINESE", 5, "RELIGIOUS", 4, "HONG_KONG_MACAO", 2, "TAIWAN", 1, "OTHER", 2);

	private static final List<String> SECONDARY = List.of("PRIVATE_ECONOMY", "NEW_SOCIAL_CLASS",
			"NON_PARTY_INTELLECTUAL", "STUDY_ABROAD", "OVERSEAS_CHINESE", "HONG_KONG_MACAO", "TAIWAN", "OTHER");

	private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "158", "159", "187", "188", "180",
			"181", "135", "136", "137", "150", "151", "152", "182", "183", "133", "153", "173", "177", "199");

	private DemoPeople() {
	}

	/** {@code count} people spread over all {@code villageCodes12} (each used once count reaches their number). */
	public static List<DemoPerson> generate(long seed, int count, List<String> villageCodes12) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		if (count > 0 && (villageCodes12 == null || villageCodes12.isEmpty())) {
			throw new IllegalArgumentException("at least one village code is needed");
		}
		Random random = new Random(seed);
		List<String> villages = new ArrayList<>(villageCodes12 == null ? List.of() : villageCodes12);
		Collections.shuffle(villages, random);
		int nationalModel = count == 0 ? -1 : random.nextInt(count);
		Set<String> usedIds = new HashSet<>();
		Set<String> usedPhones = new HashSet<>();
		List<DemoPerson> people = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			people.add(person(random, usedIds, usedPhones, i == nationalModel, villages.get(i % villages.size())));
		}
		return List.copyOf(people);
	}

	private static DemoPerson person(Random random, Set<String> usedIds, Set<String> usedPhones,
			boolean nationalModel, String village) {
		Set<String> categories = new LinkedHashSet<>();
		String primary = pick(random, PRIMARY);
		categories.add(primary);
		if (random.nextInt(100) < 15) {
			categories.add(pick(random, SECONDARY));
		}
		boolean minority = primary.equals("ETHNIC_MINORITY") || random.nextInt(100) < 3;
		String ethnicity = minority ? pick(random, DemoVocabulary.MINORITIES) : "汉族";
		if (minority) {
			categories.add("ETHNIC_MINORITY");
		}
		Gender gender = random.nextInt(100) < 58 ? Gender.MALE : Gender.FEMALE;
		LocalDate birthDate = LocalDate.of(1950 + random.nextInt(51), 1, 1).plusDays(random.nextInt(365));
		String religion = religion(random, categories.contains("RELIGIOUS"), ethnicity);
		boolean learned = categories.contains("NON_PARTY_INTELLECTUAL") || categories.contains("DEMOCRATIC_PARTY")
				|| categories.contains("NON_PARTY") || categories.contains("STUDY_ABROAD");
		String[] job = job(random, primary, religion);
		// Born before 1960 means past retirement age for employees; owners and clergy carry on.
		boolean employee = !Set.of("RELIGIOUS", "PRIVATE_ECONOMY").contains(primary) && !job[0].equals("自由职业");
		String post = birthDate.getYear() < 1960 && employee ? "退休" : job[1];
		String awards = nationalModel ? "全国劳动模范"
				: random.nextInt(100) < 5 ? pick(random, DemoVocabulary.AWARDS) : "";
		if (awards.contains("三八红旗手")) {
			gender = Gender.FEMALE;
		}
		String idNumber;
		do {
			idNumber = ChineseIdNumber.generate(REGION, birthDate, random.nextInt(1000), gender.male()).value();
		}
		while (!usedIds.add(idNumber));
		String phone;
		do {
			phone = pick(random, MOBILE_PREFIXES) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
		}
		while (!usedPhones.add(phone));
		return new DemoPerson(name(random, gender, ethnicity), gender, birthDate, ethnicity, idNumber, phone,
				pick(random, learned || primary.equals("NEW_SOCIAL_CLASS") ? DemoVocabulary.EDUCATED
						: DemoVocabulary.ANY_EDUCATION),
				job[0], post, Collections.unmodifiableSet(categories), affiliation(random, categories), religion,
				random.nextInt(100) < 8 ? expertise(job[0]) : "", awards, village);
	}

	private static String name(Random random, Gender gender, String ethnicity) {
		boolean male = gender.male();
		if (ethnicity.equals("藏族")) {
			return pick(random, DemoVocabulary.TIBETAN_FIRST)
					+ pick(random, male ? DemoVocabulary.TIBETAN_MALE : DemoVocabulary.TIBETAN_FEMALE);
		}
		if (ethnicity.equals("彝族") && random.nextBoolean()) {
			return pick(random, DemoVocabulary.YI_SURNAMES)
					+ pick(random, male ? DemoVocabulary.YI_MALE : DemoVocabulary.YI_FEMALE);
		}
		String surname = ethnicity.equals("回族") && random.nextBoolean() ? "马"
				: random.nextInt(100) < 30 ? pick(random, DemoVocabulary.COMMON_SURNAMES)
						: pick(random, DemoVocabulary.SURNAMES);
		String pool = male ? DemoVocabulary.MALE_GIVEN : DemoVocabulary.FEMALE_GIVEN;
		String given = pick(random, pool);
		return surname + given + (random.nextInt(100) < 70 ? pick(random, pool) : "");
	}

	// Religious figures always have a faith; a few others do, more often among Hui and Tibetans.
	private static String religion(Random random, boolean religiousFigure, String ethnicity) {
		String faith = switch (ethnicity) {
			case "回族" -> "伊斯兰教";
			case "藏族" -> "佛教";
			default -> pick(random, DemoVocabulary.FAITHS);
		};
		int percent = ethnicity.equals("回族") || ethnicity.equals("藏族") ? 40 : 2;
		return religiousFigure || random.nextInt(100) < percent ? faith : "";
	}

	private static String[] job(Random random, String primary, String religion) {
		return switch (primary) {
			case "RELIGIOUS" -> new String[] { "五通桥区" + association(religion), random.nextBoolean() ? "副会长" : "教职人员" };
			case "PRIVATE_ECONOMY" -> random.nextInt(100) < 35 ? new String[] { "个体工商户", "经营者" }
					: random.nextInt(100) < 10 ? new String[] { "四川和邦生物科技股份有限公司", "副总经理" }
							: new String[] { "乐山市五通桥区" + pick(random, DemoVocabulary.COMPANY_WORDS)
									+ pick(random, DemoVocabulary.TRADES) + "有限公司",
									pick(random, DemoVocabulary.OWNER_POSTS) };
			case "NEW_SOCIAL_CLASS" -> pick(random, DemoVocabulary.NEW_CLASS);
			case "NON_PARTY_INTELLECTUAL", "DEMOCRATIC_PARTY", "NON_PARTY", "STUDY_ABROAD" -> pick(random, DemoVocabulary.PROFESSIONALS);
			default -> pick(random, random.nextBoolean() ? DemoVocabulary.PROFESSIONALS : DemoVocabulary.NEW_CLASS);
		};
	}

	private static String expertise(String workUnit) {
		return DemoVocabulary.EXPERTISE.stream()
			.filter(entry -> workUnit.contains(entry[0]))
			.findFirst()
			.orElseThrow()[1];
	}

	private static String association(String religion) {
		return switch (religion) {
			case "天主教" -> "天主教爱国会";
			case "基督教" -> "基督教两会";
			default -> religion + "协会";
		};
	}

	private static String affiliation(Random random, Set<String> categories) {
		if (categories.contains("DEMOCRATIC_PARTY")) {
			return pick(random, DemoVocabulary.PARTIES);
		}
		if (categories.contains("NON_PARTY") || categories.contains("NON_PARTY_INTELLECTUAL")) {
			return "无党派人士";
		}
		return random.nextInt(100) < 15 ? "无党派人士" : "群众";
	}

	private static List<String> weighted(Object... codesAndWeights) {
		List<String> list = new ArrayList<>();
		for (int i = 0; i < codesAndWeights.length; i += 2) {
			list.addAll(Collections.nCopies((Integer) codesAndWeights[i + 1], (String) codesAndWeights[i]));
		}
		return List.copyOf(list);
	}

}
