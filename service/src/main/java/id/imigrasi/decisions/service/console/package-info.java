/**
 * The web console (issue 19, SPEC 8.1 {@code /console}) for policy staff, trainers and
 * auditors: server-rendered pages over the same features the API offers, called in
 * process. A key is presented once at sign-in; the browser then holds only a session
 * cookie, and the session only the key's label and role. Every page shows what that role
 * may do and calls the features' own checks: the decision log's ownership and access
 * logging, the ruleset lifecycle's gates, the scenario runner's strict reader. Nothing
 * here decides, validates or authorises on its own account.
 */
package id.imigrasi.decisions.service.console;
