package org.tongxin.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.ActorFixtures;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** How UnitAccess turns each data scope into a UnitScope, for records, for units and for the dispatch domain. */
@SpringBootTest
// the shared test context (a context of its own would be a second search-outbox processor over the
// one external database of CI and take the main context's index events)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitAccessScopeTests {

	private static final Set<Privilege> DEMANDS = EnumSet.of(Privilege.DEMAND_VIEW, Privilege.DEMAND_HANDLE);

	@Autowired
	UnitAccess access;

	@Autowired
	Units units;

	private UnitSummary town() {
		return units.findByCode("511112100").orElseThrow();
	}

	private Actor actor(DataScope scope, Privilege... privileges) {
		return ActorFixtures.actor(scope, town().id(), privileges);
	}

	@Test
	void recordsAreSeenByUnitAsFarAsTheScopeReachesAndNotAtAllForOwn() {
		assertThat(access.scope(actor(DataScope.ALL))).isEqualTo(UnitScope.everyUnit());
		assertThat(access.scope(actor(DataScope.UNIT_AND_BELOW))).isEqualTo(UnitScope.subtreeOf(town()));
		assertThat(access.scope(actor(DataScope.UNIT))).isEqualTo(UnitScope.only(town().id()));
		assertThat(access.scope(actor(DataScope.OWN))).isEqualTo(UnitScope.noUnit());
	}

	@Test
	void aScopeForSomePrivilegesIsNoUnitWithoutOneOfThem() {
		assertThat(access.scope(actor(DataScope.UNIT_AND_BELOW, Privilege.DEMAND_HANDLE), DEMANDS))
			.isEqualTo(UnitScope.subtreeOf(town()));
		assertThat(access.scope(actor(DataScope.ALL, Privilege.MEMBER_VIEW), DEMANDS)).isEqualTo(UnitScope.noUnit());
		assertThat(access.scope(actor(DataScope.OWN, Privilege.DEMAND_VIEW), DEMANDS)).isEqualTo(UnitScope.noUnit());
	}

	@Test
	void unitsAreSeenAsCanSeeDecidesAndOwnSeesTheHomeUnit() {
		assertThat(access.visibleUnits(actor(DataScope.OWN))).isEqualTo(UnitScope.only(town().id()));
		assertThat(access.visibleUnits(actor(DataScope.UNIT_AND_BELOW))).isEqualTo(UnitScope.subtreeOf(town()));
		for (DataScope scope : DataScope.values()) {
			Actor actor = actor(scope);
			for (UnitSummary unit : units.children(town().id())) {
				assertThat(access.visibleUnits(actor).admits(unit.id(), unit.path())).as(scope + " " + unit.code())
					.isEqualTo(access.canSee(actor, unit.id()));
			}
			assertThat(access.visibleUnits(actor).admits(town().id(), town().path())).isTrue();
		}
	}

	@Test
	void theDispatchDomainOfTheDepartmentIsItsOwnLevel() {
		assertThat(access.domain(actor(DataScope.ALL))).isEqualTo(UnitScope.only(town().id()));
		assertThat(access.domain(actor(DataScope.UNIT_AND_BELOW))).isEqualTo(UnitScope.subtreeOf(town()));
		assertThat(access.domain(actor(DataScope.UNIT))).isEqualTo(UnitScope.only(town().id()));
	}

	@Test
	void aMissingHomeUnitBoundsToNothing() {
		Actor lost = ActorFixtures.actor(DataScope.UNIT_AND_BELOW, Long.MAX_VALUE);
		assertThat(access.scope(lost)).isEqualTo(UnitScope.noUnit());
		assertThat(access.search(lost, "镇", 5)).isEmpty();
	}

	@Test
	void unitSearchesStayInThePartOfTheTreeTheActorWorksIn() {
		assertThat(access.search(actor(DataScope.UNIT), "村", 20)).isNotEmpty()
			.allSatisfy(u -> assertThat(u.isWithin(town())).isTrue());
		assertThat(access.search(actor(DataScope.ALL), "牛华", 20)).isNotEmpty();
		assertThat(access.search(actor(DataScope.UNIT_AND_BELOW), "牛华", 20)).isEmpty();
	}

}
