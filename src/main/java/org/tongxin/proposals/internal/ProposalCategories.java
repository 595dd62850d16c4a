package org.tongxin.proposals.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.domain.Rejection;

/** The categories of proposals and reports ({@code proposals_category}, fixed by migration). */
@Component
public class ProposalCategories {

	public record Category(String code, String nameZh, String nameEn) {

		public String name(Locale locale) {
			return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	private final List<Category> all;

	ProposalCategories(JdbcClient jdbc) {
		this.all = List.copyOf(jdbc.sql("select code, name_zh, name_en from proposals_category order by sort_order, code")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list());
	}

	public List<Category> all() {
		return all;
	}

	public Optional<Category> find(String code) {
		return all.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The code if it names a category; otherwise a Rejection on {@code categoryCode}. */
	String require(String code) {
		if (code == null || code.isBlank()) {
			throw new Rejection("categoryCode", "proposal.categoryCode.required");
		}
		return find(code.strip()).map(Category::code)
			.orElseThrow(() -> new Rejection("categoryCode", "proposal.category.unknown", code));
	}

}
