package kr.dolbom.resource.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kr.dolbom.resource.internal.DirectoryTransfer;
import kr.dolbom.shared.ValidationFailed;

/** Export and import of the directory as CSV or Open Referral HSDS JSON (docs/resource.md). */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources")
class DirectoryFileApiController {

	private final DirectoryTransfer transfer;

	DirectoryFileApiController(DirectoryTransfer transfer) {
		this.transfer = transfer;
	}

	@GetMapping("/export")
	@Operation(summary = "Approved providers with their active services as CSV (UTF-8 with BOM) or HSDS JSON")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String region, @RequestParam(required = false) String scope) {
		var export = transfer.export(DirectoryTransfer.format(format), region, "national".equals(scope));
		boolean csv = export.format() == DirectoryTransfer.Format.CSV;
		var name = csv ? "resources.csv" : "resources-hsds.json";
		return ResponseEntity.ok()
				.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
				.body(export.bytes());
	}

	@PostMapping("/import")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a directory file (multipart field file); accepted whole or not at all", description = """
			format=csv (encoding UTF-8 default, EUC-KR or CP949 when declared; a UTF-8 BOM is ignored) or hsds.
			source names the system the file comes from. Administrator anywhere, resource managers for their 시군구.
			Imported resources are approved and read-only; a re-import of the same ids updates them.""")
	DirectoryTransfer.ImportResult importFile(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String format, @RequestParam(required = false) String encoding,
			@RequestParam(required = false) String source) throws IOException {
		if (file == null) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		return transfer.importFile(DirectoryTransfer.format(format), file.getBytes(), encoding, source,
				file.getOriginalFilename());
	}
}
