package org.tongxin.members.importing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/** A row's problems in words: "身份证号：校验码不正确；联系电话：……". */
final class ProblemText {

	private ProblemText() {
	}

	static String of(List<RowProblem> problems, MessageSource messages, Locale locale) {
		return problems.stream().map(p -> one(p, messages, locale))
			.collect(Collectors.joining(messages.getMessage("member.import.problem.separator", null, locale)));
	}

	static String one(RowProblem p, MessageSource messages, Locale locale) {
		return messages.getMessage("member.import.problem.format",
				new Object[] { column(p.column(), messages, locale), reason(p, messages, locale) }, locale);
	}

	static String column(ImportColumn column, MessageSource messages, Locale locale) {
		return messages.getMessage(column.headerKey(), null, locale);
	}

	static String reason(RowProblem p, MessageSource messages, Locale locale) {
		return messages.getMessage(p.code(), p.args(), p.code(), locale);
	}

}
