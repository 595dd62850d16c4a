package org.tongxin.proposals.performance;

import java.util.LinkedHashMap;
import java.util.Map;

/** The session form of /admin/proposal-scoring: points by item name, as typed. */
public class ScoringForm {

	private String name;

	private String startsOn;

	private String endsOn;

	private Map<String, String> points = new LinkedHashMap<>();

	private long version;

	static ScoringForm fresh() {
		ScoringForm form = new ScoringForm();
		for (ScoreItem item : ScoreItem.values()) {
			form.points.put(item.name(), item.defaultPoints().toPlainString());
		}
		return form;
	}

	static ScoringForm of(ScoringSession session) {
		ScoringForm form = new ScoringForm();
		form.name = session.name();
		form.startsOn = session.startsOn().toString();
		form.endsOn = session.endsOn().toString();
		form.version = session.version();
		for (ScoreItem item : ScoreItem.values()) {
			form.points.put(item.name(), session.pointsOf(item).toPlainString());
		}
		return form;
	}

	SessionInput input() {
		return new SessionInput(name, startsOn, endsOn, points);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public Map<String, String> getPoints() {
		return points;
	}

	public void setPoints(Map<String, String> points) {
		this.points = points;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
