package org.tongxin.shared.figures;

/**
 * The three actions the department's work is organised and reported by (the source article): the
 * soul action of ideological leadership (activities, learning, proposals and opinion reports), the
 * root action of the work network (units, the registry, befriending, demands answered) and the
 * bridge action of service (service stations, enterprises, villages). The dashboard and the work report group
 * every module's figures under them, in this order; labels are {@code figures.action.*}.
 */
public enum WorkAction {

	SOUL, ROOT, BRIDGE

}
