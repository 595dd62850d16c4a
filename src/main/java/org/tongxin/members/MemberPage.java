package org.tongxin.members;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of the member list. Counting every match of a large registry costs more than the page
 * itself, so the list counts up to {@code EXACT_TOTAL_LIMIT} and beyond that says "more than":
 * {@link #isTotalCapped()} is true and the total is the limit, a lower bound. The list is for
 * finding people (filters narrow it); the coverage figures give exact numbers.
 */
public class MemberPage extends PageImpl<MemberRow> {

	public static final int EXACT_TOTAL_LIMIT = 10_000;

	private final boolean totalCapped;

	public MemberPage(List<MemberRow> content, Pageable pageable, long total, boolean totalCapped) {
		super(content, pageable, total);
		this.totalCapped = totalCapped;
	}

	public boolean isTotalCapped() {
		return totalCapped;
	}

}
