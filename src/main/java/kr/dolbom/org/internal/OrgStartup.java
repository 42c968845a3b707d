package kr.dolbom.org.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the hierarchy up to date before anything else (demo data included) runs. */
@Component
@Order(0)
class OrgStartup implements ApplicationRunner {

	private final OrgCodeLoader loader;
	private final OrgDirectory directory;

	OrgStartup(OrgCodeLoader loader, OrgDirectory directory) {
		this.loader = loader;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.loadPending();
		directory.reload();
	}
}
