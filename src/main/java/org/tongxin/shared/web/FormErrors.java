package org.tongxin.shared.web;

import java.util.Map;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.tongxin.shared.domain.Rejection;

/**
 * Puts a rejection's problems next to their form fields, or at the top when they concern no field
 * of the form. {@code aliases} map a rule's field name to the form property that holds it (a
 * step's "reason" typed into the form's "text").
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void bind(Rejection rejection, BindingResult result) {
		bind(rejection, result, Map.of());
	}

	public static void bind(Rejection rejection, BindingResult result, Map<String, String> aliases) {
		for (Rejection.FieldProblem p : rejection.problems()) {
			String field = p.field() == null ? null : aliases.getOrDefault(p.field(), p.field());
			if (field != null && result.getTarget() != null
					&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field)) {
				result.rejectValue(field, p.code(), p.args(), p.code());
			}
			else {
				result.reject(p.code(), p.args(), p.code());
			}
		}
	}

}
