package kr.dolbom.resource.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.resource.internal.DirectoryTransfer;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** The directory file page: downloads for everyone, the import form for resource managers and the administrator. */
@Controller
class TransferPageController {

	private final DirectoryTransfer transfer;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;

	TransferPageController(DirectoryTransfer transfer, CurrentUser currentUser, FormErrors formErrors,
			Messages messages) {
		this.transfer = transfer;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/resources/transfer")
	String transferPage(Model model) {
		model.addAttribute("mayImport", currentUser.get().hasAnyRole(Role.ADMIN, Role.RESOURCE_MANAGER));
		return "resource/transfer";
	}

	/** The same files as GET /api/v1/resources/export, for the signed-in browser. */
	@GetMapping("/resources/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String scope) {
		var export = transfer.export(DirectoryTransfer.format(format), null, "national".equals(scope));
		boolean csv = export.format() == DirectoryTransfer.Format.CSV;
		return ResponseEntity.ok()
				.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition", ContentDisposition.attachment()
						.filename(csv ? "resources.csv" : "resources-hsds.json").build().toString())
				.body(export.bytes());
	}

	@PostMapping("/resources/transfer")
	String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String format,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) String source,
			Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ValidationFailed.of("file", "validation.resource.import.empty");
			}
			var result = transfer.importFile(DirectoryTransfer.format(format), file.getBytes(), encoding, source,
					file.getOriginalFilename());
			model.addAttribute("imported", result);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("failure", failure.problems().stream()
					.map(p -> p.field() + ": " + messages.get(p.messageKey(), p.arguments())).toList());
		}
		model.addAttribute("source", source);
		return transferPage(model);
	}
}
