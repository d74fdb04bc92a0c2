package org.socialchange.platform.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.DigestSchedule;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupChats;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinOutcome;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.initiatives.GroupDigests;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativePage;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.translations.Language;

import static org.socialchange.platform.bench.SandboxHttp.get;
import static org.socialchange.platform.bench.SandboxHttp.percentile;
import static org.socialchange.platform.bench.SandboxHttp.post;

/**
 * Runs the real platform in sandbox mode, loads educators, initiatives and updates in
 * bulk with SQL (the search words made by the application's own SQL expression), then
 * measures {@link InitiativeManagement#find} for a mix of queries beside the naive
 * {@code ILIKE '%word%'} lookup, and a digest run for peer groups with linked chats
 * beside the time Telegram's 30 messages a second need at the least.
 */
public final class SearchBenchmark {

	private static final String LANGUAGES = "ru tg hy ka az en";

	/**
	 * Words of each language, most frequent first (the rank of a Zipf-like choice),
	 * already normalised as {@code SearchWords.normalize} would: lower case, letters
	 * only.
	 */
	private static final Map<String, String> WORDS = Map.of("ru",
			"и в на с для по мы наши наш школа школы школе школу дети детей детям учителя учитель учителей ученики "
					+ "учеников проект проекта проекте проекты родители родителей урок уроки занятия класс классе "
					+ "библиотека библиотеке библиотеки сообщество молодежь молодежи клуб волонтеры экология мусора "
					+ "раздельный сбор деревья парк село селе город права ребенка инклюзивное образование "
					+ "медиаграмотность чтение дебаты выставка конкурс встреча семинар тренинг фестиваль подростки "
					+ "подростков мир диалог цифровые инструменты компьютер интернет безопасность провели прошла "
					+ "начали собрали пригласили подготовили первый новый новые неделю месяц весной летом осенью "
					+ "зимой вместе местные жителей администрация поддержка грант",
			"tg",
			"ва дар бо барои аз мо мактаб мактаби мактабҳо мактабҳои муаллим муаллимон хонандагон хонандагони кӯдакон "
					+ "кӯдак волидон лоиҳа лоиҳаи лоиҳаҳо дарс дарсҳо синф синфи китобхона китобхонаи ҷомеа ҷомеаи "
					+ "ҷавонон клуб ихтиёриён экология партовҳо дарахтон боғ деҳа деҳаи шаҳр ҳуқуқи таълим таълими "
					+ "фарогир хондан мубоҳиса намоиш озмун вохӯрӣ семинар тренинг ҷашнвора наврасон сулҳ муколама "
					+ "рақамӣ компютер интернет бехатарӣ гузарондем гузашт оғоз кардем ҷамъ даъват омода аввал нав "
					+ "ҳафта моҳ баҳор тобистон тирамоҳ зимистон якҷоя маҳаллӣ сокинон дастгирӣ грант",
			"hy",
			"և ու մենք մեր համար դպրոց դպրոցի դպրոցում դպրոցներ դպրոցներում երեխաներ երեխաների ուսուցիչ ուսուցիչներ "
					+ "աշակերտներ աշակերտների նախագիծ նախագծի նախագծեր ծնողներ ծնողների դաս դասեր դասարան գրադարան "
					+ "գրադարանում համայնք համայնքի երիտասարդներ երիտասարդների ակումբ կամավորներ էկոլոգիա աղբ ծառեր "
					+ "այգի գյուղ գյուղում քաղաք իրավունքներ երեխայի ներառական կրթություն մեդիագրագիտություն "
					+ "ընթերցանություն բանավեճ ցուցահանդես մրցույթ հանդիպում սեմինար թրեյնինգ փառատոն դեռահասներ "
					+ "խաղաղություն երկխոսություն թվային գործիքներ համակարգիչ ինտերնետ անվտանգություն անցկացրինք "
					+ "անցավ սկսեցինք հավաքեցինք հրավիրեցինք առաջին նոր շաբաթ ամիս գարնանը ամռանը աշնանը ձմռանը "
					+ "միասին տեղական բնակիչներ աջակցություն դրամաշնորհ",
			"ka",
			"და ჩვენ ჩვენი სკოლა სკოლის სკოლაში სკოლები სკოლებში ბავშვები ბავშვების მასწავლებელი მასწავლებლები "
					+ "მოსწავლეები მოსწავლეების პროექტი პროექტის პროექტები მშობლები მშობლების გაკვეთილი გაკვეთილები "
					+ "კლასი ბიბლიოთეკა ბიბლიოთეკაში თემი საზოგადოება ახალგაზრდები ახალგაზრდების კლუბი მოხალისეები "
					+ "ეკოლოგია ნაგავი ხეები პარკი სოფელი სოფელში ქალაქი უფლებები ბავშვის ინკლუზიური განათლება "
					+ "მედიაწიგნიერება კითხვა დებატები გამოფენა კონკურსი შეხვედრა სემინარი ტრენინგი ფესტივალი "
					+ "მოზარდები მშვიდობა დიალოგი ციფრული ინსტრუმენტები კომპიუტერი ინტერნეტი უსაფრთხოება ჩავატარეთ "
					+ "ჩატარდა დავიწყეთ შევაგროვეთ მოვიწვიეთ პირველი ახალი კვირა თვე გაზაფხულზე ზაფხულში "
					+ "შემოდგომაზე ზამთარში ერთად ადგილობრივი მაცხოვრებლები მხარდაჭერა გრანტი",
			"az",
			"və ilə üçün biz bizim məktəb məktəbin məktəbdə məktəblər məktəblərdə uşaqlar uşaqların müəllim müəllimlər "
					+ "şagirdlər şagirdlərin layihə layihənin layihələr valideynlər valideynlərin dərs dərslər sinif "
					+ "kitabxana kitabxanada icma icmanın gənclər gənclərin klub könüllülər ekologiya tullantılar "
					+ "ağaclar park kənd kənddə şəhər hüquqlar uşaq inklüziv təhsil mediasavadlılıq oxu debatlar "
					+ "sərgi müsabiqə görüş seminar təlim festival yeniyetmələr sülh dialoq rəqəmsal alətlər kompüter "
					+ "internet təhlükəsizlik keçirdik keçdi başladıq topladıq dəvət hazırladıq birinci yeni həftə ay "
					+ "yazda yayda payızda qışda birlikdə yerli sakinlər dəstək qrant",
			"en",
			"and the in for with our we school schools children teacher teachers students student project projects "
					+ "parents lesson lessons class library community youth club volunteers ecology waste recycling "
					+ "trees park village town rights child inclusive education media literacy reading debate "
					+ "exhibition contest meeting workshop training festival teenagers peace dialogue digital tools "
					+ "computer internet safety held started collected invited prepared first new week month spring "
					+ "summer autumn winter together local residents support grant");

