package org.tongxin.shared.web;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.tongxin.shared.domain.Rejection;

/**
 * What every list page with a filter bar does around its query, the same way: the pager read by
 * {@link Pager} (a page past the last shows the last; text that is no number is named on the
 * pager); a filter that is refused (a field that could not be bound, or a {@link Rejection} of the
 * query, such as a unit out of scope) is not shown as an empty list but named
 * ({@code filterProblem}: its field, e.g. the unit, shows the reason), and no rows are read.
 */
public final class FilteredList {

	private FilteredList() {
	}

	/**
	 * The page of the list to show, or {@code refused} when the filter was refused.
	 * @param invalidCode the reason for a filter field that could not be bound (text in a number or date field)
	 */
	public static <P extends Page<?>> P page(ListFilterForm form, BindingResult binding, String invalidCode, Model model,
			P refused, Pager.PageQuery<P> query) {
		Pager pager = form.pager(binding).describe(model);
		Optional<FieldError> unbound = binding.getFieldErrors().stream().filter(e -> !"page".equals(e.getField())).findFirst();
		if (unbound.isPresent()) {
			model.addAttribute("filterProblem", new Rejection.FieldProblem(unbound.get().getField(), invalidCode));
			return refused;
		}
		try {
			return pager.show(query);
		}
		catch (Rejection rejection) {
			model.addAttribute("filterProblem", rejection.problems().get(0));
			return refused;
		}
	}

}
