package kr.dolbom.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param chainKey key of the access log's hash chain (at least 32 bytes; {@code DOLBOM_AUDIT_KEY}) */
@ConfigurationProperties("dolbom.audit")
record AuditSettings(String chainKey) {
}
