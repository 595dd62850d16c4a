package org.tongxin.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.audit.internal.AuditFilter;
import org.tongxin.shared.web.PagedForm;

/** The filter bar as submitted (query parameters); the same names serve the JSON API. */
public class AuditFilterForm extends PagedForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	AuditFilter toFilter() {
		return new AuditFilter(from, to, actor, action, targetType, targetId);
	}

	/** The list URL with these filters, for the pagination links to keep them. */
	String listUrl(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		param(url, "from", from);
		param(url, "to", to);
		param(url, "actor", actor);
		param(url, "action", action);
		param(url, "targetType", targetType);
		param(url, "targetId", targetId);
		param(url, "size", chosenSize());
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString().trim());
		}
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getTargetType() {
		return targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

}
