package org.tongxin.members.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.internal.MemberCriteria;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.MemberSearch;
import org.tongxin.members.internal.MemberView;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The member list as an Excel file: exactly the list's filters and data scope (the same
 * {@link MemberCriteria} and {@link MemberScope}), masked unless the actor holds
 * MEMBER_SENSITIVE_VIEW, streamed, and audited once per export.
 */
@Service
public class MemberExport {

	/** Opens the response body once the filter is known to be valid (so a bad filter still gets an error page). */
	public interface Target {

		OutputStream open(LocalDate today) throws IOException;

	}

	private final MemberExportQuery query;

	private final ExportAudit audit;

	private final MemberView view;

	private final MessageSource messages;

	private final UnitPicker picker;

	private final UnitAccess access;

	private final Clock clock;

	private final MemberSearch search;

	private final MemberCategories categories;

	private final Units units;

	MemberExport(MemberExportQuery query, ExportAudit audit, MemberView view, MessageSource messages, UnitPicker picker,
			UnitAccess access, Clock clock, MemberSearch search, MemberCategories categories, Units units) {
		this.units = units;
		this.categories = categories;
		this.search = search;
		this.query = query;
		this.audit = audit;
		this.view = view;
		this.messages = messages;
		this.picker = picker;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Writes the workbook to the target; returns the row count. The audit record is written after
	 * the rows, in its own short transaction (appends hold a lock until commit, which must not last
	 * as long as a download), and also when the download broke off: rows may have left by then.
	 */
	@Requires({ Privilege.MEMBER_VIEW, Privilege.MEMBER_EXPORT })
	public long export(Actor actor, MemberFilter filter, Locale locale, Target target) throws IOException {
		LocalDate today = LocalDate.now(clock.withZone(MemberSheet.OFFICE_ZONE));
		// the same criteria as the list, the text answered by the same search
		MemberCriteria criteria = search.narrow(actor, MemberCriteria.forActor(actor, filter, picker, access, units,
				categories, today));
		boolean unmasked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		MemberSheet sheet = new MemberSheet(target.open(today), messages, locale, view, unmasked, categories);
		try {
			query.stream(criteria, sheet);
			sheet.finish();
			return sheet.rows();
		}
		finally {
			audit.exported(filter, sheet.rows(), unmasked);
		}
	}

}
