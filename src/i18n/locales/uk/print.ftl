# Trede: signing and printing (Ukrainian)
# The Dutch text of the plan is the binding one; this is a help translation. Tone: plain words, honest, never threatening.
# The client is addressed with "ви" (polite you), as in the other files.

sign-view = Підписання
print-view = Друк

## Signing
sign-title = Підписання плану
sign-intro = Спершу перечитайте план разом. Кожен, хто бере участь, підписує тут, на планшеті, так само як на папері: пальцем, стилусом або мишею.
sign-reflection = Клієнт хоче спершу подумати? Тоді надрукуйте чернетку, щоб узяти її додому. Підписати можна пізніше.
sign-fingerprint = Цифровий відбиток цієї версії
sign-fingerprint-hint = Цей код відповідає саме цьому текстові. Якщо в плані щось зміниться, зміниться й код.
sign-state-unsigned = Цю версію плану ще ніхто не підписав.
sign-state-partly = Ще мають підписати: { $names }
sign-state-complete = Усі, хто мав підписати, підписали.
sign-outdated = План змінився після підписання. Ці підписи належать до попередньої версії; їх і далі можна переглянути й надрукувати. Цю версію треба підписати знову.
sign-not-ready = План ще не зовсім готовий до підписання. На кроці «Перечитати» видно, чого ще бракує.
sign-go-review = До кроку «Перечитати»
sign-go-print = До попереднього перегляду друку
sign-parties-title = Хто підписує
sign-present-title = Також присутні (підписувати не обов’язково)
sign-as-party = Підписує як сторона
sign-as-present = Підписує як присутній, а не як сторона
sign-role-client = Клієнт
sign-role-worker = Соціальний працівник від імені OCMW
sign-role-third = Партнер
sign-role-interpreter = Перекладач
sign-role-support = Довірена особа
sign-start = Підписати
sign-again = Підписати знову
sign-withdraw = Прибрати підпис
sign-signed = Підписано { $date }
sign-signed-at = Підписано { $date }, місце: { $place }
sign-not-signed = Ще не підписано
sign-earlier-title = Раніше підписані версії
sign-earlier-item = Версія { $fingerprint }, підписали: { $names }
sign-show-version = Переглянути цю версію

## The signing area
pad-area = Поле для підпису
pad-hint = Підпишіться в полі пальцем, стилусом або мишею.
pad-empty = Поле ще порожнє.
pad-drawn = У полі є підпис.
pad-undo = Прибрати останню лінію
pad-clear = Очистити поле
pad-name = Ім’я
pad-date = Дата
pad-place = Місце
pad-save = Зберегти підпис
pad-cancel = Скасувати
sign-problem-name = Введіть ім’я.
sign-problem-strokes = Спершу підпишіться в полі.
sign-problem-too-long = Цей підпис задовгий. Очистьте поле й підпишіться трохи простіше.
sign-problem-unknown = Цього партнера вже немає в плані.

## Printing
print-title = Друк
print-intro = План на аркуші A4 — щоб дати клієнтові з собою або підписати на папері. Друк працює й без інтернету; щоб отримати файл, виберіть «Зберегти як PDF».
print-version-label = Яка версія
print-version-current = План у теперішньому вигляді
print-version-round = Підписана версія { $fingerprint }
print-both = Надрукувати (нідерландська + { $lang })
print-client = Надрукувати копію для клієнта (лише { $lang })
print-dutch = Надрукувати (нідерландська)
print-mode-label = Що ви бачите
print-mode-both = Нідерландський текст із допоміжним перекладом
print-mode-client = Копія для клієнта
print-no-translation = Перекладу ще немає (мова: { $lang }). План буде надруковано нідерландською.
print-preview-label = Попередній перегляд друку

