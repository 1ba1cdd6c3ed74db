# Trede: подписване и печат (Bulgarian)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening.
# Signing and printing screens are shared/worker screens (polite "вие"); the signature pad and the rights-* texts speak to the client ("ти").
# Note: date-long ends in "г.", so sentences never end right after { $date } (avoids "г..").

sign-view = Подписване
print-view = Печат

## Signing
sign-title = Подписване на плана
sign-intro = Първо прочетете плана заедно. Всеки участник се подписва тук, на таблета, както на хартия: с пръст, писалка или мишката.
sign-reflection = Клиентът иска ли първо да помисли? Тогава отпечатайте проект, който да вземе вкъщи. Подписването може да стане и по-късно.
sign-fingerprint = Цифров отпечатък на тази версия
sign-fingerprint-hint = Този код отговаря точно на този текст. Ако нещо в плана се промени, кодът също се променя.
sign-state-unsigned = Още никой не е подписал тази версия на плана.
sign-state-partly = Още трябва да подпишат: { $names }
sign-state-complete = Всички, които трябва да подпишат, са подписали.
sign-outdated = Планът беше променен, след като беше подписан. Тези подписи се отнасят за по-ранна версия; все още можете да я четете и отпечатвате. Тази версия трябва да бъде подписана отново.
sign-not-ready = Планът още не е напълно готов за подписване. В стъпката „Преглед“ пише какво още липсва.
sign-go-review = Към „Преглед“
sign-go-print = Към прегледа преди печат
sign-parties-title = Кой подписва
sign-present-title = Също присъстват (подписът не е задължителен)
sign-as-party = Подписва като страна
sign-as-present = Подписва като присъстващ, а не като страна
sign-role-client = Клиентът
sign-role-worker = Социалният работник, от името на OCMW
sign-role-third = Партньор
sign-role-interpreter = Преводач
sign-role-support = Доверено лице
sign-start = Подпиши
sign-again = Подпиши отново
sign-withdraw = Премахни подписа
sign-signed = Подписано на { $date }
sign-signed-at = Подписано на { $date }, място: { $place }
sign-not-signed = Още не е подписано
sign-earlier-title = По-рано подписани версии
sign-earlier-item = Версия { $fingerprint }, подписана от { $names }
sign-show-version = Виж тази версия

## The signing area
pad-area = Поле за подпис
pad-hint = Подпиши се в полето с пръст, писалка или мишката.
pad-empty = Още нищо не е нарисувано.
pad-drawn = В полето има подпис.
pad-undo = Махни последната линия
pad-clear = Изчисти всичко
pad-name = Име
pad-date = Дата
pad-place = Място
pad-save = Запази подписа
pad-cancel = Отказ
sign-problem-name = Попълни името.
sign-problem-strokes = Първо се подпиши в полето.
sign-problem-too-long = Този подпис е твърде дълъг. Изчисти го и се подпиши малко по-просто.
sign-problem-unknown = Този партньор вече не е в плана.

## Printing
print-title = Печат
print-intro = Планът на лист A4 – за да го дадете на клиента или за да го подпишете на хартия. Печатът работи и без интернет; изберете „Запазване като PDF“, за да получите файл.
print-version-label = Коя версия
print-version-current = Планът в сегашния му вид
print-version-round = Подписана версия { $fingerprint }
print-both = Печат (нидерландски + { $lang })
print-client = Отпечатай копието за клиента (само { $lang })
print-dutch = Печат (нидерландски)
print-mode-label = Изглед
print-mode-both = Нидерландски с помощен превод
print-mode-client = Копие за клиента
print-no-translation = Все още няма превод на този език: { $lang }. Планът се отпечатва на нидерландски.
print-preview-label = Преглед преди печат

