package org.tongxin.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The page sizes every list offers (20, 50, 100) and the page a user asked for. What arrives in
 * the address is bounded here, never trusted: an unreadable size is the default, any other number
 * the nearest size offered; a page typed into "jump to" counts from 1.
 */
public final class PageSize {

	public static final List<Integer> OFFERED = List.of(20, 50, 100);

	public static final int DEFAULT = 20;

	/** Far beyond any list, short of overflowing an offset. */
	static final int MAX_PAGE = 1_000_000;

	private PageSize() {
	}

	/** The size asked for, as one of {@link #OFFERED}. */
	public static int of(String asked) {
		Integer n = number(asked);
		if (n == null) {
			return DEFAULT;
		}
		return OFFERED.stream().filter(size -> n <= size).findFirst().orElse(OFFERED.get(OFFERED.size() - 1));
	}

	/** The 0-based page: a "jump to" page (1-based) when one was typed, else the page of the link. */
	public static int page(String jump, int page) {
		Integer typed = number(jump);
		int chosen = typed != null ? typed - 1 : page;
		return Math.min(Math.max(chosen, 0), MAX_PAGE);
	}

	/** One page of a list already read whole (short lists such as decisions or pending corrections). */
	public static <T> Page<T> slice(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		return new PageImpl<>(all.subList(from, Math.min(from + size, all.size())), PageRequest.of(page, size), all.size());
	}

	private static Integer number(String text) {
		if (text == null || !text.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

}
