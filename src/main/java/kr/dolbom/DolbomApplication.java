package kr.dolbom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 돌봄 — the information system for outreach health &amp; welfare services and integrated case
 * management of Korean local governments.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DolbomApplication {

	public static void main(String[] args) {
		SpringApplication.run(DolbomApplication.class, args);
	}
}
