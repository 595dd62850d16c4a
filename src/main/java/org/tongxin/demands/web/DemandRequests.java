package org.tongxin.demands.web;

import java.math.BigDecimal;
import java.util.List;

import org.tongxin.demands.Assignment;

/** The bodies of the demand API's steps. Enum values come as text and are checked here, naming the field. */
final class DemandRequests {

	private DemandRequests() {
	}

	record Submit(Long categoryId, String categoryCode, String title, String description, Long personId, Long enterpriseId,
			String stationCode) {
	}

	record Accept(long version, String unitCode, Long leadUserId, List<Long> coHandlerIds) {

		Assignment assignment() {
			return new Assignment(unitCode, leadUserId, coHandlerIds);
		}

	}

	record Decline(long version, String reason) {
	}

	record Transfer(long version, String unitCode, Long leadUserId, List<Long> coHandlerIds, String reason) {

		Assignment assignment() {
			return new Assignment(unitCode, leadUserId, coHandlerIds);
		}

	}

	record Note(String note) {
	}

	record Answer(long version, String answer, BigDecimal amount) {
	}

	record Rate(long version, String rating, String comment) {
	}

}
