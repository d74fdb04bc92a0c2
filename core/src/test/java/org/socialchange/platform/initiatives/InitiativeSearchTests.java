package org.socialchange.platform.initiatives;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the six languages on the real database: each query is a word as a person
 * would type it, mostly in another grammatical form than the text has; the expected
 * initiatives are found and the others are not.
 */
@PostgresJpaTest
@Import(InitiativeFixtures.Features.class)
class InitiativeSearchTests {

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	InitiativeFixtures fixtures;

	Educator viewer;

	Initiative russian;

	Initiative tajik;

	Initiative georgian;

	Initiative azerbaijani;

	Initiative armenian;

	Initiative english;

	@BeforeEach
	void initiatives() {
		this.fixtures.clear();
		this.viewer = this.fixtures.educator(Country.AM, Visibility.NETWORK, Admission.MEMBER);
		Educator author = this.fixtures.educator(Country.RU, Visibility.NETWORK, Admission.MEMBER);
		this.russian = this.fixtures.initiative(author, "Школьный клуб медиаграмотности",
				"Учим подростков проверять новости в нашей школе.", Topic.MEDIA_LITERACY);
		this.tajik = this.fixtures.initiative(author, "Мактаби ҳуқуқи кӯдакон",
				"Дар мактабҳои деҳа дарсҳои ҳуқуқи кӯдакро мегузаронем.", Topic.CHILDRENS_RIGHTS);
		this.georgian = this.fixtures.initiative(author, "ინკლუზიური განათლება",
				"ვმუშაობთ სოფლის სკოლებში მასწავლებლებთან ერთად.", Topic.INCLUSIVE_EDUCATION);
		this.azerbaijani = this.fixtures.initiative(author, "Uşaq hüquqları klubu",
				"Kənd məktəblərində uşaqlarla dərslər keçiririk.", Topic.CHILDRENS_RIGHTS);
		this.armenian = this.fixtures.initiative(author, "Ներառական կրթություն",
				"Աշխատում ենք գյուղական դպրոցներում ուսուցիչների հետ։", Topic.INCLUSIVE_EDUCATION);
		this.english = this.fixtures.initiative(author, "Youth media clubs",
				"Teenagers learn to check the news they share.", Topic.MEDIA_LITERACY);
	}

	@Test
	void russianFindsInflectedFormsAndNotOtherLanguages() {
		assertThat(find("школа")).containsExactly(this.russian);
		assertThat(find("новость")).containsExactly(this.russian);
		assertThat(find("Подросток")).containsExactly(this.russian);
		assertThat(find("клубы медиаграмотность")).containsExactly(this.russian);
	}

	@Test
	void tajikFindsTheStemWithoutPluralAndCaseEndings() {
		assertThat(find("мактаб")).containsExactly(this.tajik);
		assertThat(find("кӯдакон")).containsExactly(this.tajik);
		assertThat(find("ҳуқуқҳо")).containsExactly(this.tajik);
	}

	@Test
	void georgianFindsTheStemWithoutCaseEndings() {
		assertThat(find("სკოლა")).containsExactly(this.georgian);
		assertThat(find("განათლების")).containsExactly(this.georgian);
		assertThat(find("მასწავლებელი")).isEmpty();
		assertThat(find("მასწავლებლები")).containsExactly(this.georgian);
	}

	@Test
	void azerbaijaniFindsTheStemWithoutSuffixes() {
		assertThat(find("məktəb")).containsExactly(this.azerbaijani);
		assertThat(find("uşaqların")).containsExactly(this.azerbaijani);
		assertThat(find("hüquq")).containsExactly(this.azerbaijani);
		assertThat(find("Kəndlərdə")).containsExactly(this.azerbaijani);
	}

	@Test
	void armenianFindsInflectedForms() {
		assertThat(find("դպրոց")).containsExactly(this.armenian);
		assertThat(find("ուսուցիչ")).containsExactly(this.armenian);
		assertThat(find("կրթություն")).containsExactly(this.armenian);
		assertThat(find("դպրոցներից")).containsExactly(this.armenian);
	}

	@Test
	void englishStemsAndEveryWordMustMatch() {
		assertThat(find("club")).containsExactly(this.english);
		assertThat(find("checking news")).containsExactly(this.english);
		assertThat(find("news school")).isEmpty();
	}

	@Test
	void wordsOfUpdatesFindTheirInitiativeUntilTheUpdateIsGone() {
		Educator author = this.fixtures.educatorOf(this.english.authorId());
		InitiativeUpdate update = this.initiatives.post(author, this.english.id(),
				"We visited a library in Gyumri with twelve students.", List.of(), null);
		assertThat(find("libraries")).containsExactly(this.english);
		this.initiatives.editUpdate(author, update.id(), "We visited a museum.");
		assertThat(find("library")).isEmpty();
		assertThat(find("museums")).containsExactly(this.english);
		this.initiatives.deleteUpdate(author, update.id());
		assertThat(find("museum")).isEmpty();
	}

	@Test
	void filtersByTopicCountryAndStage() {
		assertThat(this.initiatives
			.find(this.viewer, new InitiativeFilter(null, Topic.CHILDRENS_RIGHTS, null, null), 0, 10)
			.items()).extracting(InitiativeSummary::initiative).containsExactly(this.azerbaijani, this.tajik);
		assertThat(
				this.initiatives.find(this.viewer, new InitiativeFilter("клуб", null, Country.RU, Stage.RUNNING), 0, 10)
					.items())
			.extracting(InitiativeSummary::initiative)
			.containsExactly(this.russian);
		assertThat(
				this.initiatives.find(this.viewer, new InitiativeFilter(null, null, Country.GE, null), 0, 10).items())
			.isEmpty();
		assertThat(
				this.initiatives.find(this.viewer, new InitiativeFilter(null, null, null, Stage.IDEA), 0, 10).items())
			.isEmpty();
	}

	@Test
	void pagesNewestFirst() {
		InitiativePage first = this.initiatives.find(this.viewer, InitiativeFilter.ANY, 0, 4);
		assertThat(first.items()).extracting(InitiativeSummary::initiative)
			.containsExactly(this.english, this.armenian, this.azerbaijani, this.georgian);
		assertThat(first.hasNext()).isTrue();
		InitiativePage second = this.initiatives.find(this.viewer, InitiativeFilter.ANY, 1, 4);
		assertThat(second.items()).extracting(InitiativeSummary::initiative).containsExactly(this.tajik, this.russian);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
	}

	private List<Initiative> find(String words) {
		return this.initiatives.find(this.viewer, new InitiativeFilter(words, null, null, null), 0, 20)
			.items()
			.stream()
			.map(InitiativeSummary::initiative)
			.toList();
	}

	static Set<Topic> topics(Topic topic) {
		return Set.of(topic);
	}

}
