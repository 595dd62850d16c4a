package org.tongxin.members.importing;

/**
 * A row whose ID number belongs to a registered person of another name: the sheet may hold a
 * mistyped number, so the row is applied only if its uploader confirms that it is that person.
 */
public record IdentityCheck(int row, long personId, String registeredName, String rowName, boolean confirmed) {
}
