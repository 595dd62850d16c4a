package org.tongxin.shared.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list too large to count whole on every request: lists count their matches up to
 * {@link #EXACT_TOTAL_LIMIT} and beyond that say "more than", with {@link #isTotalCapped()} true and
 * the total a lower bound. Lists are for finding records; figures pages give exact numbers.
 */
public class CappedPage<T> extends PageImpl<T> {

	public static final int EXACT_TOTAL_LIMIT = 10_000;

	private final boolean totalCapped;

	public CappedPage(List<T> content, Pageable pageable, long total, boolean totalCapped) {
		super(content, pageable, total);
		this.totalCapped = totalCapped;
	}

	public boolean isTotalCapped() {
		return totalCapped;
	}

}
