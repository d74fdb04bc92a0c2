package org.socialchange.platform.initiatives;

import java.util.List;

/**
 * An update as a coordinator sees it: with its initiative and author, and the open
 * reports on it (their reasons; reporters are not named).
 */
public record ModeratedUpdate(InitiativeUpdate update, Initiative initiative, Author author, int openReports,
		List<String> reasons) {

}
