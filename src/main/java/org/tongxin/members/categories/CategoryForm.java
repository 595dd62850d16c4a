package org.tongxin.members.categories;

import java.util.Arrays;

/** The add and edit forms of the category page; synonyms one per line, the place as text so a typo is answered next to its field. */
public class CategoryForm {

	private String code;

	private String nameZh;

	private String nameEn;

	private String sortOrder;

	private String synonyms;

	private long version;

	static CategoryForm of(ManagedCategory m) {
		CategoryForm form = new CategoryForm();
		form.code = m.code();
		form.nameZh = m.category().nameZh();
		form.nameEn = m.category().nameEn();
		form.sortOrder = String.valueOf(m.category().sortOrder());
		form.synonyms = String.join("\n", m.synonyms());
		form.version = m.version();
		return form;
	}

	CategoryInput input() {
		return new CategoryInput(code, nameZh, nameEn, sortOrder,
				synonyms == null ? java.util.List.of() : Arrays.asList(synonyms.split("\\R")));
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getSynonyms() {
		return synonyms;
	}

	public void setSynonyms(String synonyms) {
		this.synonyms = synonyms;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
