package kr.dolbom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries (architecture.md): verified on every build; diagrams go to docs/modules. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DolbomApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
	}
}
