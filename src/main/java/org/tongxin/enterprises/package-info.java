/**
 * Enterprises served by the service stations (企业服务): records with their unified social credit
 * code, the unit of the network they belong to (the data scope: a town officer sees the town's),
 * park, industry, contact people (phones encrypted at rest, masked for roles without
 * {@code MEMBER_SENSITIVE_VIEW}) and the member of the registry who runs one; and the service plan
 * per enterprise (一企一策: one enterprise, one policy) of measures with owners, dates and status.
 * Other modules (demands) link to an enterprise through {@link org.tongxin.enterprises.Enterprises}.
 * Depends on org, identity, audit, shared and members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises",
		allowedDependencies = { "org", "identity", "audit", "shared", "members" })
package org.tongxin.enterprises;
