package org.tongxin.demands.sla;

/** The add and edit forms of the category page; numbers as text so that a typo is answered next to its field. */
public class CategoryForm {

	private String code;

	private String nameZh;

	private String nameEn;

	private String acceptDays = "2";

	private String answerDays = "10";

	private String reopenDays = "5";

	private String warnDays = "2";

	private boolean withAmount;

	private String sortOrder;

	private long version;

	static CategoryForm of(ManagedCategory m) {
		CategoryForm form = new CategoryForm();
		form.code = m.category().code();
		form.nameZh = m.category().nameZh();
		form.nameEn = m.category().nameEn();
		form.acceptDays = String.valueOf(m.category().acceptDays());
		form.answerDays = String.valueOf(m.category().answerDays());
		form.reopenDays = String.valueOf(m.category().reopenDays());
		form.warnDays = String.valueOf(m.category().warnDays());
		form.withAmount = m.category().withAmount();
		form.sortOrder = String.valueOf(m.sortOrder());
		form.version = m.version();
		return form;
	}

	CategoryInput input() {
		return new CategoryInput(code, nameZh, nameEn, acceptDays, answerDays, reopenDays, warnDays, withAmount, sortOrder);
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

	public String getAcceptDays() {
		return acceptDays;
	}

	public void setAcceptDays(String acceptDays) {
		this.acceptDays = acceptDays;
	}

	public String getAnswerDays() {
		return answerDays;
	}

	public void setAnswerDays(String answerDays) {
		this.answerDays = answerDays;
	}

	public String getReopenDays() {
		return reopenDays;
	}

	public void setReopenDays(String reopenDays) {
		this.reopenDays = reopenDays;
	}

	public String getWarnDays() {
		return warnDays;
	}

	public void setWarnDays(String warnDays) {
		this.warnDays = warnDays;
	}

	public boolean isWithAmount() {
		return withAmount;
	}

	public void setWithAmount(boolean withAmount) {
		this.withAmount = withAmount;
	}

	public String getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
