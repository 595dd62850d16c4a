package org.tongxin.shared.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One step of a record's history as the timeline fragment ({@code templates/fragments/timeline.html})
 * shows it on every workflow page: when, who (null: the platform itself, e.g. the overdue sweep),
 * what was done, in which round (shown from the second), details on the same line (units, deadlines,
 * links), the note typed, further lines, and the files the step brought with their download links.
 * Each module turns its own steps into entries; the page shows them one way.
 */
public record TimelineEntry(Instant at, String actor, Text what, int round, List<Text> details, Text note,
		List<List<Text>> lines, List<FileLink> files) {

	/**
	 * A piece of text for the page: a message (code and arguments, which may themselves be messages:
	 * {@link #term}) or plain text, perhaps a link, perhaps muted.
	 */
	public record Text(String code, Object[] args, String plain, String href, boolean muted) {

		public static Text message(String code, Object... args) {
			return new Text(code, args, null, null, false);
		}

		public static Text plain(String text) {
			return new Text(null, new Object[0], text, null, false);
		}

		/** Label and value, e.g. 办理态度：满意 (the label a message code, the value text or a {@link #term}). */
		public static Text labelled(String labelCode, Object value) {
			return message("timeline.labelled", term(labelCode), value);
		}

		/** A message as an argument of another, resolved in the reader's language. */
		public static MessageSourceResolvable term(String code) {
			return new DefaultMessageSourceResolvable(new String[] { code }, code);
		}

		public Text linkedTo(String link) {
			return new Text(code, args, plain, link, muted);
		}

		/** Shown in a lighter colour: secondary to the step (a deadline). */
		public Text secondary() {
			return new Text(code, args, plain, href, true);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Text t && Objects.equals(code, t.code) && Arrays.equals(args, t.args)
					&& Objects.equals(plain, t.plain) && Objects.equals(href, t.href)
					&& muted == t.muted;
		}

		@Override
		public int hashCode() {
			return Objects.hash(code, Arrays.hashCode(args), plain, href, muted);
		}

		@Override
		public String toString() {
			return code != null ? code + Arrays.toString(args) : plain;
		}

	}

	/** A file a step brought: its name, where it downloads, its size; images open in a new tab. */
	public record FileLink(String name, String href, long sizeBytes, boolean image) {

		/** The size as the page shows it, in whole kilobytes rounded up. */
		public long kilobytes() {
			return sizeBytes / 1024 + 1;
		}

	}

	/** An entry of a step taken at {@code at} by {@code actor} (null: the platform). */
	public static Builder at(Instant at, String actor) {
		return new Builder(at, actor);
	}

	/** Fills an entry part by part; parts given as null are left out. */
	public static final class Builder {

		private final Instant at;

		private final String actor;

		private Text what;

		private int round;

		private final List<Text> details = new ArrayList<>();

		private Text note;

		private final List<List<Text>> lines = new ArrayList<>();

		private final List<FileLink> files = new ArrayList<>();

		private Builder(Instant at, String actor) {
			this.at = at;
			this.actor = actor;
		}

		public Builder what(Text text) {
			this.what = text;
			return this;
		}

		public Builder round(int number) {
			this.round = number;
			return this;
		}

		public Builder detail(Text text) {
			if (text != null) {
				details.add(text);
			}
			return this;
		}

		/** The note as typed (kept as written, line breaks and all); null or blank for none. */
		public Builder note(String text) {
			return note(text == null || text.isBlank() ? null : Text.plain(text));
		}

		public Builder note(Text text) {
			this.note = text;
			return this;
		}

		/** A line under the note, its parts separated by middle dots. */
		public Builder line(Text... parts) {
			List<Text> given = Arrays.stream(parts).filter(Objects::nonNull).toList();
			if (!given.isEmpty()) {
				lines.add(given);
			}
			return this;
		}

		public Builder file(String name, String href, long sizeBytes, boolean image) {
			files.add(new FileLink(name, href, sizeBytes, image));
			return this;
		}

		public TimelineEntry build() {
			if (what == null) {
				throw new IllegalStateException("a step says what was done");
			}
			return new TimelineEntry(at, actor, what, round, List.copyOf(details), note, List.copyOf(lines),
					List.copyOf(files));
		}

	}

}
