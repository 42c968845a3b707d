package kr.dolbom.org.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where the embedded database, uploads and additional code change files live
 *        ({@code DOLBOM_DATA_DIR}, default {@code ./data})
 */
@ConfigurationProperties("dolbom")
public record OrgSettings(Path dataDir) {

	public OrgSettings {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}
}
