package org.tongxin.proposals.decisions;

import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;

/** The list's filters as typed (year, issuer), and a source kind in a path, read the same by pages and API. */
record ListFilter(Integer year, Issuer issuer) {

	static ListFilter of(String year, String issuer) {
		Integer y = null;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException ex) {
				throw new Rejection("year", "decision.filter.year.invalid");
			}
			if (y < 1949 || y > 2200) {
				throw new Rejection("year", "decision.filter.year.invalid");
			}
		}
		Issuer i = null;
		if (issuer != null && !issuer.isBlank()) {
			try {
				i = Issuer.valueOf(issuer.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("issuer", "decision.issuer.invalid");
			}
		}
		return new ListFilter(y, i);
	}

	/** A kind in a path: an unknown one names no record, so it is a 404 like an unknown id. */
	static SourceKind kindInPath(String kind, long id) {
		try {
			return SourceKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("source", id);
		}
	}

}
