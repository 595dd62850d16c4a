package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.proposals.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's report keeps the flat JSON it had before its values were grouped into parts: the parts
 * stand unwrapped, and no helper method of theirs becomes a field.
 */
class ReportJsonTest {

	@Test
	void aReportsDetailIsFlat() {
		ReportDetail detail = new ReportDetail(4, "XX2026000004",
				new ReportDetail.Filing("SOCIAL", "社会民生", "MEMBER", "建言甲", Instant.parse("2026-10-01T02:00:00Z")),
				new ReportText("原标题", "原正文", "编辑后的标题", "编辑后的正文"), ReportStatus.ACCEPTED,
				new ReportReview(Instant.parse("2026-10-02T02:00:00Z"), null), 2,
				new ReportDetail.Recorded(List.of(new ReportDetail.Forward(Level.CITY, "市委统战部", LocalDate.of(2026, 10, 3))),
						List.of(), List.of()),
				List.of(), Set.of(ReportStep.EDIT), null, true);
		JsonNode json = JsonMapper.builder().build().valueToTree(detail);
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "reportNo", "categoryCode", "categoryName",
				"title", "body", "editedTitle", "editedBody", "reporterKind", "reporterName", "status", "submittedAt",
				"reviewedAt", "reviewNote", "version", "forwards", "adoptions", "instructions", "history", "steps", "typical",
				"mayMarkTypical");
		assertThat(json.get("title").asString()).isEqualTo("原标题");
		assertThat(json.get("reporterName").asString()).isEqualTo("建言甲");
		assertThat(json.get("forwards").get(0).get("recipient").asString()).isEqualTo("市委统战部");
		assertThat(json.get("steps").get(0).asString()).isEqualTo("EDIT");
	}

}