	/**
	 * Rare words: one text in a hundred has one, chosen Zipf-like among these, so the
	 * first is found in about half a percent of initiatives and the last in a few dozen.
	 */
	private static final Map<String, String> RARE = Map.of("ru",
			"робототехника краеведение скворечники керамика астрономия шахматы гербарий субботник агротуризм", "tg",
			"робототехника кулолгарӣ ниҳолшинонӣ шоҳмот нуҷум гулдӯзӣ", "hy",
			"ռոբոտաշինություն խեցեգործություն աստղագիտություն շախմատ թռչնանոցներ", "ka",
			"რობოტიკა კერამიკა ასტრონომია ჭადრაკი სალამური", "az",
			"robototexnika keramika astronomiya şahmat quşyuvaları", "en",
			"robotics pottery astronomy chess birdhouses");

	/** Places, as people write them (normalised for the search words). */
	private static final Map<String, String> PLACES = Map.of("ru",
			"Казань Тверь Пермь Самара Ростов Омск Томск Иркутск", "tg",
			"Хуҷанд Кӯлоб Душанбе Бохтар Истаравшан Панҷакент", "hy", "Գյումրի Վանաձոր Երևան Դիլիջան Գորիս Սևան", "ka",
			"ქუთაისი ბათუმი თბილისი გორი ზუგდიდი თელავი", "az", "Gəncə Sumqayıt Bakı Şəki Lənkəran Quba", "en",
			"Yerevan Tbilisi Baku Dushanbe Kazan Gyumri Kutaisi Ganja");

	private static final Map<String, String> NAMES = Map.of("ru", "Анна Мария Елена Ольга Иван Сергей Дмитрий Наталья",
			"tg", "Фарангис Зарина Манижа Рустам Фирдавс Шаҳло", "hy", "Անի Նարե Լիլիթ Արամ Գոհար Տիգրան", "ka",
			"ნინო მარიამ ანა გიორგი თამარ ლევანი", "az", "Aynur Leyla Günel Elnur Səbinə Rəşad", "en",
			"Emma Olivia Sarah James Laura Daniel");

	private static final Map<String, Country> HOME = Map.of("ru", Country.RU, "tg", Country.TJ, "hy", Country.AM, "ka",
			Country.GE, "az", Country.AZ);

	private static final Map<Country, String> ZONES = Map.of(Country.RU, "Europe/Moscow", Country.TJ, "Asia/Dushanbe",
			Country.AM, "Asia/Yerevan", Country.GE, "Asia/Tbilisi", Country.AZ, "Asia/Baku");

	private static final Country[] COUNTRIES = { Country.AM, Country.AZ, Country.GE, Country.RU, Country.TJ };

	private static final int PAGE_SIZE = 5;

	private static final GroupAccess ADMIN = new GroupAccess(0, "bench", CoordinatorRole.ADMINISTRATOR,
			EducatorScope.all());

