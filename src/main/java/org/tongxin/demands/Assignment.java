package org.tongxin.demands;

import java.util.List;

/**
 * Where a case goes to be handled: the responsible unit (by code), its lead handler (a user of that
 * unit who may handle demands) and co-handlers (users who may handle demands, from any unit).
 */
public record Assignment(String unitCode, Long leadUserId, List<Long> coHandlerIds) {

	public Assignment {
		coHandlerIds = coHandlerIds == null ? List.of() : List.copyOf(coHandlerIds);
	}

}
