package org.tongxin.proposals.decisions;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees a decision: a handling unit through the result it owns (and posts updates to it), a
 * leader with PROPOSAL_VIEW everything (but posts nothing), a town officer with no source and no
 * result of theirs nothing (404, as an unknown id, and not in their list), a member nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionVisibilityTests {

	@Autowired
	MockMvc mvc;

	private DecisionClient api;

	private String staff;

	private long decision;

	private long result;

	@BeforeEach
	void aDecisionWithAResultOwnedByTheEconomicBureau() throws Exception {
		api = new DecisionClient(mvc);
		staff = api.token("staff");
		decision = api.created(staff, "关于数字经济发展的决定");
		result = api.result(staff, decision, "LG-JXJ");
	}

	@Test
	void theOwnerUnitSeesTheDecisionThroughItsResultAndPostsUpdates() throws Exception {
		String jingxin = api.token("jingxin");
		api.get(jingxin, "/" + decision).andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].mayUpdate").value(true))
			.andExpect(jsonPath("$.mayManage").value(false));
		api.get(jingxin, "").andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + decision + ")]").isNotEmpty());
		api.update(jingxin, result, 60, "完成项目招商", 0).andExpect(status().isCreated());
	}

	@Test
	void aTownOfficerWithNothingOfTheirsSeesNothing() throws Exception {
		String niuhua = api.token("niuhua");
		api.get(niuhua, "/" + decision).andExpect(status().isNotFound());
		api.get(niuhua, "").andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + decision + ")]").isEmpty());
		api.update(niuhua, result, 60, "越权", 0).andExpect(status().isNotFound());
		api.get(niuhua, "/" + (decision + 1_000_000)).andExpect(status().isNotFound());
	}

	@Test
	void aLeaderSeesEveryDecisionButPostsNoUpdate() throws Exception {
		String leader = api.token("leader");
		api.get(leader, "/" + decision).andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].mayUpdate").value(false));
		api.update(leader, result, 60, "越权", 0).andExpect(status().isForbidden());
	}

	@Test
	void aMemberSeesNoDecisionOfNoSourceOfTheirs() throws Exception {
		String member = api.token("member");
		api.get(member, "/" + decision).andExpect(status().isNotFound());
		api.get(member, "").andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + decision + ")]").isEmpty());
	}

	@Test
	void aSourceOfAnUnknownKindOrWithoutItsPartIsNotFound() throws Exception {
		api.get(staff, "/of/PETITION/1").andExpect(status().isNotFound());
		api.get(staff, "/of/PROPOSAL/" + Long.MAX_VALUE).andExpect(status().isNotFound());
	}

}
