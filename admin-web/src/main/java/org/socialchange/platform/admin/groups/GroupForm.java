package org.socialchange.platform.admin.groups;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.translations.Language;

/**
 * The group form as submitted: a name and description per language code, topics, the
 * country ({@value #INTERNATIONAL} for none), network, primary language, join policy,
 * capacity and facilitators; checked into error keys and turned into a draft.
 */
public class GroupForm {

	static final String INTERNATIONAL = "INTERNATIONAL";

	private Map<String, String> names = new HashMap<>();

	private Map<String, String> descriptions = new HashMap<>();

	private List<String> topics = new ArrayList<>();

	private String country = "";

	private String network = Network.ALUMNI.name();

	private String primaryLanguage = Language.RU.code();

	private String joinPolicy = JoinPolicy.OPEN.name();

	private String capacity = "";

	private List<Long> facilitators = new ArrayList<>();

	static GroupForm of(PeerGroup group) {
		GroupForm form = new GroupForm();
		group.texts().forEach((language, text) -> {
			form.names.put(language.code(), text.name());
			form.descriptions.put(language.code(), (text.description() != null) ? text.description() : "");
		});
		form.topics = group.topics().stream().map(Enum::name).sorted().toList();
		form.country = group.country().map(Enum::name).orElse(INTERNATIONAL);
		form.network = group.network().name();
		form.primaryLanguage = group.primaryLanguage().code();
		form.joinPolicy = group.joinPolicy().name();
		form.capacity = group.capacity().map(String::valueOf).orElse("");
		form.facilitators = new ArrayList<>(group.facilitators());
		return form;
	}

	/** The message keys of what is wrong; empty when the form makes a group. */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		Language primary = Language.fromCode(this.primaryLanguage).orElse(null);
		if (primary == null || name(primary).isEmpty()) {
			errors.add("groups.error.primaryName");
		}
		for (Language language : Language.values()) {
			String name = name(language);
			String description = description(language);
			if (name.length() > GroupText.NAME_LIMIT) {
				errors.add("groups.error.nameLength");
			}
			if (description.length() > GroupText.DESCRIPTION_LIMIT) {
				errors.add("groups.error.descriptionLength");
			}
			if (name.isEmpty() && !description.isEmpty()) {
				errors.add("groups.error.descriptionWithoutName");
			}
		}
		if (!INTERNATIONAL.equals(this.country) && parse(Country.class, this.country) == null
				|| Country.OTHER.name().equals(this.country)) {
			errors.add("groups.error.country");
		}
		if (parse(Network.class, this.network) == null) {
			errors.add("groups.error.network");
		}
		if (parse(JoinPolicy.class, this.joinPolicy) == null) {
			errors.add("groups.error.policy");
		}
		if (!this.capacity.isBlank() && (capacityValue() == null || capacityValue() < 1)) {
			errors.add("groups.error.capacity");
		}
		if (this.topics.stream().anyMatch((topic) -> parse(Topic.class, topic) == null)) {
			errors.add("groups.error.topic");
		}
		return errors.stream().distinct().toList();
	}

	/** The draft of a form without {@link #errors()}. */
	PeerGroupDraft draft() {
		Map<Language, GroupText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (!name(language).isEmpty()) {
				texts.put(language, new GroupText(name(language), description(language)));
			}
		}
		Set<Topic> chosen = EnumSet.noneOf(Topic.class);
		this.topics.forEach((topic) -> chosen.add(Topic.valueOf(topic)));
		return new PeerGroupDraft(texts, chosen,
				INTERNATIONAL.equals(this.country) ? null : Country.valueOf(this.country),
				Network.valueOf(this.network), Language.fromCode(this.primaryLanguage).orElseThrow(),
				JoinPolicy.valueOf(this.joinPolicy), capacityValue(), new LinkedHashSet<>(this.facilitators));
	}

	String name(Language language) {
		String name = this.names.get(language.code());
		return (name != null) ? name.strip() : "";
	}

	String description(Language language) {
		String description = this.descriptions.get(language.code());
		return (description != null) ? description.strip() : "";
	}

	private Integer capacityValue() {
		try {
			return this.capacity.isBlank() ? null : Integer.valueOf(this.capacity.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public Map<String, String> getNames() {
		return this.names;
	}

	public void setNames(Map<String, String> names) {
		this.names = (names != null) ? names : new HashMap<>();
	}

	public Map<String, String> getDescriptions() {
		return this.descriptions;
	}

	public void setDescriptions(Map<String, String> descriptions) {
		this.descriptions = (descriptions != null) ? descriptions : new HashMap<>();
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? topics : new ArrayList<>();
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = (country != null) ? country : "";
	}

	public String getNetwork() {
		return this.network;
	}

	public void setNetwork(String network) {
		this.network = network;
	}

	public String getPrimaryLanguage() {
		return this.primaryLanguage;
	}

	public void setPrimaryLanguage(String primaryLanguage) {
		this.primaryLanguage = primaryLanguage;
	}

	public String getJoinPolicy() {
		return this.joinPolicy;
	}

	public void setJoinPolicy(String joinPolicy) {
		this.joinPolicy = joinPolicy;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = (capacity != null) ? capacity : "";
	}

	public List<Long> getFacilitators() {
		return this.facilitators;
	}

	public void setFacilitators(List<Long> facilitators) {
		this.facilitators = (facilitators != null) ? facilitators : new ArrayList<>();
	}

}
