package org.tongxin.org.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitManagement;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.org.internal.UnitNode;
import org.tongxin.org.internal.UnitReadModel;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.Htmx;

/**
 * The network as a tree, from the actor's visible root (the district for the department, the town
 * for a town officer). One endpoint: a full page, or, for htmx, the children of {@code node}.
 * Each level is one query with child counts.
 */
@Controller
class UnitTreeController {

	private final UnitDirectory directory;

	private final UnitReadModel read;

	private final UnitManagement management;

	UnitTreeController(UnitDirectory directory, UnitReadModel read, UnitManagement management) {
		this.directory = directory;
		this.read = read;
		this.management = management;
	}

	@GetMapping("/units")
	String tree(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long node,
			Htmx htmx, Model model) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		long rootId = node == null ? directory.visibleRoot(actor).id() : node;
		UnitNode root = read.node(rootId).orElseThrow(() -> new NotFoundException("unit", rootId));
		directory.checkVisible(actor, root.unit());
		model.addAttribute("nodes", read.children(rootId));
		if (htmx.request() && node != null) {
			return "org/tree :: children";
		}
		model.addAttribute("root", root);
		model.addAttribute("lineage", WebSupport.visibleLineage(directory, actor, root.unit()));
		return "org/tree";
	}

	@GetMapping("/units/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		WebSupport.require(actor, Privilege.UNIT_VIEW);
		// load first, then check: a unit that does not exist and one out of scope answer alike
		UnitNode node = read.node(id).orElseThrow(() -> new NotFoundException("unit", id));
		directory.checkVisible(actor, node.unit());
		model.addAttribute("node", node);
		model.addAttribute("unit", node.unit());
		model.addAttribute("lineage", WebSupport.visibleLineage(directory, actor, node.unit()));
		model.addAttribute("children", read.children(id));
		model.addAttribute("counts", read.subtreeCounts(node.unit()));
		model.addAttribute("canChange", management.mayChange(actor, node.unit()));
		model.addAttribute("canAddUnder", management.mayAddUnder(actor, node.unit()));
		model.addAttribute("isRoot", node.unit().parentId() == null || directory.deploymentRootId() == id);
		return "org/detail";
	}

}