## The printed plan
doc-title = Индивидуализиран проект за социална интеграция (GPMI)
doc-subtitle = Споразумение между клиента и OCMW
doc-binding-note = Помощен превод. Обвързващ е текстът на нидерландски.
doc-copy-note = Това е помощен превод за клиента. Обвързващ е текстът на нидерландски.
doc-draft = ПРОЕКТ
doc-draft-note = Проект: още не е подписан от всички.
doc-earlier-note = Това е по-рано подписана версия. След това планът е бил променен.
doc-not-set = не е попълнено
doc-facts = Данни
doc-ocmw = OCMW
doc-client = Клиент
doc-worker = Социален работник
doc-type = Вид план
doc-type-employment = Насочен към работа
doc-type-training = Насочен към обучение или учене
doc-type-activation = Социална активизация
doc-period = Срок на действие
doc-decision = Решение за leefloon (доход за социална интеграция)
doc-partners = Партньори
doc-support = Придружава клиента
doc-topics = Историята на клиента
doc-topic-needs = От какво има нужда клиентът
doc-topic-challenges = Какво е трудно сега
doc-topic-goals = Какво иска клиентът да постигне или да избегне
doc-topic-future = Как клиентът вижда бъдещето
doc-topic-role = Каква роля иска да има клиентът сред другите хора
doc-goals = Цели
doc-goal-domain = Област от живота
doc-goal-period = Период
doc-goal-why = Защо е важно
doc-actions = Действия
doc-col-what = Какво
doc-col-who = Кой
doc-col-due = До кога
doc-col-evidence = По какво ще видим, че е направено
doc-who-client = Клиентът
doc-who-ocmw = OCMW
doc-who-third = Партньор
doc-who-nobody = още никой
doc-origin-catalogue = Предложение на OCMW
doc-questions = Планът за действие
doc-question-client-will-do = Какво ще направи клиентът, за да постигне целите?
doc-question-client-expects = Какво очаква клиентът от OCMW?
doc-question-ocmw-expects = Какво очаква OCMW от клиента?
doc-means = Какво дава всяка страна
doc-means-client = Клиентът
doc-means-ocmw = OCMW
doc-means-others = Партньори
doc-evaluations = Кога заедно поглеждаме назад
doc-evaluations-rule = Срещи годишно: поне { $count }, от тях лице в лице: поне { $inperson }.
doc-eval-in-person = лице в лице
doc-eval-remote = по телефона или с видео
doc-signatures = Подписи
doc-signatures-intro = С подписите си страните се съгласяват с този план. Преводачът или довереното лице подписва като присъстващ, а не като страна.
doc-fingerprint = Цифров отпечатък на подписания текст (SHA-256)
doc-sign-name = Име
doc-sign-date = Дата
doc-sign-place = Място

## Rights and duties, in plain words
rights-title = Права и задължения
rights-agreement = Този план е споразумение между теб и OCMW (общинския център за социална помощ). Написахте го заедно. С подписите си и ти, и OCMW обещавате да направите това, което пише в него.
rights-client = Какво правиш ти: изпълняваш действията, които са за теб, идваш на уговорените срещи и казваш навреме, ако нещо не се получава.
rights-ocmw = Какво прави OCMW: помага ти така, както е записано в този план, и изпълнява действията, които са за OCMW. Преглежда плана заедно с теб поне { $evaluations ->
        [one] веднъж
       *[other] { $evaluations } пъти
    } годишно, от които поне { $in_person ->
        [one] веднъж
       *[other] { $in_person } пъти
    } в разговор лице в лице.
rights-change = Планът може да се промени, когато животът ти се промени. Ти и OCMW можете по всяко време да поискате да бъде променен. Промененият план се подписва отново.
rights-reflection = Преди да подпишеш, можеш да поискаш време за размисъл ({ $reflection ->
        [one] { $reflection } ден
       *[other] { $reflection } дни
    }) и да вземеш проекта у дома. Можеш да доведеш човек, когото сам избереш.
rights-not-kept = Ако договореност не се спази без основателна причина, leefloon може да бъде спрян изцяло или частично: най-много за { $sanction ->
        [one] { $sanction } месец
       *[other] { $sanction } месеца
    }, или най-много за { $repeat ->
        [one] { $repeat } месец
       *[other] { $repeat } месеца
    }, ако това се случи отново до една година. Това никога не става без предупреждение: първо получаваш препоръчано писмо.
rights-heard = Имаш право да те изслушат. Преди да бъде взето решение, можеш да разкажеш своята гледна точка и да доведеш човек, който да ти помогне.
rights-no-sanction = Няма санкция, ако е имало основателна причина или ако OCMW не е спазил своите договорености от този план.
rights-interpreter = Ако не разбираш добре разговора или този план, можеш да поискаш преводач.
rights-copy = Получаваш копие от този план. За помощ можеш да го получиш и на своя език; обвързващ е текстът на нидерландски.
rights-appeal = Ако не приемаш решение на OCMW, можеш да го обжалваш пред трудовия съд (arbeidsrechtbank). Имаш { $appeal ->
        [one] { $appeal } месец
       *[other] { $appeal } месеца
    } за това, от деня, в който са ти съобщили решението.

pad-typed = Не мога да се подпиша на ръка: въведеното ми име се счита за мой подпис
pad-typed-hint = За хора, които не могат да се подпишат на ръка. Тогава името по-долу се появява в полето за подпис.

