package id.imigrasi.decisions.service.notice;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where notices are issued from: the office that decides, printed at the head of every
 * notice and named as the place to object, and its time zone for the dates. One service
 * serves one office; a service shared by several offices sets the name of the directorate
 * and each counter writes its own stamp.
 */
@Component
class NoticeSettings {

	private static final Logger log = LoggerFactory.getLogger(NoticeSettings.class);

	private final String office;

	private final String address;

	private final ZoneId zone;

	NoticeSettings(@Value("${decisions.notice.office:}") String office,
			@Value("${decisions.notice.office-address:}") String address,
			@Value("${decisions.notice.zone:Asia/Jakarta}") ZoneId zone) {
		this.office = blankToNull(office);
		this.address = blankToNull(address);
		this.zone = zone;
		if (this.office == null) {
			log.warn("decisions.notice.office is not set: written notices say that the issuing office is "
					+ "not configured (docs/notice.md)");
		}
	}

	/** The office's name; null when not configured (the notice says so). */
	String office() {
		return this.office;
	}

	/** The office's address; null when not configured. */
	String address() {
		return this.address;
	}

	/** The zone of the office's dates: WIB by default, WITA or WIT where it sits. */
	ZoneId zone() {
		return this.zone;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
