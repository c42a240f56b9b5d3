package io.mercato.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Makes Tomcat answer its own errors with problems ({@link ProblemReportValve}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class ContainerErrorConfiguration {

	@Bean
	ProblemReportValveCustomizer problemReportValveCustomizer(JsonMapper json) {
		return new ProblemReportValveCustomizer(json);
	}

	/**
	 * Replaces every error report valve of the host, including the one Spring Boot adds,
	 * by the problem-writing one, and names its class as the host's error report valve so
	 * that the host does not add Tomcat's own when it starts. It runs after Spring Boot's
	 * customizers, so that their valve is there to be replaced.
	 */
	static final class ProblemReportValveCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final JsonMapper json;

		ProblemReportValveCustomizer(JsonMapper json) {
			this.json = json;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemReportValve(this.json));
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
