package org.tongxin.members.photo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;

/** People's photos for other systems; the same rules as the pages (privilege, scope, checks, audit). */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Member photos", description = "People's photos: re-encoded, without metadata.")
class PhotoApiController {

	private final MemberPhotos photos;

	PhotoApiController(MemberPhotos photos) {
		this.photos = photos;
	}

	@Operation(summary = "A person's photo", description = """
			MEMBER_VIEW. image/jpeg with an ETag and a private cache; 404 when there is none. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return PhotoAnswers.jpeg(photos.of(actor, id).orElseThrow(() -> new NotFoundException("photo", id)));
	}

	@Operation(summary = "Set a person's photo", description = """
			MEMBER_MANAGE. Multipart part `photo`: a JPEG or PNG of at most 5 MB and 6000×6000 px, checked by
			its content. It is kept as a JPEG of at most 480 px on its long side, without metadata (location,
			camera). 400 naming `photo` for a missing, oversized, unreadable or other file. Recorded in the
			person's history. Example: `curl -X PUT -H "Authorization: Bearer $TOKEN" -F photo=@portrait.jpg
			.../api/v1/members/1/photo`.
			""")
	@PutMapping("/{id}/photo")
	Photo.Summary replace(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(value = "photo", required = false) MultipartFile file) {
		return photos.replace(actor, id, file);
	}

	@Operation(summary = "Remove a person's photo", description = """
			MEMBER_MANAGE. 204, also when there was none. Recorded in the person's history.
			""")
	@DeleteMapping("/{id}/photo")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		photos.remove(actor, id);
	}

}
