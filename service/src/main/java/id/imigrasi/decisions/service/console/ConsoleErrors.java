package id.imigrasi.decisions.service.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A failure on a console page as a page, never as problem+json: the features' problems (a
 * decision not found, another caller's decision, a replay whose version is gone, a log
 * that cannot be written) keep their status, with a plain title in both languages (by the
 * problem's kind) and the feature's own detail. An unexpected failure says nothing of its
 * cause, as the API does.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	private final MessageSource messages;

	ConsoleErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ProblemException.class)
	String problem(ProblemException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		return page(ex.status().value(), ex.kind(), ex.title(), ex.getMessage(), model);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletResponse response, Model model) {
		// The type and the stack, not the message: a message may quote input.
		Throwable scrubbed = new IllegalStateException(ex.getClass().getName());
		scrubbed.setStackTrace(ex.getStackTrace());
		log.error("Unexpected failure on a console page", scrubbed);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		return page(500, "internal-error", "Internal error", null, model);
	}

	/**
	 * The page, titled in both languages by the problem's kind ({@code problem.<kind>});
	 * a kind the messages do not name keeps the feature's English title.
	 */
	private String page(int status, String kind, String title, String detail, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("messageId",
				this.messages.getMessage("problem." + kind, null, title, ConsoleLanguage.INDONESIAN));
		model.addAttribute("messageEn", this.messages.getMessage("problem." + kind, null, title, Locale.ENGLISH));
		model.addAttribute("detail", detail);
		return "console/error";
	}

}