## rules
rights-meeting = Ако поискаш разговор със социалния си работник, този разговор трябва да се проведе в срок от { $meeting ->
        [one] { $meeting } работен ден
       *[other] { $meeting } работни дни
    }.
doc-reflection = Време за размисъл
doc-reflection-until = продължава до
doc-reflection-waived = клиентът се отказа от него на
sign-inside-reflection = Времето за размисъл продължава до { $date } включително. Който подписва днес, подписва по време на времето за размисъл. Това може само ако клиентът сам се откаже от него: тогава го запиши в плана.
## evals
doc-eval-written = писмено
eval-report-title = Отчет за оценка на GPMI
eval-report-kind = Как
eval-report-present = Присъстващи
eval-report-fulfils = Планиран момент
eval-report-extra = Допълнителна оценка, извън планираните моменти
eval-report-rung = Място на стълбицата на участие
eval-report-rung-same = Без промяна
eval-report-next = Следваща оценка
eval-report-next-none = Още няма планиран следващ момент
eval-report-goals = Как вървят целите
eval-report-notes = Какво се промени:
eval-report-actions = Действията и докъде са стигнали
eval-report-col-status = Състояние
eval-report-changes = Добавено или променено от предишната версия
eval-report-no-changes = Няма добавени, променени или премахнати цели или действия.
eval-report-change-goal-added = Нова цел
eval-report-change-goal-changed = Променена цел
eval-report-change-goal-removed = Премахната цел
eval-report-change-action-added = Ново действие
eval-report-change-action-changed = Променено действие
eval-report-change-action-removed = Премахнато действие
eval-report-signatures = Подписът не е задължителен. Подписът потвърждава, че този отчет е верен.
eval-report-fingerprint = Цифров отпечатък на този отчет (SHA-256)
## plan
doc-contract = Какво поема OCMW
doc-ocmw-actions = Действия на OCMW
doc-domains = Области на дейност
doc-ended = Приключен
doc-moved = Досието е предадено на
sign-ended = Този план е приключен. Вече не може да се подписва.

## turn
doc-review-no = Преводът все още не е проверен от носител на езика.
doc-review-yes = Преводът е проверен от носител на езика.

## turn2
sign-binding-dutch = Обвързващ текст, на нидерландски:

## changes
changes-title = Какво се промени от версията от { $date }?
changes-intro = Прочетете това заедно, преди да подпишете отново. От вече подписаната версия се различава само написаното тук.
changes-now = сега:
changes-was = преди:
changes-goal-added = Нова цел
changes-goal-removed = Целта е премахната
changes-goal-changed = Целта е променена
changes-goal-period = Друг период за целта
changes-action-added = Ново действие
changes-action-removed = Действието е премахнато
changes-action-what = Действието е формулирано другояче
changes-action-who = Някой друг извършва действието
changes-action-due = Друга дата за действието
changes-action-changed = Действието е променено
changes-date-decision = Друга дата на решението
changes-date-start = Планът започва в друг ден
changes-date-end = Планът свършва в друг ден
changes-evaluation-added = Нова дата за оценка
changes-evaluation-removed = Датата за оценка е премахната
changes-evaluation-changed = Оценка в друга форма
changes-rung = Ново стъпало на стълбата
changes-part-basics = Променено: вид план, OCMW, социален работник или име
changes-part-partners = Променено: партньорите и техните задачи
changes-part-present = Променено: преводач или доверено лице
changes-part-topics = Променено: това, за което говорихме
changes-part-agreements = Променено: договореностите и приносът на всяка страна
changes-part-contract = Променено: учене или разходи, които OCMW плаща
changes-part-evaluation-rule = Променено: колко оценки на година
changes-part-other = Променено: друга част от плана
doc-changes-title = Приложение: какво се промени от версията от { $date }
doc-changes-old = Цифров отпечатък на предишната версия:
doc-changes-new = Цифров отпечатък на тази версия:
doc-strength = Сила
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Резюме за досието
case-file-intro = Планът като обикновен текст на нидерландски, в реда на формуляра GPMI на POD MI, за въвеждане в софтуера за регистрация. Само това, което е в подписания план: бележките извън него не влизат.
case-file-intro-evaluation = Тази оценка като обикновен текст на нидерландски, за въвеждане в софтуера за регистрация. Бележките извън плана не влизат.
case-file-show = Покажи резюмето
case-file-hide = Скрий резюмето
case-file-copy = Копирай
case-file-preview-label = Резюмето, както ще бъде копирано
case-file-copied = Копирано. Поставете текста в софтуера за регистрация.
case-file-downloaded = Клипбордът не е достъпен. Текстът е изтеглен като { $file }.
