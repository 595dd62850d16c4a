package org.tongxin.shared.person;

/** Sex as recorded on the resident ID card (the 17th digit of the number). */
public enum Gender {

	MALE, FEMALE;

	public static Gender of(ChineseIdNumber idNumber) {
		return idNumber.male() ? MALE : FEMALE;
	}

	public boolean male() {
		return this == MALE;
	}

}
