package org.tongxin.members.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.tongxin.members.MemberCategory;

/**
 * The coverage of the registry for one unit's subtree on one date, as the page and the API show it.
 * {@code representatives}: distinct people in any current NPC or CPPCC seat, whatever the level
 * (the reports' "担任市、区人大代表和政协委员 195 名").
 * Percentages have one decimal (the source article's "86.86%" style, rounded to what a table shows).
 */
public record CoverageFigures(String unitCode, String unitName, LocalDate asOf, long total, long withoutLiaison,
		List<CategoryCount> byCategory, List<UnitCount> byChildUnit, long outsideChildUnits,
		List<UnitCount> childUnitsWithoutPeople, long cppccMembers, long npcDeputies, List<LevelCount> cppccByLevel,
		List<LevelCount> npcByLevel, List<CategoryCount> cppccByCategory, long representatives, List<SeatShare> seatShares) {

	/**
	 * A session current on the day with its total seats (the department's figure) and the seats
	 * the registry's people of the unit hold: for the district, the non-party share the reports
	 * quote, with two decimals as they write it (86.86%).
	 */
	public record SeatShare(String kind, String level, int sessionNumber, int totalSeats, long held, BigDecimal percent) {
	}

	/** A category's people; a person counts in each of their categories, so these do not add up to the total. */
	public record CategoryCount(MemberCategory category, long count, BigDecimal percent) {
	}

	/** A direct child unit of the chosen unit and the people registered in its subtree. */
	public record UnitCount(String code, String name, long count, BigDecimal percent) {
	}

	/** Distinct people holding a current seat of one kind at one level (COUNTY covers districts). */
	public record LevelCount(String level, long count) {
	}

	/** {@code part} of {@code whole} in percent with two decimals, as work reports write shares of seats. */
	static BigDecimal share(long part, long whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** {@code part} of {@code whole} in percent with one decimal; 0.0 of nothing rather than a division error. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