## The printed plan
doc-title = Індивідуалізований проєкт соціальної інтеграції (GPMI)
doc-subtitle = Домовленість між клієнтом і OCMW (центром соціальної допомоги)
doc-binding-note = Допоміжний переклад. Юридичну силу має текст нідерландською мовою.
doc-copy-note = Це допоміжний переклад для клієнта. Юридичну силу має текст нідерландською мовою.
doc-draft = ЧЕРНЕТКА
doc-draft-note = Чернетка: ще не всі підписали.
doc-earlier-note = Це раніше підписана версія. Після цього план змінився.
doc-not-set = не заповнено
doc-facts = Дані
doc-ocmw = OCMW
doc-client = Клієнт
doc-worker = Соціальний працівник
doc-type = Тип плану
doc-type-employment = Спрямований на роботу
doc-type-training = Спрямований на навчання або освіту
doc-type-activation = Соціальна активація
doc-period = Строк дії
doc-decision = Рішення про leefloon (дохід соціальної інтеграції)
doc-partners = Партнери
doc-support = Поруч із клієнтом
doc-topics = Історія клієнта
doc-topic-needs = Що потрібно клієнтові
doc-topic-challenges = Що зараз складно
doc-topic-goals = Чого клієнт хоче досягти або уникнути
doc-topic-future = Яким клієнт бачить майбутнє
doc-topic-role = Яку роль клієнт хоче мати серед інших людей
doc-goals = Цілі
doc-goal-domain = Сфера життя
doc-goal-period = Період
doc-goal-why = Чому це важливо
doc-actions = Дії
doc-col-what = Що
doc-col-who = Хто
doc-col-due = До якого часу
doc-col-evidence = Як ми побачимо, що це зроблено
doc-who-client = Клієнт
doc-who-ocmw = OCMW
doc-who-third = Партнер
doc-who-nobody = ще ніхто
doc-origin-catalogue = Пропозиція OCMW
doc-questions = План дій
doc-question-client-will-do = Що робитиме клієнт, щоб досягти цілей?
doc-question-client-expects = Чого клієнт очікує від OCMW?
doc-question-ocmw-expects = Чого OCMW очікує від клієнта?
doc-means = Що вносить кожна сторона
doc-means-client = Клієнт
doc-means-ocmw = OCMW
doc-means-others = Партнери
doc-evaluations = Коли ми разом підбиваємо підсумки
doc-evaluations-rule = Зустрічей на рік: щонайменше { $count }, з них особисто: щонайменше { $inperson }.
doc-eval-in-person = особисто
doc-eval-remote = телефоном або відеозв’язком
doc-signatures = Підписи
doc-signatures-intro = Підписуючи цей план, сторони погоджуються з ним. Перекладач або довірена особа підписує як присутній, а не як сторона.
doc-fingerprint = Цифровий відбиток підписаного тексту (SHA-256)
doc-sign-name = Ім’я
doc-sign-date = Дата
doc-sign-place = Місце

## Rights and duties, in plain words
rights-title = Права та обов’язки
rights-agreement = Цей план — домовленість між вами та OCMW (центром соціальної допомоги). Ви склали його разом. Підписуючи його, і ви, і OCMW обіцяєте робити те, що в ньому написано.
rights-client = Що робите ви: виконуєте дії, записані за вами, приходите на зустрічі й вчасно повідомляєте, якщо щось не вдається.
rights-ocmw = Що робить OCMW: допомагає вам так, як написано в цьому плані, і виконує дії, записані за OCMW. Щонайменше { $evaluations ->
        [one] { $evaluations } раз
        [few] { $evaluations } рази
        [many] { $evaluations } разів
       *[other] { $evaluations } раза
    } на рік OCMW переглядає план разом із вами, з них щонайменше { $in_person ->
        [one] { $in_person } раз
        [few] { $in_person } рази
        [many] { $in_person } разів
       *[other] { $in_person } раза
    } — на особистій зустрічі.
rights-change = План може змінюватися, коли змінюється ваше життя. Ви й OCMW можете будь-коли попросити його змінити. Змінений план підписують знову.
rights-reflection = Перш ніж підписати, ви можете попросити { $reflection ->
        [one] { $reflection } день
        [few] { $reflection } дні
        [many] { $reflection } днів
       *[other] { $reflection } дня
    } на роздуми і взяти проєкт додому. Ви можете прийти з людиною, яку оберете самі.
rights-not-kept = Якщо домовленості не дотримано без поважної причини, виплату leefloon можуть призупинити повністю або частково: щонайбільше на { $sanction ->
        [one] { $sanction } місяць
        [few] { $sanction } місяці
        [many] { $sanction } місяців
       *[other] { $sanction } місяця
    }, або щонайбільше на { $repeat ->
        [one] { $repeat } місяць
        [few] { $repeat } місяці
        [many] { $repeat } місяців
       *[other] { $repeat } місяця
    }, якщо це повториться протягом року. Це ніколи не стається без попередження: спочатку ви отримаєте рекомендований лист.
rights-heard = Ви маєте право на те, щоб вас вислухали. Перш ніж буде ухвалено рішення, ви можете розповісти про свою ситуацію і прийти з кимось, хто вам допоможе.
rights-no-sanction = Санкції не буде, якщо у вас була поважна причина або якщо OCMW сам не виконав своїх домовленостей із цього плану.
rights-interpreter = Якщо ви не зовсім розумієте розмову або цей план, ви можете попросити перекладача.
rights-copy = Ви отримаєте копію цього плану. Ви можете також отримати допоміжний переклад своєю мовою, але юридичну силу має текст нідерландською мовою.
rights-appeal = Якщо ви не згодні з рішенням OCMW, ви можете оскаржити його в суді з трудових спорів (arbeidsrechtbank). На це у вас є { $appeal ->
        [one] { $appeal } місяць
        [few] { $appeal } місяці
        [many] { $appeal } місяців
       *[other] { $appeal } місяця
    } від дня, коли вам повідомили рішення.

pad-typed = Я не можу підписатися від руки: моє набране ім’я вважається підписом
pad-typed-hint = Для тих, хто не може підписатися від руки. Тоді ім’я, вказане нижче, з’являється в полі для підпису.

