/**
 * The written notice to the citizen (issue 17, SPEC 8.1): the applicant-safe view of one
 * decision whose officer refused, suspended, deferred, refused exit or asked for
 * documents. It states the officer's final decision (not the engine's recommendation),
 * the reasons policy staff wrote for the citizen, the law in force on the legal date,
 * what lifts the decision and how to object (UU 30/2014 Pasal 75-78). It never reveals
 * referrals, trafficking indicators, testimony or anything about a third person: read out
 * beside a recruiter, it must not warn him. One Thymeleaf template serves the HTML and,
 * through openhtmltopdf, the A4 PDF. Reads go through the decision log, which lets a
 * caller read only its own decisions and logs every read. See docs/notice.md.
 */
package id.imigrasi.decisions.service.notice;
