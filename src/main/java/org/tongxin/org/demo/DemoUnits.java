package org.tongxin.org.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.org.internal.UnitWriter;

/**
 * The functional units named in the Wutongqiao report (docs/source-article.txt), for the demo:
 * leading-group member units, the new industrial base with its concentric service station, the
 * Silicon Valley chamber, the new social class association and two education bases. Fixed codes,
 * so that demo users and data of other modules can find them.
 */
@Component
public class DemoUnits {

	/** Code, name, kind, and the code of the parent (null: the deployment root). */
	record Spec(String code, String name, UnitKind kind, String parentCode) {
	}

	static final List<Spec> UNITS = List.of(
			new Spec("LG-ZZB", "区委组织部", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-XCB", "区委宣传部", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-MZJ", "区民宗局", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-GSL", "区工商联", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-JXJ", "区经信局", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-RSJ", "区人社局", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("LG-NYJ", "区农业农村局", UnitKind.LEADING_GROUP_MEMBER, null),
			new Spec("PARK-XXGY", "五通桥新型工业基地", UnitKind.PARK, null),
			new Spec("SS-XXGY", "五通桥新型工业基地同心服务站", UnitKind.SERVICE_STATION, "PARK-XXGY"),
			new Spec("CH-GUIGU", "硅谷商会", UnitKind.CHAMBER, null),
			new Spec("AS-XLH", "区新联会", UnitKind.ASSOCIATION, null),
			new Spec("EB-XLG", "新联港", UnitKind.EDUCATION_BASE, null),
			new Spec("EB-YLCC", "永利川厂旧址", UnitKind.EDUCATION_BASE, null),
			new Spec("DP-MG", "民革五通桥区支部", UnitKind.DEMOCRATIC_PARTY, null),
			new Spec("DP-MM", "民盟五通桥区总支部", UnitKind.DEMOCRATIC_PARTY, null),
			new Spec("DP-MJIAN", "民建五通桥区支部", UnitKind.DEMOCRATIC_PARTY, null),
			new Spec("DP-MJIN", "民进五通桥区支部", UnitKind.DEMOCRATIC_PARTY, null),
			new Spec("DP-NG", "农工党五通桥区支部", UnitKind.DEMOCRATIC_PARTY, null),
			new Spec("DP-JS", "九三学社五通桥区支社", UnitKind.DEMOCRATIC_PARTY, null));

	private final UnitDirectory directory;

	private final UnitWriter writer;

	DemoUnits(UnitDirectory directory, UnitWriter writer) {
		this.directory = directory;
		this.writer = writer;
	}

	public void create() {
		long rootId = directory.deploymentRoot().id();
		for (Spec spec : UNITS) {
			if (directory.findByCode(spec.code()).isPresent()) {
				continue;
			}
			long parentId = spec.parentCode() == null ? rootId
					: directory.findByCode(spec.parentCode()).map(UnitSummary::id).orElseThrow();
			writer.create(null, parentId, spec.kind(), spec.name(), spec.code());
		}
	}

}
