package org.tongxin.members.demo;

import java.time.LocalDate;
import java.util.Set;

import org.tongxin.shared.person.Gender;

/**
 * One invented person for demo and test data, see {@link DemoPeople}. Empty strings, not nulls,
 * stand for "not recorded" (religion, expertise, awards). {@code categories} holds the codes of
 * the united-front categories (DEMOCRATIC_PARTY, PRIVATE_ECONOMY, …), in a stable order.
 */
public record DemoPerson(String name, Gender gender, LocalDate birthDate, String ethnicity, String idNumber,
		String phone, String education, String workUnit, String post, Set<String> categories,
		String politicalAffiliation, String religion, String expertise, String awards, String villageCode) {
}
