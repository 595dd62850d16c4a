package org.tongxin.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.DayKind;
import org.tongxin.calendar.internal.CalendarAdministration;
import org.tongxin.calendar.internal.CalendarRules;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * {@code /admin/calendar}: a year as twelve month grids, the form to mark a day and the list of
 * marked days with a clear button each. The forms redirect back to the year with a flash message,
 * or come back with their errors next to the fields.
 */
@Controller
@Requires(Privilege.CALENDAR_MANAGE)
class CalendarPageController {

	private final BusinessCalendar calendar;

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarPageController(BusinessCalendar calendar, CalendarAdministration administration, Clock clock) {
		this.calendar = calendar;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String year(@RequestParam(required = false) String year, Model model) {
		model.addAttribute("form", new DayForm());
		return page(year == null ? LocalDate.now(clock).getYear() : CalendarRules.year(year), model);
	}

	@PostMapping("/admin/calendar/days")
	String mark(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") DayForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			CalendarDay day = administration.mark(actor, form.getDate(), form.getKind(), form.getName());
			redirect.addFlashAttribute("flash", "calendar.flash.marked");
			return "redirect:/admin/calendar?year=" + day.date().getYear();
		}
		catch (Rejection rejection) {
			for (Rejection.FieldProblem p : rejection.problems()) {
				binding.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			return page(yearOf(form.getDate()), model);
		}
	}

	@PostMapping("/admin/calendar/days/clear")
	String clear(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String date,
			RedirectAttributes redirect) {
		LocalDate day = CalendarRules.date(date);
		administration.clear(actor, date);
		redirect.addFlashAttribute("flash", "calendar.flash.cleared");
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	private int yearOf(String date) {
		try {
			return CalendarRules.date(date).getYear();
		}
		catch (Rejection ex) {
			return LocalDate.now(clock).getYear();
		}
	}

	private String page(int year, Model model) {
		List<CalendarDay> marked = calendar.markedDays(year);
		Map<LocalDate, CalendarDay> byDate = marked.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		model.addAttribute("year", year);
		model.addAttribute("previousYear", Math.max(year - 1, CalendarRules.FIRST_YEAR));
		model.addAttribute("nextYear", Math.min(year + 1, CalendarRules.LAST_YEAR));
		model.addAttribute("marked", marked);
		model.addAttribute("months", MonthGrid.year(year, byDate));
		model.addAttribute("workingDays",
				calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
		model.addAttribute("kinds", Arrays.stream(DayKind.values()).map(Enum::name).toList());
		model.addAttribute("nameMax", CalendarRules.NAME_MAX);
		return "calendar/year";
	}

}
