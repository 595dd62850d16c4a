package org.tongxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.tongxin.shared.web.TimelineEntry.Text;

/** An entry keeps the parts given and leaves out the missing ones, so that pages need no null checks. */
class TimelineEntryTest {

	private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

	@Test
	void missingPartsAreLeftOutAndABlankNoteIsNoNote() {
		TimelineEntry entry = TimelineEntry.at(AT, null)
			.what(Text.message("thing.event.WARNED"))
			.detail(null)
			.detail(Text.message("thing.due", "2026-03-09").secondary())
			.note("  ")
			.line((Text) null)
			.line(Text.plain("甲"), null, Text.plain("乙"))
			.build();
		assertThat(entry.actor()).isNull();
		assertThat(entry.details()).containsExactly(Text.message("thing.due", "2026-03-09").secondary());
		assertThat(entry.details().get(0).muted()).isTrue();
		assertThat(entry.note()).isNull();
		assertThat(entry.lines()).containsExactly(java.util.List.of(Text.plain("甲"), Text.plain("乙")));
		assertThat(entry.files()).isEmpty();
	}

	@Test
	void everyStepSaysWhatWasDone() {
		assertThatThrownBy(() -> TimelineEntry.at(AT, "李明").note("说明").build()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void labelledTextNamesItsLabelAsAMessageResolvedInTheReadersLanguage() {
		Text text = Text.labelled("proposal.field.attitude", Text.term("proposal.grade.SATISFIED"));
		assertThat(text.code()).isEqualTo("timeline.labelled");
		assertThat(((MessageSourceResolvable) text.args()[0]).getCodes()).containsExactly("proposal.field.attitude");
		assertThat(((MessageSourceResolvable) text.args()[1]).getCodes()).containsExactly("proposal.grade.SATISFIED");
	}

	@Test
	void filesLinkTheirDownloadAndShowTheirSizeInWholeKilobytes() {
		TimelineEntry entry = TimelineEntry.at(AT, "李明").what(Text.plain("40%"))
			.file("回复函.pdf", "/things/1/attachments/2", 2048, false)
			.build();
		assertThat(entry.files()).singleElement().satisfies(f -> {
			assertThat(f.href()).isEqualTo("/things/1/attachments/2");
			assertThat(f.kilobytes()).isEqualTo(3);
		});
		assertThat(Text.plain("JY1").linkedTo("/things/1").href()).isEqualTo("/things/1");
	}

}
