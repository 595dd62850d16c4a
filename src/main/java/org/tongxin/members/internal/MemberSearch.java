package org.tongxin.members.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The member list's text search, answered by the person index: a name or any run of its
 * characters (丁 finds 丁子涵), full pinyin from the start (zhangsan, zhang san), initials from the
 * start (zs), words of the work unit, and for actors with MEMBER_SENSITIVE_VIEW the last 4–6
 * characters of the ID number.
 * <p>
 * Why ids and not the whole page from the index: the list's other filters (categories, talent
 * tags, representative seats, age) and its sorting stay in one SQL statement that the page, the
 * API and the export already share, so the index only has to answer the text. The data scope is
 * applied in the index query too (fewer ids) and again in SQL, so an index entry that lags behind
 * the database (a unit moved a moment ago) can hide a person for a moment, never show one outside
 * the scope. Past {@link #MAX_MATCHES} matches (a single letter over a large registry) the index
 * declines and the list falls back to LIKE on name, pinyin and initials.
 */
@Component
public class MemberSearch {

	static final int MAX_MATCHES = 20_000;

	private static final Pattern ID_TAIL = Pattern.compile("[0-9]{3,5}[0-9xX]");

	private final EntityManager entityManager;

	private final PersonDocument document;

	MemberSearch(EntityManager entityManager, PersonDocument document) {
		this.entityManager = entityManager;
		this.document = document;
	}

	/** The criteria with their text answered by the index; unchanged when there is no text or the index declines. */
	@Transactional(readOnly = true)
	public MemberCriteria narrow(Actor actor, MemberCriteria criteria) {
		if (criteria.text() == null) {
			return criteria;
		}
		return ids(criteria.text(), criteria.scope(), criteria.unitPath(), actor.can(Privilege.MEMBER_SENSITIVE_VIEW))
			.map(criteria::withMatches)
			.orElse(criteria);
	}

	/** The ids of the people in scope whose name, pinyin, initials, work unit (or ID tail) match; empty past MAX_MATCHES. */
	@Transactional(readOnly = true)
	public Optional<List<Long>> ids(String text, MemberScope scope, String unitPath, boolean idTail) {
		SearchResult<Long> result = Search.session(entityManager)
			.search(Person.class)
			.select(f -> f.id(Long.class))
			.where((f, root) -> {
				root.add(matching(f, text.trim(), idTail));
				root.add(inScope(f, scope));
				if (unitPath != null) {
					root.add(f.prefix().field(PersonDocument.UNIT_PATH).matching(unitPath));
				}
			})
			.fetch(MAX_MATCHES);
		if (result.total().hitCountLowerBound() > MAX_MATCHES) {
			return Optional.empty();
		}
		return Optional.of(result.hits());
	}

	/** The scope in the index's terms: the same bounds as {@link MemberScope#appendTo}. */
	private static SearchPredicate inScope(SearchPredicateFactory f, MemberScope scope) {
		SearchPredicate byUnit = scope.units().translate(new UnitScope.Translation<SearchPredicate>() {

			@Override
			public SearchPredicate everyUnit() {
				return f.matchAll().toPredicate();
			}

			@Override
			public SearchPredicate subtree(String path) {
				return f.prefix().field(PersonDocument.UNIT_PATH).matching(path).toPredicate();
			}

			@Override
			public SearchPredicate unit(long unitId) {
				return f.match().field(PersonDocument.UNIT).matching(unitId).toPredicate();
			}

			@Override
			public SearchPredicate noUnit() {
				return f.matchNone().toPredicate();
			}

		});
		if (scope.liaisonUserId() == null) {
			return byUnit;
		}
		return f.or(byUnit, f.match().field(PersonDocument.LIAISON).matching(scope.liaisonUserId()).toPredicate())
			.toPredicate();
	}

	private SearchPredicate matching(SearchPredicateFactory f, String text, boolean idTail) {
		var any = f.bool();
		any.should(f.phrase().field(PersonDocument.NAME_CHARS).matching(text));
		String key = MemberQuery.compact(text);
		if (!key.isEmpty()) {
			any.should(f.prefix().field(PersonDocument.PINYIN).matching(key));
			any.should(f.prefix().field(PersonDocument.INITIALS).matching(key));
		}
		any.should(f.simpleQueryString().field(PersonDocument.WORK_UNIT).matching(quoted(text))
			.defaultOperator(BooleanOperator.AND));
		if (idTail && ID_TAIL.matcher(text).matches()) {
			String tail = text.toUpperCase(Locale.ROOT);
			any.should(f.match().field(PersonDocument.ID_TAIL).matching(tail.length() == 4 ? tail : document.tailHash(tail)));
		}
		return any.toPredicate();
	}

	/** The text as plain words: the query syntax's operators are not for users to type by accident. */
	private static String quoted(String text) {
		return text.replaceAll("[+|\\-\"*()~\\\\]", " ");
	}

}
