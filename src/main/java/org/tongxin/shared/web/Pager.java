package org.tongxin.shared.web;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.tongxin.shared.domain.Rejection;

/**
 * The page of a list a user asked for, as the address gives it (the link's page from 0, a "jump
 * to" page from 1, the rows per page), within {@link PageSize}'s bounds and never silently wrong:
 * text that is no number is the pager's problem, named on the pager ({@code pageProblem}: the
 * first page or the default size is shown), and a page past the last shows the last
 * ({@link #show}), so the pager never reads "page 100 of 4".
 *
 * @param page the page to ask for, from 0
 * @param size the rows per page, one of {@link PageSize#OFFERED}
 * @param problem what was wrong with the pager's fields, or null
 */
public record Pager(int page, int size, Rejection.FieldProblem problem) {

	/** A list's query for one page: may refuse its filter with a {@link Rejection}. */
	@FunctionalInterface
	public interface PageQuery<P extends Page<?>> {

		P at(int page, int size);

	}

	/** The pager of the address: page (from 0), jump (from 1) and size as typed, each may be absent. */
	public static Pager of(String page, String jump, String size) {
		Rejection.FieldProblem problem = unreadable(page) ? invalidPage(page)
				: unreadable(jump) ? invalidPage(jump) : unreadable(size)
						? new Rejection.FieldProblem("size", "paging.size.invalid", shown(size), PageSize.DEFAULT) : null;
		int linked = unreadable(page) ? 0 : number(page);
		int chosen = unreadable(jump) || blank(jump) ? linked : number(jump) - 1;
		return new Pager(Math.min(Math.max(chosen, 0), PageSize.MAX_PAGE), PageSize.of(size), problem);
	}

	/** The page asked for, or the last one when that lies past the end (one more statement, only then). */
	public <P extends Page<?>> P show(PageQuery<P> query) {
		P asked = query.at(page, size);
		int last = Math.max(0, asked.getTotalPages() - 1);
		return asked.getContent().isEmpty() && asked.getNumber() > last ? query.at(last, size) : asked;
	}

	/** Names the pager's problem for the pagination fragment ({@code pageProblem}), if there is one. */
	public Pager describe(Model model) {
		if (problem != null) {
			model.addAttribute("pageProblem", problem);
		}
		return this;
	}

	private static Rejection.FieldProblem invalidPage(String typed) {
		return new Rejection.FieldProblem("page", "paging.page.invalid", shown(typed));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Typed, and not a whole number. */
	private static boolean unreadable(String text) {
		return !blank(text) && !text.strip().matches("[-+]?\\d+");
	}

	/** A whole number (or none: 0), held within ±{@link PageSize#MAX_PAGE} however many digits it has. */
	private static int number(String text) {
		if (blank(text)) {
			return 0;
		}
		String digits = text.strip().replaceFirst("^[-+]", "");
		int magnitude = digits.length() > 9 ? PageSize.MAX_PAGE : Math.min(Integer.parseInt(digits), PageSize.MAX_PAGE);
		return text.strip().startsWith("-") ? -magnitude : magnitude;
	}

	/** What the reason quotes of the typed text: printable and short. */
	private static String shown(String text) {
		String printable = text.strip().replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
	}

}
