package kr.dolbom.org.security;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import kr.dolbom.org.internal.AccountLoader;
import kr.dolbom.shared.web.ProblemResponses;

/**
 * Two filter chains: the REST API under {@code /api} (stateless, bearer tokens, problem+json
 * errors) and the web UI (form login, server-side sessions, CSRF). Authorisation by role and scope
 * is checked again in every service.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
			ApplicationEventPublisher events) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		var manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	JwtEncoder jwtEncoder(SecuritySettings settings) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key(settings)));
	}

	@Bean
	JwtDecoder jwtDecoder(SecuritySettings settings) {
		var decoder = NimbusJwtDecoder.withSecretKey(key(settings)).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenService.ISSUER));
		return decoder;
	}

	private static SecretKeySpec key(SecuritySettings settings) {
		return new SecretKeySpec(settings.tokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The filter chains exist only in a web application (not when the jar runs a command such as a dataset load). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class FilterChains {

		@Bean
		@Order(1)
		SecurityFilterChain api(HttpSecurity http, AccountLoader loader, JwtDecoder decoder, ProblemResponses problems)
				throws Exception {
			http.securityMatcher("/api/**")
					.csrf(csrf -> csrf.disable())
					.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
					.requestCache(cache -> cache.disable())
					.authorizeHttpRequests(auth -> auth
							.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
							.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
							.anyRequest().authenticated())
					.oauth2ResourceServer(rs -> rs
							.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtUserConverter(loader)))
							.authenticationEntryPoint((req, res, e) -> problems.write(res, HttpStatus.UNAUTHORIZED,
									"unauthenticated", "problem.unauthenticated"))
							.accessDeniedHandler((req, res, e) -> problems.write(res, HttpStatus.FORBIDDEN, "forbidden",
									"problem.forbidden")))
					.exceptionHandling(ex -> ex
							.authenticationEntryPoint((req, res, e) -> problems.write(res, HttpStatus.UNAUTHORIZED,
									"unauthenticated", "problem.unauthenticated"))
							.accessDeniedHandler((req, res, e) -> problems.write(res, HttpStatus.FORBIDDEN, "forbidden",
									"problem.forbidden")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain ui(HttpSecurity http, AccountLoader loader, AuthenticationManager authenticationManager,
				SecurityContextRepository contextRepository) throws Exception {
			var success = new SavedRequestAwareAuthenticationSuccessHandler();
			success.setDefaultTargetUrl("/");
			http.authenticationManager(authenticationManager)
					.securityContext(sc -> sc.securityContextRepository(contextRepository))
					.authorizeHttpRequests(auth -> auth
							.requestMatchers(PUBLIC_PATHS).permitAll()
							.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
							.anyRequest().authenticated())
					.formLogin(form -> form.loginPage("/login")
							.successHandler(success)
							.failureHandler((request, response, exception) -> {
								String reason = exception instanceof LockedException ? "locked"
										: exception instanceof DisabledException ? "disabled" : "bad";
								response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
							})
							.permitAll())
					.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
					.addFilterBefore(new SessionUserFilter(loader), AuthorizationFilter.class)
					.headers(headers -> headers
							.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
							.referrerPolicy(rp -> rp.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
			return http.build();
		}
	}

}
