package org.tongxin.members.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxin.members.internal.MemberView;

/** One person as read for the export: sensitive fields as stored (ciphertext and masks), categories aggregated. */
record ExportLine(String name, String gender, LocalDate birthDate, long unitId, List<String> categories,
		MemberView.Stored sensitive, String education, String workUnit, String post, String expertise, String awards,
		Instant updatedAt) {
}
