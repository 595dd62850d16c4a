package org.tongxin.org.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.Rejection;

/** Small helpers the org pages share. */
final class WebSupport {

	private WebSupport() {
	}

	/** Pages check the privilege themselves too, so a page never renders for someone without it. */
	static void require(Actor actor, Privilege privilege) {
		if (actor == null || !actor.can(privilege)) {
			throw new AccessDeniedException(privilege.name() + " required");
		}
	}

	/** A rejection from the domain, shown next to its form field (fields renamed through {@code fields}). */
	static void bind(Rejection rejection, BindingResult result, Map<String, String> fields) {
		for (Rejection.FieldProblem problem : rejection.problems()) {
			String field = problem.field() == null ? null : fields.getOrDefault(problem.field(), problem.field());
			if (field != null && hasField(result, field)) {
				result.rejectValue(field, problem.code(), problem.args(), problem.code());
			}
			else {
				result.reject(problem.code(), problem.args(), problem.code());
			}
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		return result.getTarget() != null
				&& org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget())
					.isReadableProperty(field);
	}

	/** The part of a unit's lineage the actor may see (for breadcrumbs). */
	static List<UnitSummary> visibleLineage(UnitDirectory directory, Actor actor, UnitSummary unit) {
		String prefix = directory.scopePathPrefix(actor);
		return directory.lineage(unit).stream().filter(u -> prefix == null || u.path().startsWith(prefix)).toList();
	}

}
