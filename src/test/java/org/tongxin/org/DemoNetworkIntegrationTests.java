package org.tongxin.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** The network the platform sets up on start: the deployment root and, in demo mode, Wutongqiao. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class DemoNetworkIntegrationTests {

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void theDistrictHasItsEightTownsBelowIt() {
		UnitSummary district = units.deploymentRoot();
		assertThat(district.code()).isEqualTo("511112");
		assertThat(district.name()).isEqualTo("五通桥区");
		List<String> towns = jdbc.sql("select name from org_unit where parent_id = :id and kind = 'TOWNSHIP' order by code")
			.param("id", district.id())
			.query(String.class)
			.list();
		assertThat(towns).containsExactly("竹根镇", "牛华镇", "金粟镇", "金山镇", "西坝镇", "冠英镇", "蔡金镇", "石麟镇");
	}

	@Test
	void theDistrictsSubtreeHolds119VillagesAndCommunities() {
		assertThat(countInSubtree(units.deploymentRoot(), "VILLAGE")).isEqualTo(119);
		assertThat(countInSubtree(units.findByCode("511112100").orElseThrow(), "VILLAGE")).isEqualTo(19);
	}

	@Test
	void theProvinceAndCityBecomeTheDistrictsAncestors() {
		List<String> lineage = units.lineage(units.deploymentRoot().id()).stream().map(UnitSummary::code).toList();
		assertThat(lineage).containsExactly("51", "5111", "511112");
		UnitSummary village = units.findByCode("511112100003").orElseThrow();
		assertThat(units.lineage(village.id())).extracting(UnitSummary::name)
			.containsExactly("四川省", "乐山市", "五通桥区", "竹根镇", "黄桷井社区居委会");
		assertThat(village.depth()).isEqualTo(4);
	}

	@Test
	void theFunctionalUnitsOfTheSourceArticleAreInPlace() {
		UnitSummary park = units.findByCode("PARK-XXGY").orElseThrow();
		assertThat(park.name()).isEqualTo("五通桥新型工业基地");
		assertThat(park.parentId()).isEqualTo(units.deploymentRoot().id());
		UnitSummary station = units.findByCode("SS-XXGY").orElseThrow();
		assertThat(station.kind()).isEqualTo(UnitKind.SERVICE_STATION);
		assertThat(station.isWithin(park)).isTrue();
		assertThat(units.findByCode("CH-GUIGU")).map(UnitSummary::name).contains("硅谷商会");
		assertThat(units.findByCode("AS-XLH")).map(UnitSummary::kind).contains(UnitKind.ASSOCIATION);
		assertThat(units.findByCode("EB-XLG")).map(UnitSummary::kind).contains(UnitKind.EDUCATION_BASE);
		assertThat(units.findByCode("LG-ZZB")).map(UnitSummary::name).contains("区委组织部");
	}

	@Test
	void startingAgainChangesNothing() throws Exception {
		long before = count();
		for (ApplicationRunner runner : runners) {
			if (runner.getClass().getName().startsWith("org.tongxin.org.")) {
				runner.run(new DefaultApplicationArguments());
			}
		}
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	private long countInSubtree(UnitSummary unit, String kind) {
		return jdbc.sql("select count(*) from org_unit where path like :p || '%' and kind = :kind")
			.param("p", unit.path())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

}
