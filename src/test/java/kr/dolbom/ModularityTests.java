package kr.dolbom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries (architecture.md): verified on every build. Diagrams go to target/modules; the
 * committed copies in docs/modules are refreshed with {@code -Ddolbom.modules.docs=docs/modules}
 * (Modulith orders relations differently from run to run, so writing them on every build would
 * leave a dirty tree and needless merge conflicts).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DolbomApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(System.getProperty("dolbom.modules.docs", "target/modules")))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
	}
}
