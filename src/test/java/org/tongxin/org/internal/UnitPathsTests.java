package org.tongxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitPathsTests {

	@Test
	void aChildPathExtendsItsParentsPathWithItsOwnId() {
		assertThat(UnitPaths.rootPath(1)).isEqualTo("/1/");
		assertThat(UnitPaths.childPath("/1/3/", 17)).isEqualTo("/1/3/17/");
	}

	@Test
	void withinMeansAPrefixOfWholeIds() {
		assertThat(UnitPaths.isWithin("/1/3/17/", "/1/3/")).isTrue();
		assertThat(UnitPaths.isWithin("/1/31/", "/1/3/")).isFalse();
	}

	@Test
	void rebasingMovesEveryPathOfASubtreeOntoTheNewRoot() {
		assertThat(UnitPaths.rebase("/1/3/17/20/", "/1/3/17/", "/1/5/17/")).isEqualTo("/1/5/17/20/");
		assertThatThrownBy(() -> UnitPaths.rebase("/1/4/", "/1/3/", "/1/5/")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theIdsOfAPathGoFromTheRootToTheUnit() {
		assertThat(UnitPaths.ids("/1/3/17/")).containsExactly(1L, 3L, 17L);
	}

}
