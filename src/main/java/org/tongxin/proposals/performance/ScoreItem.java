package org.tongxin.proposals.performance;

import java.math.BigDecimal;

import org.tongxin.proposals.Level;

/**
 * What earns duty-performance points (履职积分), with the default points of a new session. The
 * dates that place an item in a period: a proposal's first submission, its REGISTERED event, an
 * adoption's adopted_on, an instruction's instructed_on, a linked decision's decided_on.
 */
public enum ScoreItem {

	PROPOSAL_SUBMITTED("1"), PROPOSAL_COSIGNED("0.5"), PROPOSAL_REGISTERED("2"), REPORT_SUBMITTED("1"),
	REPORT_ADOPTED_DISTRICT("2"), REPORT_ADOPTED_CITY("3"), REPORT_ADOPTED_PROVINCE("5"), REPORT_ADOPTED_NATIONAL("8"),
	INSTRUCTED_DISTRICT("3"), INSTRUCTED_CITY("5"), INSTRUCTED_PROVINCE("8"), INSTRUCTED_NATIONAL("10"),
	DECISION("10");

	private final BigDecimal defaultPoints;

	ScoreItem(String defaultPoints) {
		this.defaultPoints = new BigDecimal(defaultPoints).setScale(2);
	}

	public BigDecimal defaultPoints() {
		return defaultPoints;
	}

	static ScoreItem adopted(Level level) {
		return valueOf("REPORT_ADOPTED_" + level.name());
	}

	static ScoreItem instructed(Level level) {
		return valueOf("INSTRUCTED_" + level.name());
	}

}
