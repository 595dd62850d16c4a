package org.tongxin.enterprises.internal;

/** Where a measure of a service plan stands. Labels: {@code measure.status.<NAME>}. */
public enum MeasureStatus {

	/** 计划 */
	PLANNED,
	/** 推进中 */
	IN_PROGRESS,
	/** 已完成: has a done date */
	DONE,
	/** 已取消 */
	DROPPED;

	/** Still to be done: such a measure past its due date is overdue. */
	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

}
