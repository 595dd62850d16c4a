package org.tongxin.members.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberDraft;
import org.tongxin.members.demo.DemoPeople;
import org.tongxin.members.demo.DemoPerson;
import org.tongxin.members.internal.MemberWriter;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * The demo registry: a few hundred invented people over the villages of the demo district, written
 * through the same rules as a user's registrations (demo mode, empty registry only; a restart
 * changes nothing). Runs after the network (@Order(100)) and the demo accounts (@Order(200)).
 * Liaisons are the demo accounts where they exist: the town officers for their towns, the
 * community liaison for her community, department staff for some others; the rest have none, so
 * the coverage figures show real gaps.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoRegistry implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	static final String DISTRICT = "511112";

	static final int COUNT = 300;

	static final long SEED = 511112L;

	private static final LocalDate BUILD_UP_START = LocalDate.of(2019, 3, 1);

	private static final LocalDate BUILD_UP_END = LocalDate.of(2021, 11, 30);

	private static final LocalDate SINCE = LocalDate.of(2022, 1, 10);

	private static final LocalDate LATEST = LocalDate.of(2026, 10, 30);

	/** Writes as the platform itself: the whole network in scope. */

	private final PersonRepository people;

	private final MemberWriter writer;

	private final Units units;

	private final TransactionTemplate transactions;

	private final UserDirectory userDirectory;

	DemoRegistry(PersonRepository people, MemberWriter writer, Units units, TransactionTemplate transactions,
			UserDirectory userDirectory) {
		this.userDirectory = userDirectory;
		this.people = people;
		this.writer = writer;
		this.units = units;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> villages = villageCodes();
		if (villages.isEmpty() || people.count() > 0) {
			return;
		}
		Actor system = new SystemActor(0L, "system", "system", units.deploymentRoot().id(), DataScope.ALL,
				EnumSet.allOf(Privilege.class));
		transactions.executeWithoutResult(status -> {
			int index = 0;
			for (DemoPerson person : DemoPeople.generate(SEED, COUNT, villages)) {
				writer.on(Clock.fixed(registeredAt(index, COUNT), ZoneOffset.UTC))
					.create(system, draft(person, liaison(person.villageCode(), index)));
				index++;
			}
		});
		log.info("Loaded {} demo members over {} villages", COUNT, villages.size());
	}

	/**
	 * The day person {@code index} was registered, at ten in the morning in Sichuan: three quarters
	 * while the network was built for "full coverage" (March 2019 to November 2021), the rest since
	 * 2022, in an order scattered over the villages (7919 is prime, so every index gets its own slot).
	 */
	static Instant registeredAt(int index, int count) {
		int slot = (int) ((index * 7919L) % count);
		int early = count * 3 / 4;
		LocalDate day = slot < early
				? BUILD_UP_START.plusDays(ChronoUnit.DAYS.between(BUILD_UP_START, BUILD_UP_END) * slot / early)
				: SINCE.plusDays(ChronoUnit.DAYS.between(SINCE, LATEST) * (slot - early) / Math.max(1, count - early));
		return day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	/** Villages and communities under the district, town by town (a search answers at most 100 units). */
	private List<String> villageCodes() {
		List<String> codes = new ArrayList<>();
		UnitSummary district = units.findByCode(DISTRICT).orElse(null);
		if (district == null) {
			return codes;
		}
		for (UnitSummary town : units.search(DISTRICT, district.path(), 100)) {
			if (town.kind() == UnitKind.TOWNSHIP) {
				units.search(town.code(), town.path(), 100).stream()
					.filter(u -> u.kind() == UnitKind.VILLAGE)
					.forEach(u -> codes.add(u.code()));
			}
		}
		return codes.stream().sorted().toList();
	}

	/** Deterministic, so that a demo looks the same every time. */
	private Long liaison(String villageCode, int index) {
		String username = villageCode.startsWith("511112100003") ? "huangjuejing"
				: villageCode.startsWith("511112100") && index % 3 != 0 ? "zhugen"
				: villageCode.startsWith("511112101") && index % 2 == 0 ? "niuhua"
				: index % 4 == 0 ? "staff" : null;
		return username == null ? null : userDirectory.findByUsername(username).map(UserSummary::id).orElse(null);
	}

	private static MemberDraft draft(DemoPerson p, Long liaison) {
		return new MemberDraft(p.name(), p.villageCode(), p.gender().name(), p.birthDate().toString(), p.ethnicity(),
				p.idNumber(), p.phone(), p.education(), p.workUnit(), p.post(), p.politicalAffiliation(), p.religion(),
				p.expertise(), p.awards(), "", liaison, p.categories(), null);
	}

}