	private static final Random RANDOM = new Random(42);

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int initiatives = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int updates = (args.length > 1) ? Integer.parseInt(args[1]) : 10 * initiatives;
		int educators = (args.length > 2) ? Integer.parseInt(args[2]) : 10_000;
		int groups = (args.length > 3) ? Integer.parseInt(args[3]) : 1_000;
		System.out.printf(Locale.ROOT,
				"Search benchmark: %,d educators, %,d initiatives, %,d updates, %,d groups; %d cores, %d MiB max heap, %s%n",
				educators, initiatives, updates, groups, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, Instant.now());
		List<String> report = new ArrayList<>();
		java.nio.file.Path dataDir = java.nio.file.Files.createTempDirectory("platform-bench-");
		List<String> arguments = List.of("--server.port=0", "--platform.data-dir=" + dataDir,
				"--platform.telegram.token=", "--platform.admin.email=bench@example.org",
				"--platform.admin.password=benchmark password", "--logging.level.root=warn",
				"--platform.sandbox.save-interval=60s");
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(PlatformApplication.class)
			.run(arguments.toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) platform).getWebServer().getPort();
			// the every-minute job would make the digests on its own before the timed run
			platform.getBean(Scheduler.class).pauseJob(JobKey.jobKey("initiative-notices", "initiatives"));
			JdbcTemplate jdbc = platform.getBean(JdbcTemplate.class);
			Load load = new Load(platform, base, jdbc);
			report.add(load.run(educators, initiatives, updates));
			Groups setUp = new Groups(platform, base, jdbc);
			report.add(setUp.create(groups));
			Search search = new Search(platform, jdbc, setUp.viewers);
			report.addAll(search.run());
			report.add(setUp.digests());
		}
		System.out.println();
		System.out.println("=== Search benchmark results ===");
		report.forEach(System.out::println);
		System.exit(0);
	}

	// the application's own SQL and normalisation, which are not public

	private static Object invoke(String className, String method, Class<?>[] types, Object target, Object... args) {
		try {
			Method found = Class.forName(className).getDeclaredMethod(method, types);
			found.setAccessible(true);
			return found.invoke(target, args);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot call " + className + "." + method, ex);
		}
	}

	private static String constant(String className, String field) {
		try {
			Field found = Class.forName(className).getDeclaredField(field);
			found.setAccessible(true);
			return (String) found.get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + className + "." + field, ex);
		}
	}

	private static final String STORE = "org.socialchange.platform.initiatives.InitiativeStore";

	private static final String SEARCH = "org.socialchange.platform.initiatives.InitiativeSearch";

	/** {@code InitiativeStore.words}: the SQL that makes the stored words of a text. */
	static String wordsSql(String expression) {
		return (String) invoke(STORE, "words", new Class<?>[] { String.class }, null, expression);
	}

	/** {@code SearchWords.normalize}. */
	static String normalize(String text) {
		return (String) invoke("org.socialchange.platform.initiatives.SearchWords", "normalize",
				new Class<?>[] { String.class }, null, text);
	}

	static List<String> list(String words) {
		return List.of(words.split(" "));
	}

	/** A Zipf-like rank from 1 to n: the k-th is chosen in proportion to 1/k. */
	static int zipf(int n, Random random) {
		int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)));
		return Math.max(1, Math.min(n, rank));
	}

	static String sentence(String language, int words, Random random) {
		List<String> vocabulary = list(WORDS.get(language));
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append((i > 0) ? " " : "").append(vocabulary.get(zipf(vocabulary.size(), random) - 1));
		}
		return text.toString();
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

	static long seconds(long nanos) {
		return nanos / 1_000_000_000L;
	}

	static String elapsed(long startNanos) {
		return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
	}

	/**
	 * The bulk load: educators, initiatives with topics and needs, updates, each text's
	 * words and each initiative's words as the application makes them.
	 */
	static final class Load {

		private final ConfigurableApplicationContext platform;

		private final String base;

		private final JdbcTemplate jdbc;

		Load(ConfigurableApplicationContext platform, String base, JdbcTemplate jdbc) {
			this.platform = platform;
			this.base = base;
			this.jdbc = jdbc;
		}

		String run(int educators, int initiatives, int updates) throws Exception {
			for (String language : list(LANGUAGES)) {
				for (String word : list(WORDS.get(language) + " " + RARE.get(language))) {
					if (!normalize(word).equals(word)) {
						throw new IllegalStateException("Not normalised: " + word);
					}
				}
			}
			long start = System.nanoTime();
			insertEducators(educators);
			System.out.printf(Locale.ROOT, "  load: %,d educators (sandbox users and rows) in %s%n", educators,
					elapsed(start));
			Map<String, String> steps = new LinkedHashMap<>();
			DataSource dataSource = this.platform.getBean(DataSource.class);
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement sql = connection.createStatement()) {
					sql.execute("set work_mem = '256MB'");
					sql.execute("set maintenance_work_mem = '512MB'");
					sql.execute("set synchronous_commit = off");
					sql.execute(
							"create temp table bench_vocab (lang varchar(8) primary key, words text[], rare text[], places text[], place_words text[])");
					sql.execute(
							"create temp table bench_authors (n integer primary key, id bigint not null) on commit preserve rows");
					sql.execute(
							"insert into bench_authors select row_number() over (order by random()), id from educators");
					// GIN is built once at the end, as for a restore, instead of row by
					// row
					sql.execute("drop index initiatives_words");
				}
				try (var insert = connection.prepareStatement("insert into bench_vocab values (?, ?, ?, ?, ?)")) {
					for (String language : list(LANGUAGES)) {
						List<String> places = list(PLACES.get(language));
						insert.setString(1, language);
						insert.setArray(2, connection.createArrayOf("text", list(WORDS.get(language)).toArray()));
						insert.setArray(3, connection.createArrayOf("text", list(RARE.get(language)).toArray()));
						insert.setArray(4, connection.createArrayOf("text", places.toArray()));
						insert.setArray(5, connection.createArrayOf("text",
								places.stream().map(SearchBenchmark::normalize).toArray()));
						insert.executeUpdate();
					}
				}
				step(connection, steps, "initiatives",
						String.format(Locale.ROOT,
								"""
										insert into initiatives (id, author_id, title, summary, country, place, stage, created_at,
										    updated_at, last_activity_at, archived_at, own_words)
										select id, author_id, title, summary, country, place, stage, created, created, created, archived,
										    %s
										from (
										    select p.id, e.id as author_id, e.country,
										        %s as title, %s as summary,
										        v.places[1 + floor(p.place * cardinality(v.places))::int] as place,
										        v.place_words[1 + floor(p.place * cardinality(v.places))::int] as place_word,
										        case when p.stage < 0.25 then 'IDEA' when p.stage < 0.8 then 'RUNNING'
										            else 'COMPLETED' end as stage,
										        now() - p.age * interval '730 days' as created,
										        case when p.archived < 0.03 then now() end as archived
										    from (select g as id, 1 + floor(%d * random() ^ 2)::int as n,
										              case when random() < 0.6 then random() end as place, random() as stage,
										              random() as age, random() as archived
										          from generate_series(1, %d) g offset 0) p
										    join bench_authors a on a.n = p.n
										    join educators e on e.id = a.id
										    join bench_vocab v on v.lang = e.language
										    offset 0) s""",
								wordsSql("concat_ws(' ', title, summary, place_word)"), text("v", 2, 4, 0),
								text("v", 15, 26, 0.01), educators, initiatives));
				step(connection, steps, "identity",
						"""
								select setval(pg_get_serial_sequence('initiatives', 'id'), (select max(id) from initiatives))""");
				step(connection, steps, "topics and needs", """
						insert into initiative_topics (initiative_id, topic)
						select id, (enum_range(null::bench_topic))[1 + floor(random() * 10)::int]::text from initiatives
						union all
						select id, (enum_range(null::bench_topic))[1 + floor(random() * 10)::int]::text from initiatives
						where random() < 0.5
						on conflict do nothing;
						insert into initiative_needs (initiative_id, need)
						select id, (array['PARTNERS', 'EXPERTISE', 'MATERIALS', 'IDEAS'])[1 + floor(random() * 4)::int]
						from initiatives where random() < 0.4""".replace("enum_range(null::bench_topic)",
						"array['"
								+ String.join("', '", java.util.Arrays.stream(Topic.values()).map(Enum::name).toList())
								+ "']"));
				step(connection, steps, "updates", String.format(Locale.ROOT, """
						insert into initiative_updates (initiative_id, author_id, text, media_kind, created_at,
						    hidden_at, hidden_by, hidden_reason, words)
						select iid, author_id, text, 'NONE', created, case when hidden then now() end,
						    case when hidden then 'bench@example.org' end, case when hidden then 'bench' end, %s
						from (
						    select p.iid, i.author_id, i.created_at + random() * (now() - i.created_at) as created,
						        %s as text, random() < 0.002 as hidden
						    from (select g, 1 + floor(random() * %d)::bigint as iid
						          from generate_series(1, %d) g offset 0) p
						    join initiatives i on i.id = p.iid
						    join educators e on e.id = i.author_id
						    join bench_vocab v on v.lang = e.language
						    offset 0) s
						order by created""", wordsSql("text"), text("v", 8, 33, 0.01), initiatives, updates));
				step(connection, steps, "initiative words",
						"""
								update initiatives i set words = i.own_words || a.words,
								    last_activity_at = greatest(i.created_at, a.last), updated_at = greatest(i.created_at, a.last)
								from (select initiative_id,
								          coalesce(tsvector_agg(words) filter (where hidden_at is null), '') as words,
								          max(created_at) as last
								      from initiative_updates group by initiative_id) a
								where a.initiative_id = i.id;
								update initiatives i set words = i.own_words where not exists
								    (select 1 from initiative_updates u where u.initiative_id = i.id)""");
				step(connection, steps, "GIN index", "create index initiatives_words on initiatives using gin (words)");
				step(connection, steps, "vacuum analyze", """
						vacuum analyze educators;
						vacuum analyze initiatives;
						vacuum analyze initiative_updates;
						vacuum analyze initiative_topics;
						vacuum analyze initiative_needs""");
				try (Statement sql = connection.createStatement()) {
					sql.execute("reset work_mem");
					sql.execute("reset maintenance_work_mem");
					sql.execute("reset synchronous_commit");
					sql.execute("drop table bench_vocab");
					sql.execute("drop table bench_authors");
				}
			}
			long loadNanos = System.nanoTime() - start;
			String check = checkWords();
			Map<String, Object> sizes = this.jdbc.queryForMap("""
					select (select count(*) from initiatives) as initiatives,
					    (select count(*) from initiative_updates) as updates,
					    pg_size_pretty(pg_total_relation_size('initiatives')) as initiatives_size,
					    pg_size_pretty(pg_relation_size('initiatives_words')) as gin_size,
					    pg_size_pretty(pg_total_relation_size('initiative_updates')) as updates_size,
					    (select avg(pg_column_size(words))::int from initiatives) as words_bytes,
					    (select avg(length(words))::int from initiatives) as lexemes""");
			String line = String.format(Locale.ROOT,
					"load: %,d educators, %,d initiatives, %,d updates in %.1f s (%s); initiatives %s (GIN %s, words "
							+ "%d bytes and %d lexemes on average), updates %s; %s",
					educators, sizes.get("initiatives"), sizes.get("updates"), loadNanos / 1e9, steps,
					sizes.get("initiatives_size"), sizes.get("gin_size"), sizes.get("words_bytes"),
					sizes.get("lexemes"), sizes.get("updates_size"), check);
			System.out.println(line);
			return line;
		}

		/**
		 * SQL for a text of min to min + spread - 1 words of the language (Zipf-like
		 * choice), with a rare word at the end of one in 1/rareChance.
		 */
		private static String text(String vocab, int min, int spread, double rare) {
			String words = String.format(Locale.ROOT,
					"array_to_string(array(select %1$s.words[floor(exp(random() * ln(cardinality(%1$s.words) + 1)))::int] "
							+ "from generate_series(1, %2$d + floor(random() * %3$d)::int)), ' ')",
					vocab, min, spread);
			if (rare == 0) {
				return words;
			}
			return String.format(Locale.ROOT,
					"(%1$s || case when random() < %3$s then ' ' || %2$s.rare[floor(exp(random() * ln(cardinality(%2$s.rare) + 1)))::int] else '' end)",
					words, vocab, rare);
		}

		private static void step(Connection connection, Map<String, String> steps, String name, String sql)
				throws Exception {
			long start = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				for (String part : sql.split(";\n")) {
					statement.execute(part);
				}
			}
			steps.put(name, String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
			System.out.printf(Locale.ROOT, "  load: %s in %s%n", name, steps.get(name));
		}

		/**
		 * The application's own refresh of an initiative's words gives the same lexemes
		 * as the bulk load, and the generated texts are already normalised.
		 */
		private String checkWords() {
			List<Long> ids = this.jdbc.queryForList("select id from initiatives order by random() limit 50",
					Long.class);
			String lexemes = "select array(select unnest(tsvector_to_array(words)) order by 1) from initiatives where id = ?";
			Object store = this.platform.getBean(classFor(STORE));
			int same = 0;
			for (long id : ids) {
				List<String> before = lexemes(lexemes, id);
				invoke(STORE, "refreshWords", new Class<?>[] { long.class }, store, id);
				same += before.equals(lexemes(lexemes, id)) ? 1 : 0;
			}
			List<String> texts = this.jdbc.queryForList("""
					(select title || ' ' || summary from initiatives order by random() limit 500)
					union all (select text from initiative_updates order by random() limit 500)""", String.class);
			long normalised = texts.stream().filter((text) -> normalize(text).equals(text)).count();
			if (same != ids.size() || normalised != texts.size()) {
				throw new IllegalStateException("The loaded words differ from the application's: " + same + "/"
						+ ids.size() + " initiatives, " + normalised + "/" + texts.size() + " texts");
			}
			return String.format(Locale.ROOT,
					"check: InitiativeStore.refreshWords gives the loaded lexemes for %d/%d sampled initiatives, "
							+ "SearchWords.normalize leaves %d/%d sampled texts unchanged",
					same, ids.size(), normalised, texts.size());
		}

		private List<String> lexemes(String sql, long id) {
			java.sql.Array array = this.jdbc.queryForObject(sql, java.sql.Array.class, id);
			try {
				return List.of((String[]) array.getArray());
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private void insertEducators(int count) {
			List<String> languages = list(LANGUAGES);
			List<long[]> users = new ArrayList<>();
			for (int l = 0; l < languages.size(); l++) {
				int n = count / languages.size() + ((l < count % languages.size()) ? 1 : 0);
				int index = l;
				post(this.base + "/sandbox/api/users/bulk",
						Map.of("count", n, "firstName", "Educator", "languageCode", languages.get(l)))
					.get("ids")
					.forEach((id) -> users.add(new long[] { id.asLong(), index }));
			}
			Random random = new Random(7);
			this.jdbc.batchUpdate("""
					insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
					    registered_at, consented_at, country, network, display_name, role, visibility, admission,
					    admitted_at)
					values (?, ?, ?, ?, now(), now(), now(), now(), ?, ?, ?, ?, ?, 'MEMBER', now())""", users, 1000,
					(statement, user) -> {
						String language = languages.get((int) user[1]);
						Country country = HOME.get(language);
						if (country == null || random.nextDouble() < 0.1) {
							// English speakers, and some others, live anywhere in the
							// network
							country = COUNTRIES[random.nextInt(COUNTRIES.length)];
						}
						List<String> names = list(NAMES.get(language));
						statement.setLong(1, user[0]);
						statement.setLong(2, user[0]);
						statement.setString(3, language);
						statement.setString(4, ZONES.get(country));
						statement.setString(5, country.name());
						statement.setString(6,
								random.nextBoolean() ? Network.ALUMNI.name() : Network.CHILDRENS_RIGHTS.name());
						statement.setString(7, names.get(random.nextInt(names.size())) + " "
								+ (char) ('A' + random.nextInt(26)) + ".");
						statement.setString(8, "TEACHER");
						// most show themselves to the whole network, some to their groups
						// only
						statement.setString(9, (random.nextDouble() < 0.8) ? "NETWORK" : "PEER_GROUPS");
					});
		}

	}

	static Class<?> classFor(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Peer groups with linked sandbox chats, members, initiatives and new updates; then
	 * the timed digest run.
	 */
	static final class Groups {

		private final ConfigurableApplicationContext platform;

		private final String base;

		private final JdbcTemplate jdbc;

		private final PeerGroupManagement groups;

		private final EducatorManagement educators;

		private final List<Long> chats = new ArrayList<>();

		final List<Educator> viewers = new ArrayList<>();

		Groups(ConfigurableApplicationContext platform, String base, JdbcTemplate jdbc) {
			this.platform = platform;
			this.base = base;
			this.jdbc = jdbc;
			this.groups = platform.getBean(PeerGroupManagement.class);
			this.educators = platform.getBean(EducatorManagement.class);
		}

		String create(int count) throws Exception {
			long start = System.nanoTime();
			long creator = post(this.base + "/sandbox/api/users/bulk",
					Map.of("count", 1, "firstName", "Facilitator", "languageCode", "en"))
				.get("ids")
				.get(0)
				.asLong();
			long acceptedBefore = get(this.base + "/sandbox/api/stats").get("accepted").asLong();
			// educators by language, ten to a group
			List<Map<String, Object>> members = this.jdbc
				.queryForList("select id, language, country from educators order by language, id");
			int perGroup = Math.max(1, members.size() / count);
			GroupChats groupChats = this.platform.getBean(GroupChats.class);
			InitiativeManagement initiatives = this.platform.getBean(InitiativeManagement.class);
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
			Random random = new Random(11);
			int joined = 0;
			int posted = 0;
			int placed = 0;
			Set<String> viewerLanguages = new java.util.HashSet<>();
			for (int g = 0; g < count; g++) {
				List<Map<String, Object>> mine = members.subList(Math.min(g * perGroup, members.size()),
						Math.min((g + 1) * perGroup, members.size()));
				String language = (String) mine.get(0).get("language");
				Country country = Country.valueOf((String) mine.get(0).get("country"));
				Language primary = Language.fromCode(language).orElseThrow();
				String title = "Bench group " + (g + 1);
				long chatId = post(this.base + "/sandbox/api/groups",
						Map.of("creatorUserId", creator, "title", title, "supergroup", true, "forum", false))
					.get("chatId")
					.asLong();
				post(this.base + "/sandbox/api/groups/" + chatId + "/bot", Map.of("userId", creator, "action", "add"));
				this.chats.add(chatId);
				PeerGroup group = this.groups.create(new PeerGroupDraft(
						Map.of(primary, new GroupText(title + " " + sentence(language, 2, random), null)),
						Set.of(Topic.values()[g % Topic.values().length]), country, Network.ALUMNI, primary,
						JoinPolicy.OPEN, null, Set.of()), ADMIN);
				long id = group.id();
				groupChats.link(this.groups.offerChatLink(id, ADMIN), chatId, null, title, "bench");
				ZoneId zone = ZoneId.of(ZONES.get(country));
				// daily at the hour it is now there: the period is due
				this.groups.digest(id, new DigestSchedule(DigestSchedule.Frequency.DAILY, DayOfWeek.MONDAY,
						ZonedDateTime.now(zone).getHour(), zone), ADMIN);
				List<Educator> people = new ArrayList<>();
				for (Map<String, Object> member : mine) {
					Educator educator = this.educators.byId(EducatorId.of(((Number) member.get("id")).longValue()))
						.orElseThrow();
					if (this.groups.join(educator, id) == JoinOutcome.JOINED) {
						joined++;
					}
					people.add(educator);
				}
				if (viewerLanguages.add(language)) {
					this.viewers.add(people.get(0));
				}
				List<Map<String, Object>> theirs = named.queryForList("""
						select id, author_id from initiatives where author_id in (:members) and archived_at is null
						order by last_activity_at desc limit 3""",
						new MapSqlParameterSource("members", people.stream().map(Educator::id).toList()));
				for (Map<String, Object> initiative : theirs) {
					long initiativeId = ((Number) initiative.get("id")).longValue();
					long authorId = ((Number) initiative.get("author_id")).longValue();
					this.jdbc.update("insert into initiative_groups (initiative_id, group_id) values (?, ?)",
							initiativeId, id);
					placed++;
					Educator author = people.stream().filter((e) -> e.id() == authorId).findFirst().orElseThrow();
					for (int u = 0, n = 1 + random.nextInt(2); u < n; u++) {
						initiatives.post(author, initiativeId,
								sentence(author.language().code(), 8 + random.nextInt(30), random), List.of(), null);
						posted++;
					}
				}
				if ((g + 1) % 100 == 0) {
					System.out.printf(Locale.ROOT, "  groups: %d created in %s%n", g + 1, elapsed(start));
				}
			}
			// as if the schedule had been set two days ago
			int set = this.jdbc.update(
					"update peer_groups set digest_set_at = now() - interval '2 days' where digest_frequency <> 'OFF'");
			long setUpNanos = System.nanoTime() - start;
			// the bot says how to link a chat when it is added: wait until those replies
			// went out so they share no time with what is measured
			long waitStart = System.nanoTime();
			long accepted = 0;
			while (System.nanoTime() - waitStart < Duration.ofMinutes(5).toNanos()) {
				accepted = get(this.base + "/sandbox/api/stats").get("accepted").asLong() - acceptedBefore;
				if (accepted >= count) {
					break;
				}
				Thread.sleep(500);
			}
			this.jdbc.execute("vacuum analyze peer_group_members");
			this.jdbc.execute("vacuum analyze initiatives");
			String line = String.format(Locale.ROOT,
					"groups: %d peer groups with linked sandbox supergroups, %d members joined, %d initiatives placed "
							+ "in them, %d updates posted through InitiativeManagement.post in %.1f s; digest_set_at "
							+ "set back 2 days on %d; the bot's %d 'added' replies sent in %.1f s more",
					count, joined, placed, posted, setUpNanos / 1e9, set, accepted,
					(System.nanoTime() - waitStart) / 1e9);
			System.out.println(line);
			return line;
		}

		String digests() throws Exception {
			GroupDigests digests = this.platform.getBean(GroupDigests.class);
			long tooManyBefore = get(this.base + "/sandbox/api/stats").get("tooManyRequests").asLong();
			Instant started = Instant.now();
			long start = System.nanoTime();
			int made = digests.run(Instant.now());
			long runNanos = System.nanoTime() - start;
			long queued = count("select count(*) from deliveries where source = 'digest'");
			System.out.printf(Locale.ROOT, "  digest run: %d groups, %d messages queued in %.0f ms%n", made, queued,
					millis(runNanos));
			long lastReport = System.nanoTime();
			Map<String, Long> states = states();
			while (states.getOrDefault("PENDING", 0L) > 0
					&& System.nanoTime() - start < Duration.ofMinutes(20).toNanos()) {
				Thread.sleep(250);
				states = states();
				if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
					System.out.printf(Locale.ROOT, "  digests: %s after %s%n", states, elapsed(start));
					lastReport = System.nanoTime();
				}
			}
			long doneNanos = System.nanoTime() - start;
			long tooMany = get(this.base + "/sandbox/api/stats").get("tooManyRequests").asLong() - tooManyBefore;
			Map<String, Object> span = this.jdbc.queryForMap("""
					select min(finished_at) as first, max(finished_at) as last, count(*) as sent from deliveries
					where source = 'digest' and state = 'SENT'""");
			long sent = ((Number) span.get("sent")).longValue();
			double sendSeconds = (sent > 1) ? Duration
				.between(((Timestamp) span.get("first")).toInstant(), ((Timestamp) span.get("last")).toInstant())
				.toNanos() / 1e9 : 0;
			double untilLast = (sent > 0)
					? Duration.between(started, ((Timestamp) span.get("last")).toInstant()).toNanos() / 1e9 : 0;
			long perChatDigest = count("""
					select coalesce(max(c), 0) from (select count(*) over (partition by chat_id order by finished_at
					    range between current row and interval '59.999 seconds' following) as c
					from deliveries where source = 'digest' and state = 'SENT') w""");
			long groupChats = count(
					"select count(distinct chat_id) from deliveries where source = 'digest' and chat_id < 0");
			long perChat = maxPerMinuteInSandbox();
			// the same instant again: nothing is due twice
			int again = digests.run(Instant.now());
			long queuedAgain = count("select count(*) from deliveries where source = 'digest'") - queued;
			String line = String.format(Locale.ROOT,
					"digests: GroupDigests.run for %d groups made %d digests, %d messages (%d group chats) queued in "
							+ "%.0f ms; all sent %.1f s after the run started (first to last %.1f s): %.1f msg/s; "
							+ "states %s; 429 received: %d; most messages to one chat in any minute: %d (digest rows), "
							+ "%d (every bot message in the sandbox transcripts); baseline: %d messages at Telegram's "
							+ "30 msg/s take at least %.1f s; second run: %d digests, %d messages queued",
					this.chats.size(), made, queued, groupChats, millis(runNanos), untilLast, sendSeconds,
					(sendSeconds > 0) ? (sent - 1) / sendSeconds : 0, states, tooMany, perChatDigest, perChat, queued,
					queued / 30.0, again, queuedAgain);
			System.out.println(line);
			if (doneNanos > Duration.ofMinutes(20).toNanos()) {
				System.out.println("  gave up waiting after 20 minutes");
			}
			return line;
		}

		private Map<String, Long> states() {
			Map<String, Long> states = new TreeMap<>();
			this.jdbc.query("select state, count(*) from deliveries where source = 'digest' group by state", (rs) -> {
				states.put(rs.getString(1), rs.getLong(2));
			});
			return states;
		}

		private long count(String sql) {
			Long value = this.jdbc.queryForObject(sql, Long.class);
			return (value != null) ? value : 0;
		}

		/**
		 * The most bot messages any group chat got within 60 seconds (by their dates).
		 */
		private long maxPerMinuteInSandbox() {
			long most = 0;
			for (long chat : this.chats) {
				JsonNode transcript = get(this.base + "/sandbox/api/groups/" + chat + "/chat?since=0&wait=0");
				List<Long> dates = new ArrayList<>();
				for (JsonNode message : transcript.get("messages")) {
					if (message.get("fromBot").asBoolean() && message.has("date")) {
						dates.add(message.get("date").asLong());
					}
				}
				Collections.sort(dates);
				for (int i = 0, j = 0; i < dates.size(); i++) {
					while (dates.get(i) - dates.get(j) >= 60) {
						j++;
					}
					most = Math.max(most, i - j + 1);
				}
			}
			return most;
		}

	}

	/** One query of the mix. */
	record Query(String kind, String words, Topic topic, Country country, Stage stage) {

		InitiativeFilter filter() {
			return new InitiativeFilter(this.words, this.topic, this.country, this.stage);
		}

		@Override
		public String toString() {
			List<String> parts = new ArrayList<>();
			if (this.words != null) {
				parts.add("«" + this.words + "»");
			}
			Optional.ofNullable(this.topic).ifPresent((t) -> parts.add("topic " + t));
			Optional.ofNullable(this.country).ifPresent((c) -> parts.add("country " + c));
			Optional.ofNullable(this.stage).ifPresent((s) -> parts.add("stage " + s));
			return String.join(", ", parts);
		}

	}

	/** One timed call. */
	record Sample(Query query, int page, Educator viewer, long nanos, int found) {
	}

	/** The search measurement and its naive baseline. */
	static final class Search {

		private final ConfigurableApplicationContext platform;

		private final JdbcTemplate jdbc;

		private final List<Educator> viewers;

		private final InitiativeManagement initiatives;

		Search(ConfigurableApplicationContext platform, JdbcTemplate jdbc, List<Educator> viewers) {
			this.platform = platform;
			this.jdbc = jdbc;
			this.viewers = viewers;
			this.initiatives = platform.getBean(InitiativeManagement.class);
		}

		static List<Query> mix() {
			List<Query> queries = new ArrayList<>();
			for (String word : list("школа дети проект библиотека учителя молодежь мактаб лоиҳа кӯдакон китобхона "
					+ "դպրոց նախագիծ երեխաներ գրադարան სკოლა პროექტი ბავშვები ბიბლიოთეკა məktəb layihə uşaqlar "
					+ "kitabxana school project children library teachers youth экология festival")) {
				queries.add(new Query("common", word, null, null, null));
			}
			for (String word : list("робототехника краеведение гербарий агротуризм кулолгарӣ гулдӯзӣ "
					+ "ռոբոտաշինություն թռչնանոցներ რობოტიკა სალამური robototexnika quşyuvaları robotics birdhouses "
					+ "pottery квантовая blockchain")) {
				queries.add(new Query("rare", word, null, null, null));
			}
			for (String word : list("школами учителям детьми библиотеках подростками мактабҳо мактабҳоро "
					+ "муаллимонро китобхонаҳо դպրոցներից ուսուցիչներին գրադարաններում სკოლებში მასწავლებლებს "
					+ "ბიბლიოთეკებში məktəblərdə müəllimlərə kitabxanalarda teaching libraries volunteering")) {
				queries.add(new Query("inflected", word, null, null, null));
			}
			for (String words : List.of("школа библиотека", "проект экология", "учителя семинар", "школа робототехника",
					"мактаб китобхона", "лоиҳа ҷавонон", "դպրոց գրադարան", "նախագիծ երիտասարդներ", "სკოლა ბიბლიოთეკა",
					"პროექტი ახალგაზრდები", "məktəb kitabxana", "layihə gənclər", "school library", "children rights",
					"school robotics", "youth debate", "школы дебаты", "məktəblərdə festival")) {
				queries.add(new Query("two words", words, null, null, null));
			}
			queries.add(new Query("filtered", "школа", null, Country.RU, null));
			queries.add(new Query("filtered", "school", Topic.ENVIRONMENT, null, null));
			queries.add(new Query("filtered", "դպրոց", null, Country.AM, Stage.RUNNING));
			queries.add(new Query("filtered", "სკოლა", Topic.CIVIC_EDUCATION, null, null));
			queries.add(new Query("filtered", "məktəb", null, Country.AZ, null));
			queries.add(new Query("filtered", "мактаб", Topic.INCLUSIVE_EDUCATION, Country.TJ, null));
			queries.add(new Query("filtered", "project", null, null, Stage.COMPLETED));
			queries.add(new Query("filtered", "робототехника", null, Country.RU, null));
			queries.add(new Query("filtered", "library", Topic.MEDIA_LITERACY, Country.GE, null));
			queries.add(new Query("filtered", "дети", Topic.CHILDRENS_RIGHTS, null, Stage.IDEA));
			queries.add(new Query("filtered", null, Topic.MEDIA_LITERACY, null, null));
			queries.add(new Query("filtered", null, null, Country.GE, null));
			queries.add(new Query("filtered", null, null, Country.AM, Stage.IDEA));
			queries.add(new Query("filtered", null, Topic.PEACE_BUILDING, Country.TJ, Stage.COMPLETED));
			return queries;
		}

		List<String> run() throws Exception {
			List<Query> mix = mix();
			List<Object[]> calls = new ArrayList<>();
			int n = 0;
			for (Query query : mix) {
				for (int page = 0; page <= 2; page++) {
					calls.add(new Object[] { query, page, this.viewers.get(n++ % this.viewers.size()) });
				}
			}
			System.out.printf(Locale.ROOT, "  search: %d queries x pages 0-2 = %d calls per pass, %d viewers%n",
					mix.size(), calls.size(), this.viewers.size());
			// the first pass: cold caches and JIT, printed but not counted
			List<Sample> first = pass(calls, new Random(1));
			List<Sample> measured = new ArrayList<>();
			measured.addAll(pass(calls, new Random(2)));
			measured.addAll(pass(calls, new Random(3)));
			List<String> lines = new ArrayList<>();
			lines.add(summary("search, first pass (cold, not counted)", first));
			lines.add(summary("search, all (2 passes after the first)", measured));
			for (String kind : List.of("common", "rare", "inflected", "two words", "filtered")) {
				lines.add(summary("  " + kind,
						measured.stream().filter((sample) -> sample.query().kind().equals(kind)).toList()));
			}
			for (int page = 0; page <= 2; page++) {
				int p = page;
				lines.add(summary("  page " + page, measured.stream().filter((sample) -> sample.page() == p).toList()));
			}
			long empty = measured.stream().filter((sample) -> sample.page() == 0 && sample.found() == 0).count();
			long pageZero = measured.stream().filter((sample) -> sample.page() == 0).count();
			lines.add(String.format(Locale.ROOT, "  page 0 with no result: %d of %d (per kind: %s)", empty, pageZero,
					emptyByKind(measured)));
			lines.forEach(System.out::println);
			List<Sample> slowest = new ArrayList<>(measured);
			slowest.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
			lines.add("  slowest: " + slowest.stream()
				.limit(8)
				.map((s) -> String.format(Locale.ROOT, "%s p%d %.1f ms", s.query(), s.page(), millis(s.nanos())))
				.toList());
			System.out.println(lines.get(lines.size() - 1));
			explain(slowest);
			lines.addAll(baseline(measured));
			return lines;
		}

		private List<Sample> pass(List<Object[]> calls, Random random) {
			List<Object[]> order = new ArrayList<>(calls);
			Collections.shuffle(order, random);
			List<Sample> samples = new ArrayList<>();
			for (Object[] call : order) {
				Query query = (Query) call[0];
				int page = (int) call[1];
				Educator viewer = (Educator) call[2];
				long start = System.nanoTime();
				InitiativePage found = this.initiatives.find(viewer, query.filter(), page, PAGE_SIZE);
				long nanos = System.nanoTime() - start;
				samples.add(new Sample(query, page, viewer, nanos, found.items().size()));
			}
			return samples;
		}

		private static String emptyByKind(List<Sample> samples) {
			Map<String, long[]> byKind = new LinkedHashMap<>();
			for (Sample sample : samples) {
				if (sample.page() == 0) {
					long[] counts = byKind.computeIfAbsent(sample.query().kind(), (k) -> new long[2]);
					counts[0] += (sample.found() == 0) ? 1 : 0;
					counts[1]++;
				}
			}
			List<String> parts = new ArrayList<>();
			byKind.forEach((kind, counts) -> parts.add(kind + " " + counts[0] + "/" + counts[1]));
			return String.join(", ", parts);
		}

		static String summary(String name, List<Sample> samples) {
			List<Long> micros = samples.stream().map((sample) -> sample.nanos() / 1000).sorted().toList();
			return String.format(Locale.ROOT, "%s: %d calls, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", name,
					micros.size(), percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0,
					percentile(micros, 99) / 1000.0, micros.isEmpty() ? 0 : micros.get(micros.size() - 1) / 1000.0);
		}

		/**
		 * EXPLAIN (ANALYZE, BUFFERS) of the slowest distinct queries, with the SQL the
		 * application builds ({@code InitiativeSearch.sql}, which also decides whether
		 * the words are rare enough to be looked up in the GIN index first).
		 */
		private void explain(List<Sample> slowest) {
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
			Set<String> seen = new java.util.HashSet<>();
			for (Sample sample : slowest) {
				if (seen.size() >= 3) {
					break;
				}
				if (!seen.add(sample.query() + "/" + sample.page())) {
					continue;
				}
				MapSqlParameterSource params = new MapSqlParameterSource("viewer", sample.viewer().id());
				String sql = searchSql(this.platform.getBean(classFor(SEARCH)), sample.query(), sample.page(), params);
				List<String> plan = named.queryForList("explain (analyze, buffers) " + sql, params, String.class);
				System.out.printf(Locale.ROOT, "  EXPLAIN (ANALYZE, BUFFERS) %s page %d (measured %.1f ms):%n",
						sample.query(), sample.page(), millis(sample.nanos()));
				plan.forEach((row) -> System.out.println("    " + row));
			}
		}

		/** The very query {@code InitiativeManagement.find} runs for a member. */
		static String searchSql(Object search, Query query, int page, MapSqlParameterSource params) {
			InitiativeFilter filter = new InitiativeFilter(query.words(), query.topic(), query.country(),
					query.stage());
			return (String) invoke(SEARCH, "sql",
					new Class<?>[] { InitiativeFilter.class, String.class, boolean.class, MapSqlParameterSource.class,
							int.class, int.class },
					search, filter, constant(SEARCH, "VISIBLE_AUTHOR"), false, params, page, PAGE_SIZE);
		}

		/**
		 * The naive way: every word as ILIKE '%word%' over the title, the summary and the
		 * updates' texts, newest first, 6 rows.
		 */
		private List<String> baseline(List<Sample> measured) {
			List<Query> chosen = new ArrayList<>();
			for (String kind : List.of("common", "rare", "inflected", "two words")) {
				List<Query> ofKind = mix().stream().filter((q) -> q.kind().equals(kind)).toList();
				for (int i = 0; i < 6; i++) {
					chosen.add(ofKind.get(i * ofKind.size() / 6));
				}
			}
			JdbcTemplate timed = new JdbcTemplate(this.platform.getBean(DataSource.class));
			timed.setQueryTimeout(60);
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(timed);
			// one unmeasured query first
			naive(named, chosen.get(0));
			List<Long> ours = new ArrayList<>();
			List<Long> naive = new ArrayList<>();
			List<String> perQuery = new ArrayList<>();
			for (Query query : chosen) {
				long start = System.nanoTime();
				int rows;
				try {
					rows = naive(named, query);
				}
				catch (org.springframework.dao.DataAccessException ex) {
					// counted as the time it ran before the statement timeout stopped it
					rows = -1;
				}
				long nanos = System.nanoTime() - start;
				naive.add(nanos / 1000);
				List<Long> mine = measured.stream()
					.filter((sample) -> sample.query().equals(query) && sample.page() == 0)
					.map((sample) -> sample.nanos() / 1000)
					.toList();
				ours.addAll(mine);
				perQuery.add(String.format(Locale.ROOT, "%s %.0f ms (%s)", query, nanos / 1e6,
						(rows < 0) ? "stopped at the 60 s timeout" : rows + " rows"));
				System.out.printf(Locale.ROOT, "  naive %s: %.1f ms, %d rows%n", query, nanos / 1e6, rows);
			}
			Collections.sort(ours);
			Collections.sort(naive);
			List<String> lines = new ArrayList<>();
			lines.add(String.format(Locale.ROOT,
					"baseline, naive ILIKE '%%word%%' over title, summary and updates, newest first, limit 6: %d queries "
							+ "(6 each common, rare, inflected, two words; page 0), p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
							+ "InitiativeManagement.find on the same queries (page 0, %d calls): p50 %.1f ms, p95 %.1f ms, "
							+ "max %.1f ms",
					naive.size(), percentile(naive, 50) / 1000.0, percentile(naive, 95) / 1000.0,
					naive.get(naive.size() - 1) / 1000.0, ours.size(), percentile(ours, 50) / 1000.0,
					percentile(ours, 95) / 1000.0, ours.isEmpty() ? 0 : ours.get(ours.size() - 1) / 1000.0));
			lines.add("  naive per query: " + String.join("; ", perQuery));
			System.out.println(lines.get(0));
			return lines;
		}

		private static int naive(NamedParameterJdbcTemplate jdbc, Query query) {
			MapSqlParameterSource params = new MapSqlParameterSource();
			StringBuilder sql = new StringBuilder("select i.id from initiatives i where i.archived_at is null");
			List<String> words = List.of(normalize(query.words()).split(" "));
			for (int w = 0; w < words.size(); w++) {
				String name = "w" + w;
				params.addValue(name, "%" + words.get(w) + "%");
				sql.append(" and (i.title ilike :")
					.append(name)
					.append(" or i.summary ilike :")
					.append(name)
					.append(" or exists (select 1 from initiative_updates u where u.initiative_id = i.id")
					.append(" and u.hidden_at is null and u.text ilike :")
					.append(name)
					.append("))");
			}
			sql.append(" order by i.last_activity_at desc, i.id desc limit 6");
			return jdbc.queryForList(sql.toString(), params, Long.class).size();
		}

	}

}
