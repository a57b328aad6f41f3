package dev.osuv1.starter.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application built on the starter alone, as a user of the starter writes one.
 */
@SpringBootApplication
public class StarterApplication {

	/**
	 * Starts the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(StarterApplication.class, args);
	}

}
