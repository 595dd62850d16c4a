package org.tongxin.members.importing;

/**
 * The columns an import sheet may have, headed as in the export (i18n/member-excel: Chinese or
 * English headers, any order), so an exported sheet can be edited and imported back. The
 * update-time column of an export is recognised and ignored; any other unknown header refuses
 * the file, because a column the import does not read would be data silently lost.
 */
public enum ImportColumn {

	NAME("name", "name", true),
	GENDER("gender", "gender", false),
	BIRTH_DATE("birthDate", "birthDate", false),
	ETHNICITY("ethnicity", "ethnicity", false),
	ID_NUMBER("idNumber", "idNumber", false),
	PHONE("phone", "phone", false),
	UNIT("unit", "unitCode", true),
	CATEGORIES("categories", "categories", false),
	POLITICAL_AFFILIATION("politicalAffiliation", "politicalAffiliation", false),
	RELIGION("religion", "religion", false),
	EDUCATION("education", "education", false),
	WORK_UNIT("workUnit", "workUnit", false),
	POST("post", "post", false),
	EXPERTISE("expertise", "expertise", false),
	AWARDS("awards", "awards", false),
	NOTES("notes", "notes", false),
	UPDATED_AT("updatedAt", null, false);

	private final String key;

	private final String draftField;

	private final boolean required;

	ImportColumn(String key, String draftField, boolean required) {
		this.key = key;
		this.draftField = draftField;
		this.required = required;
	}

	/** The header's message key, {@code member.excel.column.<key>}. */
	public String headerKey() {
		return "member.excel.column." + key;
	}

	String key() {
		return key;
	}

	boolean required() {
		return required;
	}

	/** Read into the person; false for the export's informational columns. */
	boolean imported() {
		return draftField != null;
	}

	/** The column a rule's field name (MemberDraft component) came from. */
	static ImportColumn ofField(String field) {
		for (ImportColumn column : values()) {
			if (field.equals(column.draftField)) {
				return column;
			}
		}
		return NAME;
	}

}
