package org.socialchange.platform.privacy;

import java.util.Map;
import java.util.Set;

/**
 * What one feature stores about a person: the tables it answers for, its section of
 * {@code /mydata}, and how it erases them. Every table that refers to an educator has a
 * contributor (the server's {@code PersonalDataCoverageTests} fails otherwise).
 * Contributors are ordered with {@link org.springframework.core.annotation.Order @Order}:
 * they export in that order and erase in the reverse one, so the feature that owns the
 * person (the educator's profile, first) is erased last, after everything that refers to
 * it.
 */
public interface PersonalData {

	/** The name of this contributor's section in the export, e.g. {@code profile}. */
	String section();

	/** The tables whose rows this contributor exports and erases. */
	Set<String> tables();

	/**
	 * What is stored about the subject, as plain values (strings, numbers, booleans,
	 * lists and maps of them) ready to be written as JSON; empty when nothing is.
	 */
	Map<String, Object> export(DataSubject subject);

	/**
	 * Erases or anonymises everything stored about the subject, in the caller's
	 * transaction.
	 */
	void erase(DataSubject subject);

}
