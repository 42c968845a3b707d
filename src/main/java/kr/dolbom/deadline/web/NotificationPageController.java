package kr.dolbom.deadline.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.deadline.internal.NotificationService;
import kr.dolbom.shared.Paging;

@Controller
class NotificationPageController {

	private final NotificationService notifications;

	NotificationPageController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", notifications.mine(unread, new Paging(Math.max(page, 0), 50)));
		model.addAttribute("unread", unread);
		return "deadline/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean unread,
			RedirectAttributes redirect) {
		notifications.markRead(id);
		redirect.addFlashAttribute("notice", "deadline.notifications.marked");
		return "redirect:/notifications" + (unread ? "?unread=true" : "");
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("notice", "deadline.notifications.marked");
		return "redirect:/notifications";
	}
}
