package org.tongxin.members.internal;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Names as one token per character, lower-cased, so that a phrase query over the characters of
 * the search text finds it anywhere in a name: 丁 and 子涵 both find 丁子涵. A word segmenter
 * (smartcn) splits names unpredictably (丁子涵 → 丁子 / 涵) and then misses 1–2 character
 * searches. Spaces and the separators of transcribed names (阿依古丽·买买提) are not tokens.
 */
final class NameCharacters extends Analyzer {

	static final String SEPARATORS = "·•・‧．.";

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new CharacterTokenizer();
		return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
	}

	/** One token per code point (so characters outside the basic plane count as one), skipping spaces and separators. */
	static final class CharacterTokenizer extends Tokenizer {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private int position;

		@Override
		public boolean incrementToken() throws IOException {
			clearAttributes();
			while (true) {
				int c = input.read();
				if (c < 0) {
					return false;
				}
				int start = position++;
				if (Character.isHighSurrogate((char) c)) {
					int low = input.read();
					position++;
					if (low >= 0) {
						term.setEmpty().append((char) c).append((char) low);
						offset.setOffset(correctOffset(start), correctOffset(position));
						return true;
					}
					return false;
				}
				if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
					continue;
				}
				term.setEmpty().append((char) c);
				offset.setOffset(correctOffset(start), correctOffset(position));
				return true;
			}
		}

		@Override
		public void end() throws IOException {
			super.end();
			offset.setOffset(correctOffset(position), correctOffset(position));
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			position = 0;
		}

	}

}
