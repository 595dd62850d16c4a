package org.tongxin.audit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * How the audit page shows what a record's detail says, in the reader's language: each key by its
 * label ({@code audit.detail.<ACTION>.<key>}, else {@code audit.detail.<key>}; "x.from" and "x.to"
 * as x's label marked old or new), each coded value by the label its module gives it (a privilege,
 * a scope, a unit kind, a status… see {@link #VALUES}; else {@code audit.value.<key>.<value>}, else
 * {@code audit.value.<value>} for yes and no), lists of codes value by value. What has no label
 * (a name, a date, a number, a code typed by an administrator) shows as written.
 */
public final class AuditDetailText {

	/** One line of a record's detail as shown: the key's label and the value's. */
	public record Line(String label, String value) {
	}

	/**
	 * The message of a coded value, by key ({@code ACTION.key} where a key means different things in
	 * different actions): {0} is the value.
	 */
	static final Map<String, String> VALUES = Map.ofEntries(Map.entry("scope", "scope.{0}"),
			Map.entry("privileges", "privilege.{0}"), Map.entry("privilegesAdded", "privilege.{0}"),
			Map.entry("privilegesRemoved", "privilege.{0}"), Map.entry("UNIT_CREATED.kind", "unit.kind.{0}"),
			Map.entry("CALENDAR_DAY_MARKED.kind", "calendar.kind.{0}"),
			Map.entry("CALENDAR_DAY_CLEARED.kind", "calendar.kind.{0}"), Map.entry("POST_ADDED.kind", "post.kind.{0}"),
			Map.entry("POST_CHANGED.kind", "post.kind.{0}"), Map.entry("level", "post.level.{0}"),
			Map.entry("PLAN_CREATED.status", "talent.plan.status.{0}"),
			Map.entry("PLAN_CHANGED.status", "talent.plan.status.{0}"), Map.entry("MEASURE_ADDED.status", "measure.status.{0}"),
			Map.entry("MEASURE_CHANGED.status", "measure.status.{0}"), Map.entry("statusBefore", "measure.status.{0}"),
			Map.entry("ENTERPRISE_CREATED.status", "enterprise.status.{0}"),
			Map.entry("ENTERPRISE_CHANGED.status", "enterprise.status.{0}"), Map.entry("issuer", "decision.issuer.{0}"),
			Map.entry("mode", "member.import.mode.{0}.short"), Map.entry("AUDIT_VERIFIED.reason", "audit.verify.reason.{0}"),
			Map.entry("fields", "member.{0}"), Map.entry("ENTERPRISE_CHANGED.fields", "enterprise.{0}"));

	/** Keys whose value is a comma-separated list of codes, each shown by its label. */
	private static final Set<String> LISTS = Set.of("privileges", "privilegesAdded", "privilegesRemoved", "fields");

	private final MessageSource messages;

	private final Locale locale;

	public AuditDetailText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The detail of a record of this action, line by line in the order it was written. */
	public List<Line> lines(String action, Map<String, String> detail) {
		List<Line> lines = new ArrayList<>();
		detail.forEach((key, value) -> lines.add(new Line(key.isEmpty() ? "" : label(action, key), value(action, key, value))));
		return lines;
	}

	String label(String action, String key) {
		for (String side : List.of("from", "to")) {
			if (key.endsWith("." + side)) {
				String base = label(action, key.substring(0, key.length() - side.length() - 1));
				return message("audit.detail.side." + side, base, base);
			}
		}
		return first(key, "audit.detail." + action + "." + key, "audit.detail." + key);
	}

	String value(String action, String key, String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String base = key.replaceAll("\\.(from|to)$", "");
		if (LISTS.contains(base)) {
			return Arrays.stream(value.split(","))
				.map(String::strip)
				.map(one -> coded(action, base, one))
				.collect(Collectors.joining("、"));
		}
		return coded(action, base, value);
	}

	private String coded(String action, String key, String value) {
		String pattern = VALUES.getOrDefault(action + "." + key, VALUES.get(key));
		String own = pattern == null ? null : pattern.replace("{0}", value);
		return own == null ? first(value, "audit.value." + key + "." + value, "audit.value." + value)
				: first(value, own, "audit.value." + key + "." + value, "audit.value." + value);
	}

	/** The first of the codes that has a message, or the text itself. */
	private String first(String text, String... codes) {
		for (String code : codes) {
			String found = messages.getMessage(code, null, null, locale);
			if (found != null) {
				return found;
			}
		}
		return text;
	}

	private String message(String code, String argument, String otherwise) {
		return messages.getMessage(code, new Object[] { argument }, otherwise, locale);
	}

}
