package org.tongxin.proposals.decisions;

import java.time.LocalDate;

/** A checked result, its owner unit still as a code (resolved by the service, which knows the units). */
record ResultValues(String title, String description, String ownerUnitCode, String ownerName, LocalDate startsOn,
		LocalDate dueOn) {
}
