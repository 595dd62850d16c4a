package org.tongxin.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.domain.Rejection;

/**
 * The member categories (统战工作对象) as the department keeps them in {@code members_category}, with
 * the synonyms an import reads: read once and kept (every list, form and figure needs them),
 * {@link #reload} after a change is committed. Another node sees a change after its next reload;
 * a stale read there can only offer a category just deactivated, or name one by its old name.
 */
@Component
public class MemberCategories {

	/** What separates categories in a cell, and what {@link #key} leaves out. */
	static final Pattern SEPARATORS = Pattern.compile("[\\s、,，;；/|]+");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AtomicReference<Snapshot> cache = new AtomicReference<>();

	/** In display order; {@code byKey}: the code, both names and every synonym by {@link #key}. */
	private record Snapshot(Map<String, MemberCategory> byCode, Map<String, String> byKey,
			Map<String, List<String>> synonyms) {
	}

	MemberCategories(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Every category in display order, inactive ones included. */
	public List<MemberCategory> all() {
		return List.copyOf(snapshot().byCode().values());
	}

	/** The categories offered for new entries, in display order. */
	public List<MemberCategory> active() {
		return snapshot().byCode().values().stream().filter(MemberCategory::active).toList();
	}

	/** The category of a code as typed (any case), if the vocabulary has it. */
	public Optional<MemberCategory> find(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(snapshot().byCode().get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** The other names an import reads as this category, in the order they were given. */
	public List<String> synonyms(String code) {
		return snapshot().synonyms().getOrDefault(code, List.of());
	}

	/** A person's categories in display order; a code the vocabulary lacks is kept, named by itself. */
	public List<MemberCategory> of(Collection<String> codes) {
		Map<String, MemberCategory> byCode = snapshot().byCode();
		return codes.stream()
			.distinct()
			.map(code -> byCode.getOrDefault(code, MemberCategory.unknown(code)))
			.sorted(Comparator.comparingInt(MemberCategory::sortOrder).thenComparing(MemberCategory::code))
			.toList();
	}

	/**
	 * The name of a code in the reader's language; a code retired with the vocabulary (old history:
	 * RETURNED_OVERSEAS, HK_MACAO_TAIWAN) by the name it had then, else the code itself.
	 */
	public String name(String code, Locale locale) {
		MemberCategory category = snapshot().byCode().get(code);
		if (category != null) {
			return category.name(locale);
		}
		return messages.getMessage("member.category.retired." + code, null, code, locale);
	}

	/** The category a text names: its code, Chinese or English name, or a synonym, in any case and spacing. */
	public Optional<String> resolve(String text) {
		return text == null ? Optional.empty() : Optional.ofNullable(snapshot().byKey().get(key(text)));
	}

	/**
	 * The categories of a sheet cell, such as {@code 民主党派、党外知识分子}: the longest run of pieces
	 * that names a category wins, so that {@code 华侨、归侨及侨眷} is one category although it holds a
	 * separator. A piece that names none is passed on as written, for the rules to name it.
	 */
	public Set<String> parse(String cell) {
		Set<String> codes = new LinkedHashSet<>();
		if (cell == null) {
			return codes;
		}
		List<String> pieces = new ArrayList<>();
		for (String piece : SEPARATORS.split(cell.strip())) {
			if (!piece.isEmpty()) {
				pieces.add(piece);
			}
		}
		Map<String, String> byKey = snapshot().byKey();
		int i = 0;
		while (i < pieces.size()) {
			int end = pieces.size();
			String code = null;
			for (; end > i; end--) {
				code = byKey.get(key(String.join("", pieces.subList(i, end))));
				if (code != null) {
					break;
				}
			}
			if (code == null) {
				codes.add(pieces.get(i));
				i++;
			}
			else {
				codes.add(code);
				i = end;
			}
		}
		return codes;
	}

	/**
	 * How a form's or a row's category codes are accepted: a code of the vocabulary (any case), active
	 * unless the person already has it ({@code kept}). Refuses naming the field {@code categories}.
	 */
	public UnaryOperator<String> choice(Collection<String> kept) {
		Map<String, MemberCategory> byCode = snapshot().byCode();
		return typed -> {
			String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
			MemberCategory category = byCode.get(code);
			if (category == null) {
				throw new Rejection("categories", "member.category.invalid", String.valueOf(typed));
			}
			if (!category.active() && !kept.contains(code)) {
				throw new Rejection("categories", "member.category.inactive.refused", category.nameZh(), category.nameEn());
			}
			return code;
		};
	}

	/** Any code of the vocabulary, active or not: for values already checked once (an import's merge). */
	public UnaryOperator<String> anyKnown() {
		return choice(snapshot().byCode().keySet());
	}

	public void reload() {
		cache.set(null);
	}

	/** A text as names are compared: lower case, without blanks and separators. */
	public static String key(String text) {
		return SEPARATORS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private Snapshot snapshot() {
		Snapshot snapshot = cache.get();
		if (snapshot == null) {
			snapshot = load();
			cache.set(snapshot);
		}
		return snapshot;
	}

	private Snapshot load() {
		Map<String, MemberCategory> byCode = new LinkedHashMap<>();
		jdbc.sql("select code, name_zh, name_en, sort_order, active from members_category order by sort_order, code")
			.query((rs, n) -> new MemberCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list()
			.forEach(c -> byCode.put(c.code(), c));
		Map<String, String> byKey = new HashMap<>();
		Map<String, List<String>> synonyms = new HashMap<>();
		jdbc.sql("select match_key, synonym, category_code from members_category_synonym order by category_code, synonym")
			.query(rs -> {
				byKey.put(rs.getString(1), rs.getString(3));
				synonyms.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getString(2));
			});
		// a category's own code and names win over any synonym
		for (MemberCategory c : byCode.values()) {
			byKey.put(key(c.code()), c.code());
			byKey.put(key(c.nameZh()), c.code());
			byKey.put(key(c.nameEn()), c.code());
		}
		return new Snapshot(Collections.unmodifiableMap(byCode),
				Map.copyOf(byKey), Map.copyOf(synonyms));
	}

}
