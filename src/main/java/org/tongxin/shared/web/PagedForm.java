package org.tongxin.shared.web;

/**
 * What every list's request carries for its pager: the rows per page and a page typed into "jump
 * to" (counted from 1), both as text and bounded by {@link PageSize}, so that no value in the
 * address can fail the binding or ask for an unbounded page.
 */
public abstract class PagedForm {

	private String size;

	private String jump;

	/** The rows per page, one of {@link PageSize#OFFERED}. */
	public int pageSize() {
		return PageSize.of(size);
	}

	/** The page to show, 0-based: the one typed into "jump to", else {@code linked} (the link's). */
	public int page(int linked) {
		return PageSize.page(jump, linked);
	}

	/** The pager of this list: the link's page as typed ({@code page}, from 0), the "jump to" page and the size. */
	public Pager pager(String linkedPage) {
		return Pager.of(linkedPage, jump, size);
	}

	/** The size for the list's own links: null while none was chosen (the default). */
	protected Integer chosenSize() {
		return size == null ? null : pageSize();
	}

	public String getSize() {
		return size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getJump() {
		return jump;
	}

	public void setJump(String jump) {
		this.jump = jump;
	}

}
