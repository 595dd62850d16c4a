package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The mapping step of an upload: each column of the sheet with its header, a few masked sample
 * cells and the field it is read into now (null: not chosen yet), and the fields to choose from.
 */
public record MappingView(ImportRecord record, List<Column> columns, List<Choice> choices) {

	/** Sample cells shown per column. */
	static final int SAMPLE_ROWS = 3;

	public record Column(int index, String letter, String header, List<String> samples, String selected) {
	}

	/** A field to choose: its key (as the API's mapping takes it), its label's message key, and whether it is required. */
	public record Choice(String key, String labelKey, boolean required) {
	}

	static MappingView of(ImportRecord record, SheetLayout layout, SheetReader.Peek peek) {
		List<Column> columns = new ArrayList<>();
		for (SheetLayout.Column c : layout.columns()) {
			List<String> samples = new ArrayList<>();
			for (int r = 0; r < peek.rows().size(); r++) {
				samples.add(SampleText.of(peek.cell(r, c.index())));
			}
			columns.add(new Column(c.index(), c.letter(), c.header(), samples, c.target() == null ? null : c.target().key()));
		}
		return new MappingView(record, columns, allChoices());
	}

	static List<Choice> allChoices() {
		return ColumnTarget.choices().stream().map(t -> new Choice(t.key(), t.labelKey(), t.required())).toList();
	}

}
