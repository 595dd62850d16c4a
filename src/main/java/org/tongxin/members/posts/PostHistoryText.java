package org.tongxin.members.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A post as one line of a person's change history: "政协委员·区（县）·第10届·委员·2021-12-31–".
 * Written in Chinese, the registry's working language, like the unit names the history keeps;
 * the history stores text because a post's later edits must not rewrite what it was.
 */
@Component
class PostHistoryText {

	private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	PostHistoryText(MessageSource messages) {
		this.messages = messages;
	}

	String of(PostValues v) {
		List<String> parts = new ArrayList<>();
		parts.add(messages.getMessage("post.kind." + v.kind().name(), null, RECORD_LANGUAGE));
		if (v.level() != null) {
			parts.add(messages.getMessage("post.level." + v.level().name(), null, RECORD_LANGUAGE));
		}
		if (v.sessionNumber() != null) {
			parts.add("第" + v.sessionNumber() + "届");
		}
		add(parts, v.organisation());
		add(parts, v.sector());
		add(parts, v.position());
		parts.add(v.startedOn() + "–" + (v.endedOn() == null ? "" : v.endedOn().toString()));
		return String.join("·", parts);
	}

	private static void add(List<String> parts, String text) {
		if (text != null && !text.isBlank()) {
			parts.add(text);
		}
	}

}
