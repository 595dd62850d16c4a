package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Follows a post/redirect/get answer as a browser would: the page the redirect names, with the
 * flash attributes the post left (a refused form and its errors). The flash attributes must
 * survive Java serialization, as the session store (Spring Session JDBC) keeps them that way.
 */
public final class FollowRedirect {

	private FollowRedirect() {
	}

	/**
	 * The page the post redirected to, as its body; the redirect must go to {@code expectedPage}
	 * (fragment aside). The flash attributes come from the session, as for a browser: earlier posts
	 * of the test whose redirects were not followed left theirs there first, so those are read past.
	 */
	public static String page(MockMvc mvc, Cookie session, MvcResult posted, String expectedPage) throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a refused form redirects back to its page").isNotNull();
		String page = target.replaceFirst("#.*$", "");
		assertThat(page).isEqualTo(expectedPage);
		assertSerializable(posted.getFlashMap());
		for (int i = 0; i < 20; i++) {
			MvcResult got = mvc.perform(get(page).cookie(session)).andExpect(status().isOk()).andReturn();
			Object input = got.getRequest().getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE);
			assertThat(input).as("the refused form's flash attributes are in the session").isNotNull();
			if (((Map<?, ?>) input).keySet().equals(posted.getFlashMap().keySet())) {
				return got.getResponse().getContentAsString();
			}
		}
		throw new AssertionError("the refused form's flash attributes never came back");
	}

	private static void assertSerializable(Object flash) throws IOException {
		try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
			out.writeObject(flash);
		}
	}

}
