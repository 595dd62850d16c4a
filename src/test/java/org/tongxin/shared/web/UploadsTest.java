package org.tongxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.shared.workflow.Upload;

/** Multipart parts as uploads: a part with no file chosen is skipped, an empty named file is kept (and refused later). */
class UploadsTest {

	@Test
	void partsWithoutAFileAreSkippedAndNamedOnesKeptAsSent() throws Exception {
		List<Upload> uploads = Uploads.of(List.of(new MockMultipartFile("files", "", null, new byte[0]),
				new MockMultipartFile("files", "现场.png", "image/png", new byte[] { 1, 2 }),
				new MockMultipartFile("files", "空.pdf", "application/pdf", new byte[0])));
		assertThat(uploads).extracting(Upload::fileName).containsExactly("现场.png", "空.pdf");
		assertThat(uploads.get(0).content()).containsExactly(1, 2);
		assertThat(Uploads.of((List<MultipartFile>) null)).isEmpty();
	}

	@Test
	void theFilesPartsOfARequestAreReadAndARequestWithoutPartsHasNone() throws Exception {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
		request.addFile(new MockMultipartFile("files", "a.pdf", "application/pdf", new byte[] { 1 }));
		request.addFile(new MockMultipartFile("other", "b.pdf", "application/pdf", new byte[] { 2 }));
		assertThat(Uploads.of(request)).extracting(Upload::fileName).containsExactly("a.pdf");
		assertThat(Uploads.of(new MockHttpServletRequest())).isEmpty();
	}

	@Test
	void anUnreadablePartIsAnIoException() {
		MultipartFile broken = new MockMultipartFile("files", "坏.pdf", "application/pdf", new byte[] { 1 }) {
			@Override
			public byte[] getBytes() throws IOException {
				throw new IOException("connection reset");
			}
		};
		assertThatThrownBy(() -> Uploads.of(List.of(broken))).isInstanceOf(IOException.class);
	}

}
