package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (generated from the code at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}) with the same worked examples the README's curl commands
 * send, the roles, and the {@code X-API-Key} scheme so the API page can send a key.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String API_KEY = "apiKey";

	@Bean
	OpenApiCustomizer decisionExamples(ObjectMapper json) {
		return (openApi) -> {
			openApi.setInfo(new Info().title("Immigration referral decision support")
				.version("v1")
				.description("Advisory recommendations (\"advisory\": true) for passport counters and exit "
						+ "checks, explained row by row with the decision-table cell and the law in force "
						+ "on the case's legal date. An officer decides, and records what was decided "
						+ "(`POST /api/v1/decisions/{decisionId}/outcome`).\n\n"
						+ "Every `/api/**` call needs a key in `X-API-Key`; its role decides what it may do:\n"
						+ "- **caller** (`DECISION_API_KEYS`): decide, record the outcome of and read its own "
						+ "decisions;\n"
						+ "- **auditor** (`AUDITOR_API_KEYS`): read, search and replay any decision, criteria "
						+ "statistics;\n"
						+ "- **admin** (`ADMIN_API_KEYS`): rulesets and the access log, and all an auditor may.\n\n"
						+ "Every read of the decision log is itself logged; a search needs header `X-Purpose`."));
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(API_KEY,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-API-Key")
							.description("A caller, auditor or admin key"));
			openApi.addSecurityItem(new SecurityRequirement().addList(API_KEY));
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
