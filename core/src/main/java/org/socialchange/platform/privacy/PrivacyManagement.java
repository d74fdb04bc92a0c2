package org.socialchange.platform.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of personal data: exports everything every feature stores about a
 * person ({@code /mydata}) and erases it all in one transaction, so an erasure happens
 * completely or not at all.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyManagement {

	private final List<PersonalData> contributors;

	PrivacyManagement(List<PersonalData> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	/** Every contributor's section, in their order, empty sections left out. */
	public Map<String, Object> export(DataSubject subject) {
		Map<String, Object> export = new LinkedHashMap<>();
		for (PersonalData contributor : this.contributors) {
			Map<String, Object> section = contributor.export(subject);
			if (!section.isEmpty()) {
				export.put(contributor.section(), section);
			}
		}
		return export;
	}

	/**
	 * Erases the subject everywhere, irreversibly, in one transaction: the contributors
	 * in reverse order, the one owning the person last.
	 */
	@Transactional
	public void erase(DataSubject subject) {
		for (int i = this.contributors.size() - 1; i >= 0; i--) {
			this.contributors.get(i).erase(subject);
		}
	}

	/** The contributors, in export order. */
	public List<PersonalData> contributors() {
		return this.contributors;
	}

}
