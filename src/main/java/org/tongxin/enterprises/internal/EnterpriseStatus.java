package org.tongxin.enterprises.internal;

/** Whether an enterprise still operates. Labels: {@code enterprise.status.<NAME>}. */
public enum EnterpriseStatus {
	ACTIVE, CLOSED
}
