package id.imigrasi.decisions.service.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: what each page this key may open is for. */
@Controller
class ConsoleHome {

	@GetMapping({ "/console", "/console/" })
	String home() {
		return "console/home";
	}

}
