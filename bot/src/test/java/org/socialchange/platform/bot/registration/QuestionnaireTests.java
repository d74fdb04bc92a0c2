package org.socialchange.platform.bot.registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.Collator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.socialchange.platform.bot.BotKernel;
import org.socialchange.platform.bot.ChatRef;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.kit.Updates;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class QuestionnaireTests {

	BotKernel kernel = new BotKernel();

	Questionnaire questions = new Questionnaire(mock(EducatorManagement.class), this.kernel.replies, this.kernel.labels,
			Clock.systemUTC());

	static Educator educator(Language language, Country country) {
		Educator educator = mock(Educator.class);
		given(educator.language()).willReturn(language);
		given(educator.country()).willReturn(Optional.ofNullable(country));
		given(educator.needsZoneChoice()).willReturn(country == null || country.zone().isEmpty());
		given(educator.topics()).willReturn(Set.of(Topic.ENVIRONMENT));
		given(educator.visibility()).willReturn(Visibility.PEER_GROUPS);
		given(educator.displayName()).willReturn(Optional.empty());
		given(educator.consentedAt()).willReturn(Optional.empty());
		return educator;
	}

	static Incoming incoming(Educator educator) {
		Update start = Updates.command(Updates.user(7, "Ани Ованнисян-Гулакян", "hy"), "/start");
		return new Incoming(start, start.getMessage().getFrom(), ChatRef.privateChat(7), educator.language(),
				Optional.of(educator));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyButtonOfEveryQuestionFitsTelegramsLimitInEveryLanguageAndCountry(Language language) {
		for (Country country : Country.values()) {
			Educator educator = educator(language, country);
			for (Question question : EnumSet.range(Question.PRIVACY, Question.NETWORK)) {
				this.questions.keyboard(incoming(educator), educator, question, true)
					.getKeyboard()
					.forEach((row) -> row.forEach(
							(button) -> assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8).length)
								.as(button.getCallbackData())
								.isBetween(1, 64)));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void buttonsThatShareARowFitAPhone(Language language) {
		for (Country country : Country.values()) {
			Educator educator = educator(language, country);
			for (Question question : EnumSet.range(Question.PRIVACY, Question.NETWORK)) {
				this.questions.keyboard(incoming(educator), educator, question, true)
					.getKeyboard()
					.stream()
					.filter((row) -> row.size() > 1)
					.forEach((row) -> row
						.forEach((button) -> assertThat(button.getText().codePointCount(0, button.getText().length()))
							.as("%s %s: %s", language, question, button.getText())
							.isLessThanOrEqualTo(Keyboards.MAX_SHARED_LABEL)));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void countriesComeInTheReadersAlphabeticalOrderWithOtherLast(Language language) {
		Educator educator = educator(language, null);
		List<String> values = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		this.questions.keyboard(incoming(educator), educator, Question.COUNTRY, false)
			.getKeyboard()
			.forEach((row) -> row.forEach((button) -> {
				values.add(button.getCallbackData());
				labels.add(button.getText());
			}));
		assertThat(values).last().isEqualTo("reg:COUNTRY:OTHER");
		Collator collator = Collator.getInstance(language.locale());
		assertThat(labels.subList(0, labels.size() - 1)).isSortedAccordingTo(collator::compare);
	}

	@Test
	void questionsThatDoNotApplyAreSkippedForwardAndBack() {
		Educator armenia = educator(Language.HY, Country.AM);
		Educator russia = educator(Language.RU, Country.RU);
		Educator elsewhere = educator(Language.EN, Country.OTHER);
		assertThat(this.questions.after(Question.TOPICS, armenia)).contains(Question.NETWORK);
		assertThat(this.questions.after(Question.TOPICS, russia)).contains(Question.TIME_ZONE);
		assertThat(this.questions.after(Question.COUNTRY, armenia)).contains(Question.REGION);
		assertThat(this.questions.after(Question.COUNTRY, elsewhere)).contains(Question.COUNTRY_OTHER);
		assertThat(this.questions.before(Question.REGION, elsewhere)).contains(Question.COUNTRY_OTHER);
		assertThat(this.questions.before(Question.REGION, armenia)).contains(Question.COUNTRY);
		assertThat(this.questions.before(Question.NETWORK, armenia)).contains(Question.TOPICS);
		assertThat(this.questions.before(Question.NAME, armenia)).as("Back stops at the name").isEmpty();
		assertThat(this.questions.after(Question.NETWORK, armenia)).isEmpty();
	}

	@Test
	void russiaOffersItsTwelveZonesAndOtherCountriesAShortWorldList() {
		assertThat(Questionnaire.zones(Country.RU)).hasSize(12).contains("Asia/Vladivostok");
		assertThat(Questionnaire.zones(Country.TJ)).containsExactly("Asia/Dushanbe");
		assertThat(Questionnaire.zones(Country.OTHER)).contains("Asia/Almaty");
		Questionnaire.zones(Country.OTHER).forEach(ZoneId::of);
	}

	@Test
	void aResumedRegistrationStartsAtTheFirstUnansweredQuestion() {
		Educator newcomer = educator(Language.KA, null);
		assertThat(this.questions.firstUnanswered(newcomer)).contains(Question.PRIVACY);
	}

}
