package kr.dolbom.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current request (behind a proxy, the forwarded address once
 * {@code server.forward-headers-strategy} is set), or null outside a request.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