## rules
rights-meeting = Якщо ви попросите про розмову з вашим соціальним працівником, ця розмова має відбутися не пізніше ніж за { $meeting ->
        [one] { $meeting } робочий день
        [few] { $meeting } робочі дні
        [many] { $meeting } робочих днів
       *[other] { $meeting } робочого дня
    }.
doc-reflection = Час на роздуми
doc-reflection-until = триває до
doc-reflection-waived = клієнт відмовився від нього
sign-inside-reflection = Час на роздуми триває до { $date } включно. Хто підписує сьогодні, підписує під час часу на роздуми. Так можна лише тоді, коли клієнт сам від нього відмовляється: тоді запишіть це в плані.
## evals
doc-eval-written = письмово
eval-report-title = Звіт про оцінювання GPMI
eval-report-kind = Як
eval-report-present = Присутні
eval-report-fulfils = Запланований момент
eval-report-extra = Додаткове оцінювання, поза запланованими моментами
eval-report-rung = Місце на драбині участі
eval-report-rung-same = Без змін
eval-report-next = Наступне оцінювання
eval-report-next-none = Наступний момент ще не заплановано
eval-report-goals = Як просуваються цілі
eval-report-notes = Що змінилося:
eval-report-actions = Дії та їхній стан
eval-report-col-status = Стан
eval-report-changes = Додано або змінено від попередньої версії
eval-report-no-changes = Жодних цілей чи дій не додано, не змінено і не вилучено.
eval-report-change-goal-added = Нова ціль
eval-report-change-goal-changed = Ціль змінено
eval-report-change-goal-removed = Ціль вилучено
eval-report-change-action-added = Нова дія
eval-report-change-action-changed = Дію змінено
eval-report-change-action-removed = Дію вилучено
eval-report-signatures = Підписувати не обов’язково. Підпис підтверджує, що цей звіт правильний.
eval-report-fingerprint = Цифровий відбиток цього звіту (SHA-256)
## plan
doc-contract = Що бере на себе OCMW
doc-ocmw-actions = Дії OCMW
doc-domains = Сфери діяльності
doc-ended = Завершено
doc-moved = Справу передано до
sign-ended = Цей план завершено. Його більше не можна підписати.

## turn
doc-review-no = Переклад ще не перевірив носій мови.
doc-review-yes = Переклад перевірив носій мови.

## turn2
sign-binding-dutch = Обов’язковий текст, нідерландською:

## changes
changes-title = Що змінилося з версії від { $date }?
changes-intro = Прочитайте це разом, перш ніж підписати знову. Від уже підписаної версії відрізняється лише те, що тут написано.
changes-now = тепер:
changes-was = раніше:
changes-goal-added = Нова мета
changes-goal-removed = Мету вилучено
changes-goal-changed = Мету змінено
changes-goal-period = Інший період для мети
changes-action-added = Нова дія
changes-action-removed = Дію вилучено
changes-action-what = Дію сформульовано інакше
changes-action-who = Дію виконує хтось інший
changes-action-due = Інша дата для дії
changes-action-changed = Дію змінено
changes-date-decision = Інша дата рішення
changes-date-start = План починається іншого дня
changes-date-end = План закінчується іншого дня
changes-evaluation-added = Нова дата оцінювання
changes-evaluation-removed = Дату оцінювання вилучено
changes-evaluation-changed = Оцінювання в іншій формі
changes-rung = Новий щабель на драбині
changes-part-basics = Змінено: вид плану, OCMW, соціальний працівник або ім'я
changes-part-partners = Змінено: партнери та їхні завдання
changes-part-present = Змінено: перекладач або довірена особа
changes-part-topics = Змінено: те, про що ми говорили
changes-part-agreements = Змінено: домовленості та внесок кожної сторони
changes-part-contract = Змінено: навчання або витрати, які оплачує OCMW
changes-part-evaluation-rule = Змінено: скільки оцінювань на рік
changes-part-other = Змінено: інша частина плану
doc-changes-title = Додаток: що змінилося з версії від { $date }
doc-changes-old = Цифровий відбиток попередньої версії:
doc-changes-new = Цифровий відбиток цієї версії:
doc-strength = Сила
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Підсумок для досьє
case-file-intro = План як простий текст нідерландською, у порядку форми GPMI від POD MI, щоб внести його в програму реєстрації. Лише те, що є в підписаному плані: нотатки поза ним не потрапляють.
case-file-intro-evaluation = Ця оцінка як простий текст нідерландською, щоб внести її в програму реєстрації. Нотатки поза планом не потрапляють.
case-file-show = Показати підсумок
case-file-hide = Сховати підсумок
case-file-copy = Копіювати
case-file-preview-label = Підсумок у тому вигляді, в якому його буде скопійовано
case-file-copied = Скопійовано. Вставте текст у програму реєстрації.
case-file-downloaded = Буфер обміну недоступний. Текст завантажено як { $file }.
