package org.tongxin.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.audit.internal.AuditFilter;
import org.tongxin.shared.web.PageSize;

/** The filter bar as submitted (query parameters); the same names serve the JSON API. */
public class AuditFilterForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	private String size;

	private String jump;

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
		param(url, "size", size == null ? null : pageSize());
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString().trim());
		}
	}

	/** The rows per page, one of {@link PageSize#OFFERED}. */
	public int pageSize() {
		return PageSize.of(size);
	}

	/** The page to show, 0-based: the one typed into "jump to" (1-based), else the link's. */
	int page(int linked) {
		return PageSize.page(jump, linked);
	}

	public String getSize() {
		return size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getJump() {
		return jump;
	}

	public void setJump(String jump) {
		this.jump = jump;
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
