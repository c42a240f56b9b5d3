package io.mercato.shared.mail;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from templates with Thymeleaf: {@code templates/mail/<name>.txt} (text
 * mode, {@code [(${value})]} inlines a value as it is: plain text needs no escaping) for
 * the plain-text body and {@code templates/mail/<name>.html} (HTML mode, every value
 * escaped) for the HTML body. Both see the same variables. Templates are read once and
 * cached.
 */
public class MailTemplates {

	private static final String PREFIX = "templates/mail/";

	private final TemplateEngine text = engine(".txt", TemplateMode.TEXT);

	private final TemplateEngine html = engine(".html", TemplateMode.HTML);

	/**
	 * Renders a mail with a text and an HTML body.
	 * @param to the recipient's address
	 * @param subject the subject line
	 * @param template the templates' name, such as {@code order-placed}
	 * @param variables the values the templates show
	 * @return the message
	 * @throws org.thymeleaf.exceptions.TemplateEngineException when a template is missing
	 * or broken
	 */
	public MailMessage render(String to, String subject, String template, Map<String, ?> variables) {
		Context context = new Context(Locale.ENGLISH);
		variables.forEach(context::setVariable);
		context.setVariable("subject", subject);
		return new MailMessage(to, subject, this.text.process(template, context), this.html.process(template, context));
	}

	private static TemplateEngine engine(String suffix, TemplateMode mode) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix(PREFIX);
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
