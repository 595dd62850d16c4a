package org.tongxin.members.photo;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * A person's photo in pages: the image (a placeholder when there is none, so pages show it without
 * asking first), and the upload and remove forms of the edit page. A refused upload goes back to
 * the edit page with the reason next to the file field.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class PhotoPageController {

	private final MemberPhotos photos;

	PhotoPageController(MemberPhotos photos) {
		this.photos = photos;
	}

	@GetMapping("/members/{id}/photo")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return photos.of(actor, id).map(PhotoAnswers::jpeg).orElseGet(PhotoAnswers::placeholder);
	}

	@PostMapping("/members/{id}/photo")
	@Requires(Privilege.MEMBER_MANAGE)
	String upload(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(value = "photo", required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			photos.replace(actor, id, file);
		}
		catch (Rejection rejection) {
			redirect.addFlashAttribute("photoProblem", rejection.problems().get(0));
			return "redirect:/members/" + id + "/edit#photo";
		}
		redirect.addFlashAttribute("flash", "photo.flash.saved");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/{id}/photo/delete")
	@Requires(Privilege.MEMBER_MANAGE)
	String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", photos.remove(actor, id) ? "photo.flash.removed" : "photo.flash.none");
		return "redirect:/members/" + id;
	}

}
