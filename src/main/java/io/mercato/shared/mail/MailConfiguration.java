package io.mercato.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@ConditionalOnProperty("spring.mail.host")
	MailPort smtpMailPort(JavaMailSender sender, @Value("${mercato.mail.from}") String from) {
		return new SmtpMailPort(sender, from);
	}

	@Bean
	MailTemplates mailTemplates() {
		return new MailTemplates();
	}

	@Bean
	@ConditionalOnMissingBean(MailPort.class)
	CapturingMailPort capturingMailPort() {
		return new CapturingMailPort();
	}

}
