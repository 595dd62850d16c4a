package org.tongxin.members;

import java.util.List;

import org.tongxin.shared.web.CappedPage;
import org.springframework.data.domain.Pageable;

/**
 * A page of the member list, counted up to {@link CappedPage#EXACT_TOTAL_LIMIT}: the coverage
 * figures give exact numbers.
 */
public class MemberPage extends CappedPage<MemberRow> {

	public static final int EXACT_TOTAL_LIMIT = CappedPage.EXACT_TOTAL_LIMIT;

	public MemberPage(List<MemberRow> content, Pageable pageable, long total, boolean totalCapped) {
		super(content, pageable, total, totalCapped);
	}

}
