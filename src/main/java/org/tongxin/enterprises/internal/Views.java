package org.tongxin.enterprises.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What pages and the API show of enterprises, contacts and measures. */
public final class Views {

	private Views() {
	}

	/** One enterprise with its unit and operator named. */
	public record Enterprise(long id, String name, String creditCode, long unitId, String unitCode, String unitName,
			String park, String industry, String address, Long operatorPersonId, String operatorName,
			EnterpriseStatus status, long version, Instant createdAt, Instant updatedAt) {
	}

	/** A line of the list: the plan's open and overdue measures counted. */
	public record Row(long id, String name, String creditCode, String unitName, String park, String industry,
			EnterpriseStatus status, int openMeasures, int overdueMeasures) {
	}

	/** A contact person; {@code phone} is the number when {@code unmasked}, its mask otherwise. */
	public record Contact(long id, long enterpriseId, String name, String title, String phone, boolean unmasked) {
	}

	/** A measure; {@code owner} is the user's display name when a user owns it, the free text otherwise. */
	public record Measure(long id, long enterpriseId, String text, String owner, Long ownerUserId, String ownerUsername,
			LocalDate startsOn, LocalDate dueOn, MeasureStatus status, String resultNote, LocalDate doneOn, long version,
			boolean overdue) {
	}

	/** The service plan of one enterprise, measures by due date. */
	public record Plan(long enterpriseId, String enterpriseName, long enterpriseVersion, List<Measure> measures) {

		public long overdueCount() {
			return measures.stream().filter(Measure::overdue).count();
		}

	}

}
