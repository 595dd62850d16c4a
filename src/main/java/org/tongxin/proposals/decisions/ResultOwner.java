package org.tongxin.proposals.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who answers for a result: the owner unit (with its path, for scopes and the waiting work) and the
 * person answerable, if named. In the API's result these stand at the top level under the names
 * they have always had ({@code ownerUnitId}, {@code ownerUnitPath}, {@code ownerName}).
 */
public record ResultOwner(@JsonProperty("ownerUnitId") long unitId, @JsonProperty("ownerUnitPath") String unitPath,
		@JsonProperty("ownerName") String name) {
}
