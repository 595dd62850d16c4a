package org.tongxin.demands;

/** How a demand came in. Labels: {@code demand.channel.<NAME>}. */
public enum Channel {

	/** A member, for themselves (usually on a phone). */
	SELF,
	/** A liaison or officer for a member, e.g. during a befriending contact. */
	ON_BEHALF,
	/** A service station, for an enterprise. */
	STATION,
	/** Another system, through the API. */
	API

}
