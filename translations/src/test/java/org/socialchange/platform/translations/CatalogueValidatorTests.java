package org.socialchange.platform.translations;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CatalogueValidatorTests {

	@Test
	void realCataloguesPass() {
		assertThat(CatalogueValidator.validate(Catalogue.load())).isEmpty();
	}

	@Test
	void realCataloguesHaveNoStartupDefects() {
		assertThat(CatalogueValidator.defects(Catalogue.load())).isEmpty();
	}

	@Test
	void realCataloguesHaveNoEnglishLeftInOtherLanguages() {
		Catalogue catalogue = Catalogue.load();
		Map<String, String> english = catalogue.patterns().get(Language.EN);
		for (Language language : Language.values()) {
			if (language == Language.EN) {
				continue;
			}
			english.forEach((key, text) -> assertThat(catalogue.pattern(language, key)).as(language + " " + key)
				.isNotEqualTo(text));
		}
	}

	@Test
	void acceptsASoundCatalogue() {
		assertThat(CatalogueValidator.validate(sound())).isEmpty();
	}

	@Test
	void reportsAMissingKey() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.KA).remove("hello");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly("ka: missing key hello");
	}

	@Test
	void reportsAnExtraKey() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.AZ).put("bye", "Sağ olun");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly("az: extra key bye");
	}

	@Test
	void reportsAMessageThatDoesNotParse() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.HY).put("hello", "Բարև, {name");
		assertThat(CatalogueValidator.validate(catalogue)).singleElement()
			.asString()
			.startsWith("hy: hello: does not parse");
	}

	@Test
	void reportsADifferentArgumentName() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("hello", "Здравствуйте, {imya}!");
		assertThat(CatalogueValidator.validate(catalogue)).singleElement()
			.asString()
			.startsWith("ru: hello: arguments {imya=none} differ from English {name=none}");
	}

	@Test
	void reportsADifferentArgumentType() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.TG).put("joined", "Шумо аз {date, number} бо мо ҳастед.");
		assertThat(CatalogueValidator.validate(catalogue)).singleElement()
			.asString()
			.startsWith("tg: joined: arguments {date=number} differ from English {date=date}");
	}

	@Test
	void reportsAPluralThatLacksACategoryTheLocaleRequires() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("members", "{count, plural, one {# участник} other {# участников}}");
		assertThat(CatalogueValidator.validate(catalogue))
			.containsExactly("ru: members: plural {count} lacks the categories [few, many] that ru requires");
	}

	@Test
	void reportsASelectOrdinalThatLacksACategory() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.EN).put("place", "{rank, selectordinal, one {#st} other {#th}}");
		catalogue.patterns()
			.values()
			.stream()
			.filter((messages) -> !messages.containsKey("place"))
			.forEach((messages) -> messages.put("place", "{rank, selectordinal, other {#}}"));
		assertThat(CatalogueValidator.validate(catalogue))
			.contains("en: place: selectordinal {rank} lacks the categories [few, two] that en requires");
	}

	@Test
	void explicitValuesDoNotCountAsCategories() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.HY).put("members", "{count, plural, =1 {մեկ մասնակից} other {# մասնակից}}");
		assertThat(CatalogueValidator.validate(catalogue))
			.containsExactly("hy: members: plural {count} lacks the categories [one] that hy requires");
	}

	@Test
	void reportsAPluralCategoryTheLocaleDoesNotHave() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.TG).put("members", "{count, plural, few {# аъзо} other {# аъзо}}");
		catalogue.patterns()
			.get(Language.HY)
			.put("members", "{count, plural, one {# մասնակից} few {# մասնակից} other {# մասնակից}}");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"hy: members: plural {count} has the categories [few] that hy does not have",
				"tg: members: plural {count} has the categories [few] that tg does not have");
	}

	@Test
	void acceptsExplicitValuesBesideTheLocalesCategories() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.TG).put("members", "{count, plural, =0 {ҳеҷ аъзо} other {# аъзо}}");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsAPluralBranchThatDoesNotShowTheNumber() {
		Catalogue catalogue = sound();
		catalogue.patterns()
			.get(Language.RU)
			.put("members",
					"{count, plural, one {один участник} few {# участника} many {участников} other {# участника}}");
		catalogue.patterns().get(Language.HY).put("members", "{count, plural, one {մեկ մասնակից} other {# մասնակից}}");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"ru: members: plural {count}: the 'one' branch does not show the number (#)",
				"ru: members: plural {count}: the 'many' branch does not show the number (#)",
				"hy: members: plural {count}: the 'one' branch does not show the number (#)");
	}

	@Test
	void acceptsSpellingOutTheNumberWhereTheBranchHoldsOnlyOneNumber() {
		Catalogue catalogue = sound();
		catalogue.patterns()
			.get(Language.EN)
			.put("members", "{count, plural, =0 {no members yet} one {one member} other {# members}}");
		catalogue.patterns().get(Language.AZ).put("members", "{count, plural, one {bir üzv} other {# üzv}}");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsHtmlThatTelegramCannotParse() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.EN).put("hello", "<b>Hello</i>, {name}!");
		catalogue.patterns().get(Language.RU).put("hello", "<p>Здравствуйте</p>, {name}!");
		catalogue.patterns().get(Language.HY).put("hello", "Բարև, {name} <3");
		catalogue.patterns().get(Language.KA).put("hello", "გამარჯობა & მოგესალმებით, {name}!");
		catalogue.patterns().get(Language.AZ).put("hello", "<b>Salam, {name}!");
		catalogue.patterns().get(Language.TG).put("members", "{count, plural, other {<i># аъзо}}");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly("en: hello: HTML: </i> closes <b>",
				"ru: hello: HTML: unknown tag <p>", "hy: hello: HTML: stray '<' (write &lt;)",
				"ka: hello: HTML: '&' that does not start an entity (write &amp;)",
				"az: hello: HTML: <b> is never closed", "tg: members: HTML: <i> is never closed");
	}

	@Test
	void acceptsTheHtmlTelegramParses() {
		Catalogue catalogue = sound();
		catalogue.patterns()
			.get(Language.EN)
			.put("hello",
					"<b>Hello</b>, <a href=\"https://t.me/x?a=1&amp;b=2\">{name}</a> &lt;3 &amp; &quot;hi&quot; &#128075;"
							+ " <span class=\"tg-spoiler\">s</span> <tg-spoiler>t</tg-spoiler> <blockquote expandable>q</blockquote>"
							+ " <pre><code class=\"language-java\">c</code></pre> <i><u>iu</u></i>");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsACommandDescriptionThatIsTooLongCapitalisedOrEndsWithAFullStop() {
		Catalogue catalogue = withEverywhere(sound(), "command.help", "show what the bot can do",
				"Показать всё, что умеет этот бот, и ещё очень много разных вещей.",
				"ցույց տալ բոտի հնարավորությունները։", "ბოტის შესაძლებლობების ჩვენება", "botun imkanlarını göstərmək",
				"нишон додани имкониятҳои бот");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"ru: command.help: command description of 65 characters, over 60",
				"ru: command.help: command description starts with the capital 'П'; start in lower case",
				"ru: command.help: command description ends with a full stop",
				"hy: command.help: command description ends with a full stop");
	}

	@Test
	void acceptsAShortLowerCaseCommandDescription() {
		Catalogue catalogue = withEverywhere(sound(), "command.help", "show what the bot can do",
				"показать, что умеет бот", "ցույց տալ բոտի հնարավորությունները", "ბოტის შესაძლებლობების ჩვენება",
				"botun imkanlarını göstərmək", "нишон додани имкониятҳои бот");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsANoticeOverTheToastLimit() {
		Catalogue catalogue = withEverywhere(sound(), "profile.saved", "Saved.", "Сохранено. " + "Очень. ".repeat(30),
				"Պահպանված է։", "შენახულია.", "Yadda saxlanıldı.", "Нигоҳ дошта шуд.");
		assertThat(CatalogueValidator.validate(catalogue))
			.containsExactly("ru: profile.saved: notice of 221 characters, over the toast limit of 200");
	}

	@Test
	void acceptsANoticeWithinTheToastLimitAndLongTextsElsewhere() {
		Catalogue catalogue = withEverywhere(sound(), "profile.saved", "Saved.", "Сохранено.", "Պահպանված է։",
				"შენახულია.", "Yadda saxlanıldı.", "Нигоҳ дошта шуд.");
		catalogue.patterns().get(Language.RU).put("hello", "Здравствуйте, {name}! " + "Очень. ".repeat(30));
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsABlankMessage() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.KA).put("hello", " \n ");
		catalogue.patterns().get(Language.TG).put("joined", "");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly("ka: hello: is empty",
				"tg: joined: is empty");
	}

	@Test
	void acceptsAMessageThatIsOnlyAnArgument() {
		Catalogue catalogue = withEverywhere(sound(), "name", "{name}", "{name}", "{name}", "{name}", "{name}",
				"{name}");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsALatinLookAlikeInsideACyrillicWord() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("hello", "Здрaвствуйте, {name}!");
		catalogue.patterns().get(Language.TG).put("hello", "Сaлoм, {name}!");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"ru: hello: Latin look-alike 'a' (U+0061) inside the Cyrillic word «Здрaвствуйте»",
				"tg: hello: Latin look-alike 'a' (U+0061) inside the Cyrillic word «Сaлoм»");
	}

	@Test
	void reportsQuotationMarksOfAnotherLanguage() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.EN).put("hello", "Hello, «{name}»!");
		catalogue.patterns().get(Language.KA).put("hello", "გამარჯობა, “{name}”!");
		catalogue.patterns().get(Language.RU).put("hello", "Здравствуйте, «{name}»!");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"en: hello: quotation mark «: en quotes “like this”",
				"en: hello: quotation mark »: en quotes “like this”",
				"ka: hello: quotation mark ”: ka quotes „like this“");
	}

	@Test
	void reportsCyrillicInAzerbaijani() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.AZ).put("hello", "Sаlam, {name}!");
		assertThat(CatalogueValidator.validate(catalogue))
			.containsExactly("az: hello: Cyrillic letter 'а' (U+0430) in the Azerbaijani word «Sаlam»");
	}

	@Test
	void reportsLettersOutsideTheLanguagesAlphabet() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("hello", "Здравствуйте, {name}! Welcome.");
		catalogue.patterns().get(Language.HY).put("hello", "Բարև, {name}! Привет.");
		catalogue.patterns().get(Language.KA).put("hello", "ᲒᲐᲛᲐᲠᲯᲝᲑᲐ, {name}!");
		catalogue.patterns().get(Language.AZ).put("hello", "Salam, {name}! Wäre.");
		catalogue.patterns().get(Language.TG).put("joined", "Шумо аз {date, date, long} бо мо ҳастед. Ɣ");
		catalogue.patterns().get(Language.EN).put("joined", "With us since {date, date, long}. Ҳа!");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"en: joined: letter 'Ҳ' (U+04B2) outside the Latin alphabet in «Ҳа»",
				"ru: hello: letter 'W' (U+0057) outside the Russian Cyrillic alphabet in «Welcome»",
				"hy: hello: letter 'П' (U+041F) outside the Armenian alphabet in «Привет»",
				"ka: hello: letter 'Გ' (U+1C92) outside the Georgian Mkhedruli alphabet in «ᲒᲐᲛᲐᲠᲯᲝᲑᲐ»",
				"az: hello: letter 'ä' (U+00E4) outside the Azerbaijani Latin alphabet in «Wäre»",
				"tg: joined: letter 'Ɣ' (U+0194) outside the Tajik Cyrillic alphabet in «Ɣ»");
	}

	@Test
	void acceptsAllowedLatinNamesCommandsUrlsArgumentsAndTagsInAnyScript() {
		Catalogue catalogue = sound();
		catalogue.patterns()
			.get(Language.RU)
			.put("hello", "Здравствуйте, {name}! Откройте <a href=\"https://t.me/bot\">Telegram</a>, отправьте /start"
					+ " или @support_bot, см. https://example.org/a?b=c. Ваш ID: 42 🙂 — «ёлка»…");
		catalogue.patterns().get(Language.HY).put("hello", "Բարև, {name}! Գրեք Telegram-ում /start, և ձեր ID-ն։");
		catalogue.patterns().get(Language.TG).put("hello", "Салом, {name}! Ӣ ӯ ҳ қ ғ ҷ");
		assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
	}

	@Test
	void reportsAWrongGlossaryVariant() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("hello", "Здравствуйте, {name}! Вы — молодежный работник.");
		catalogue.patterns().get(Language.AZ).put("hello", "Salam, {name}! GÖRÜNÜRLÜK");
		assertThat(CatalogueValidator.validate(catalogue)).containsExactly(
				"ru: hello: uses «Молодёжный работник»: use «Работа с молодёжью» instead",
				"az: hello: uses «Görünürlük»: use «Kimlər görür» instead");
	}

	@Test
	void acceptsTheGlossaryTermAndTheWrongVariantInAnotherLanguage() {
		Catalogue catalogue = sound();
		catalogue.patterns()
			.get(Language.RU)
			.put("hello", "Здравствуйте, {name}! Вы — специалист по работе с молодёжью.");
		catalogue.patterns().get(Language.TG).put("hello", "Салом, {name}! Молодёжный работник");
		assertThat(CatalogueValidator.validate(catalogue, WrongVariant.load())).isEmpty();
	}

	@Test
	void readsTheWrongVariantsFile() {
		assertThat(WrongVariant.load()).contains(new WrongVariant(Language.TG, "Гузаронидан", "Бе ҷавоб"),
				new WrongVariant(Language.HY, "սկզբնապես", "լռելյայն"));
	}

	@Test
	void rejectsAMalformedWrongVariantsLine() {
		assertThatIllegalStateException()
			.isThrownBy(() -> WrongVariant.parse(List.of("# comment", "", "ru | только два поля")))
			.withMessageContaining("line 3");
		assertThatIllegalStateException().isThrownBy(() -> WrongVariant.parse(List.of("xx | a | b")))
			.withMessageContaining("unknown language 'xx'");
	}

	@Test
	void startupDefectsLeaveQuestionsOfWordingToTheBuild() {
		Catalogue catalogue = sound();
		catalogue.patterns().get(Language.RU).put("hello", "Здрaвствуйте, молодёжный работник {name}!");
		catalogue.patterns().get(Language.TG).put("members", "{count, plural, few {аъзо} other {аъзо}}");
		catalogue.patterns().get(Language.HY).put("hello", "<b>Բարև, {name}!");
		assertThat(CatalogueValidator.defects(catalogue)).containsExactly("hy: hello: HTML: <b> is never closed");
	}

	private static Catalogue sound() {
		Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
		patterns.put(Language.EN, messages("Hello, {name}!", "{count, plural, one {# member} other {# members}}",
				"With us since {date, date, long}."));
		patterns.put(Language.RU,
				messages("Здравствуйте, {name}!",
						"{count, plural, one {# участник} few {# участника} many {# участников} other {# участника}}",
						"С нами с {date, date, long}."));
		patterns.put(Language.HY, messages("Բարև, {name}!", "{count, plural, one {# մասնակից} other {# մասնակից}}",
				"Մեզ հետ եք {date, date, long}-ից։"));
		patterns.put(Language.KA, messages("გამარჯობა, {name}!", "{count, plural, one {# წევრი} other {# წევრი}}",
				"ჩვენთან ხართ {date, date, long}-დან."));
		patterns.put(Language.AZ, messages("Salam, {name}!", "{count, plural, one {# üzv} other {# üzv}}",
				"{date, date, long} tarixindən bizimləsiniz."));
		patterns.put(Language.TG, messages("Салом, {name}!", "{count, plural, other {# аъзо}}",
				"Шумо аз {date, date, long} бо мо ҳастед."));
		return new Catalogue(patterns);
	}

	private static Map<String, String> messages(String hello, String members, String joined) {
		Map<String, String> messages = new LinkedHashMap<>();
		messages.put("hello", hello);
		messages.put("members", members);
		messages.put("joined", joined);
		return messages;
	}

	/** Adds the key to every language, values in the order en, ru, hy, ka, az, tg. */
	private static Catalogue withEverywhere(Catalogue catalogue, String key, String... values) {
		Language[] languages = Language.values();
		for (int i = 0; i < languages.length; i++) {
			catalogue.patterns().get(languages[i]).put(key, values[i]);
		}
		return catalogue;
	}

}
