package kr.dolbom.people.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param rrnKey master key for resident registration numbers ({@code DOLBOM_RRN_KEY}, at least 32
 *        bytes): the encryption key and the lookup-hash key are derived from it
 * @param maxAttachmentSize largest accepted scanned form
 */
@ConfigurationProperties("dolbom.people")
public record PeopleSettings(String rrnKey, DataSize maxAttachmentSize) {

	public PeopleSettings {
		if (maxAttachmentSize == null) {
			maxAttachmentSize = DataSize.ofMegabytes(10);
		}
	}
}
