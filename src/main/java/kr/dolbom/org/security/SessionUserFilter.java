package kr.dolbom.org.security;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.dolbom.org.internal.AccountLoader;

/**
 * For each request of a signed-in web session, loads the user fresh. If the account was locked,
 * disabled or had its password reset since login, the session ends here. The fresh authentication
 * lives for this request only; the session keeps just the id and stamp of the login.
 */
final class SessionUserFilter extends OncePerRequestFilter {

	private final AccountLoader loader;

	SessionUserFilter(AccountLoader loader) {
		this.loader = loader;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
			var user = loader.load(details.id(), details.securityStamp());
			if (user.isEmpty()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				var context = SecurityContextHolder.createEmptyContext();
				var fresh = new DolbomAuthentication(user.get());
				fresh.setDetails(details);
				context.setAuthentication(fresh);
				SecurityContextHolder.setContext(context);
				if (details.mustChangePassword() && !passwordChangeAllowedPath(request)) {
					response.sendRedirect(request.getContextPath() + "/account/password?required");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean passwordChangeAllowedPath(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/account/password") || path.equals("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/error");
	}
}
