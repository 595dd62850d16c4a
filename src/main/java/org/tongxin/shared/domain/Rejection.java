package org.tongxin.shared.domain;

import java.util.List;

/**
 * A request refused by a rule, with the field it concerns and a message code from the bundles.
 * Domain policies return or throw these; the web layer renders them next to the field (pages)
 * or as {@code application/problem+json} with {@code errors[]} (API), in the caller's language.
 * Throwing one inside a transaction rolls it back: the request changes nothing.
 */
public class Rejection extends RuntimeException {

	private final List<FieldProblem> problems;

	public Rejection(String field, String code, Object... args) {
		this(List.of(new FieldProblem(field, code, args)));
	}

	public Rejection(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "rejected" : problems.get(0).code());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** One reason: the field (null for the whole request), the message code and its arguments. */
	public record FieldProblem(String field, String code, Object... args) implements java.io.Serializable {
	}

}
