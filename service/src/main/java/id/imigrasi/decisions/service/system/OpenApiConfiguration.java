package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (generated from the code at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}) with the same worked examples the README's curl commands
 * send.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenApiCustomizer decisionExamples(ObjectMapper json) {
		return (openApi) -> {
			openApi.setInfo(new Info().title("Immigration referral decision support")
				.version("v1")
				.description("Advisory recommendations (\"advisory\": true) for passport counters and exit "
						+ "checks, explained row by row with the decision-table cell and the law in force "
						+ "on the case's legal date. An officer decides."));
			example(openApi.getPaths().get("/api/v1/decisions/passport-application"), "passport-application", json);
			example(openApi.getPaths().get("/api/v1/decisions/departure"), "departure", json);
		};
	}

	private static void example(PathItem path, String name, ObjectMapper json) {
		if (path == null || path.getPost() == null) {
			return;
		}
		Operation post = path.getPost();
		MediaType body = post.getRequestBody()
			.getContent()
			.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
		if (body == null) {
			return;
		}
		try (InputStream in = OpenApiConfiguration.class.getResourceAsStream("/examples/" + name + ".json")) {
			body.setExample(json.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
