package org.socialchange.platform.training;

import java.util.Map;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.translations.Language;

/**
 * What the editor sends for a program: texts per language (a blank title leaves the
 * language out), schedule, scope and options.
 */
public record ProgramDraft(Map<Language, ProgramText> texts, ProgramSchedule schedule, Country country, Network network,
		boolean open, boolean postToGroups) {

}
