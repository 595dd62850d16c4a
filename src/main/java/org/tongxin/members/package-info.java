/**
 * The member registry (统战对象库): the people united front work is about, with their home unit in
 * the network, their categories and their sensitive fields (ID number and phone encrypted at rest,
 * masked for roles without {@code MEMBER_SENSITIVE_VIEW}, every unmasked view audited). Depends on
 * org (units, data scope), audit and shared; enterprises links a person through
 * {@link org.tongxin.members.RegistryPeople} (names only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member registry")
package org.tongxin.members;
