package org.tongxin.members.selfservice;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.tongxin.shared.web.Rejection;

/** Puts a rejection's problems next to their form fields, or at the top when they concern no field. */
final class SelfFormErrors {

	private SelfFormErrors() {
	}

	static void bind(Rejection rejection, BindingResult result) {
		for (Rejection.FieldProblem p : rejection.problems()) {
			if (p.field() != null && result.getTarget() != null
					&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(p.field())) {
				result.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			else {
				result.reject(p.code(), p.args(), p.code());
			}
		}
	}

}
