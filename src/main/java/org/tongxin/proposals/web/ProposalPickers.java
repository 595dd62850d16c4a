package org.tongxin.proposals.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.proposals.internal.ProposalStore;
import org.tongxin.shared.domain.Rejection;

/** What the page forms choose by name or code: handling units, and the proposal to merge into. */
@Component
class ProposalPickers {

	private static final int LIMIT = 20;

	private final Units units;

	private final ProposalStore proposals;

	ProposalPickers(Units units, ProposalStore proposals) {
		this.units = units;
		this.proposals = proposals;
	}

	List<UnitSummary> units(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return units.search(text.strip(), null, LIMIT);
	}

	/** The unit of that code (null when empty), or a Rejection on {@code field}. */
	Long unitId(String field, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return units.findByCodeOrName(code)
			.map(UnitSummary::id)
			.orElseThrow(() -> new Rejection(field, "proposal.unit.unknown", code.strip()));
	}

	List<Long> unitIds(String field, List<String> codes) {
		List<Long> ids = new ArrayList<>();
		for (String code : codes) {
			Long id = unitId(field, code);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** The proposal of that number, or a Rejection on {@code targetNo}. */
	Long proposalId(String number) {
		if (number == null || number.isBlank()) {
			throw new Rejection("targetNo", "proposal.targetId.required");
		}
		return proposals.idOfNumber(number)
			.orElseThrow(() -> new Rejection("targetNo", "proposal.target.unknown", number.strip()));
	}

}
