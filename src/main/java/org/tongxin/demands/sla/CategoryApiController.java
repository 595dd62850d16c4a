package org.tongxin.demands.sla;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.demands.DemandCategory;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Demand categories for other systems: every signed-in user reads the active ones (the choice of
 * a submission form); adding and changing need {@code DEMAND_CATEGORY_MANAGE} (checked by
 * {@link CategoryAdministration}).
 */
@RestController
@RequestMapping("/api/v1/demands/categories")
@Tag(name = "Demand categories", description = "Demand categories and their time limits in working days (DEMAND_CATEGORY_MANAGE to change).")
class CategoryApiController {

	private final Categories categories;

	private final CategoryAdministration administration;

	CategoryApiController(Categories categories, CategoryAdministration administration) {
		this.categories = categories;
		this.administration = administration;
	}

	/** A category offered to new demands; {@code name} in the caller's language. */
	record CategoryView(long id, String code, String name, String nameZh, String nameEn, int acceptDays, int answerDays,
			int reopenDays, int warnDays, boolean withAmount) {

		static CategoryView of(DemandCategory c, Locale locale) {
			return new CategoryView(c.id(), c.code(), c.name(locale), c.nameZh(), c.nameEn(), c.acceptDays(), c.answerDays(),
					c.reopenDays(), c.warnDays(), c.withAmount());
		}

	}

	/** A category as its administrators see it, with its version for the next change. */
	record ManagedView(long id, String code, String nameZh, String nameEn, int acceptDays, int answerDays, int reopenDays,
			int warnDays, boolean withAmount, boolean active, int sortOrder, long version) {

		static ManagedView of(ManagedCategory m) {
			DemandCategory c = m.category();
			return new ManagedView(c.id(), c.code(), c.nameZh(), c.nameEn(), c.acceptDays(), c.answerDays(), c.reopenDays(),
					c.warnDays(), c.withAmount(), c.active(), m.sortOrder(), m.version());
		}

	}

	/** To add (code required; active ignored) or change (version required; code ignored; active null: unchanged) a category. */
	record CategoryRequest(String code, String nameZh, String nameEn, Integer acceptDays, Integer answerDays,
			Integer reopenDays, Integer warnDays, Boolean withAmount, Integer sortOrder, Boolean active, Long version) {

		CategoryInput input() {
			return new CategoryInput(code, nameZh, nameEn, text(acceptDays), text(answerDays), text(reopenDays),
					text(warnDays), Boolean.TRUE.equals(withAmount), text(sortOrder));
		}

		private static String text(Integer n) {
			return n == null ? null : n.toString();
		}

	}

	@Operation(summary = "The active demand categories", description = """
			Any signed-in user (for forms). In display order, each with its time limits in working days:
			`acceptDays`, `answerDays`, `reopenDays`, `warnDays`, and `withAmount` (answers record an amount).
			""")
	@GetMapping
	List<CategoryView> active(Locale locale) {
		return categories.active().stream().map(c -> CategoryView.of(c, locale)).toList();
	}

	@Operation(summary = "One category with its version", description = """
			DEMAND_CATEGORY_MANAGE. Inactive ones included.
			""")
	@GetMapping("/{id}")
	ManagedView one(@PathVariable long id) {
		return ManagedView.of(administration.get(id));
	}

	@Operation(summary = "Add a category", description = """
			DEMAND_CATEGORY_MANAGE. Body: `code` (2–32 upper-case letters, digits or `_`, starting with a
			letter; never changes), `nameZh` (≤ 50), `nameEn` (≤ 80), `acceptDays` (0–60), `answerDays`
			(1–250), `reopenDays` (1–250), `warnDays` (0–60 and fewer than `answerDays`), `withAmount`,
			`sortOrder`. Example: `{"code":"TAX","nameZh":"税务服务","nameEn":"Tax services","acceptDays":2,
			"answerDays":10,"reopenDays":5,"warnDays":2,"withAmount":false}`. 201, active. Audited. 400 naming
			every bad field; the code taken is 400 naming `code`.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ManagedView create(@AuthenticationPrincipal Actor actor, @RequestBody CategoryRequest request) {
		return ManagedView.of(administration.create(actor, request.input()));
	}

	@Operation(summary = "Change a category's names and time limits, or deactivate it", description = """
			DEMAND_CATEGORY_MANAGE. Body as create without `code`, plus `version` (required; 409 when stale) and
			`active` (false: deactivate — new demands can no longer choose it, old cases keep it; true:
			reactivate; absent: unchanged). Deadlines already set on cases do not move: they are dates stored
			when each step began. Audited.
			""")
	@PutMapping("/{id}")
	ManagedView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody CategoryRequest request) {
		if (request.version() == null) {
			throw new Rejection("version", "demand.category.version.required");
		}
		return ManagedView.of(administration.update(actor, id, request.version(), request.input(), request.active()));
	}

}
