# Trede: signing and printing (Russian)
# The Dutch text of the plan is the binding one; this is a help translation. Tone: plain words, honest, never threatening.
# The client is addressed with "вы" (polite you), as in the other files.

sign-view = Подписание
print-view = Печать

## Signing
sign-title = Подписание плана
sign-intro = Сначала перечитайте план вместе. Каждый, кто участвует, подписывает здесь, на планшете, так же как на бумаге: пальцем, стилусом или мышью.
sign-reflection = Клиент хочет сначала подумать? Тогда распечатайте черновик, чтобы взять его домой. Подписать можно позже.
sign-fingerprint = Цифровой отпечаток этой версии
sign-fingerprint-hint = Этот код соответствует именно этому тексту. Если в плане что-то изменится, изменится и код.
sign-state-unsigned = Эту версию плана пока никто не подписал.
sign-state-partly = Ещё должны подписать: { $names }
sign-state-complete = Все, кто должен был подписать, подписали.
sign-outdated = План изменился после подписания. Эти подписи относятся к прежней версии; их по-прежнему можно посмотреть и распечатать. Эту версию нужно подписать заново.
sign-not-ready = План ещё не совсем готов к подписанию. На шаге «Перечитать» видно, чего ещё не хватает.
sign-go-review = К шагу «Перечитать»
sign-go-print = К предварительному просмотру печати
sign-parties-title = Кто подписывает
sign-present-title = Также присутствуют (подписывать не обязательно)
sign-as-party = Подписывает как сторона
sign-as-present = Подписывает как присутствующий, а не как сторона
sign-role-client = Клиент
sign-role-worker = Социальный работник от имени OCMW
sign-role-third = Партнёр
sign-role-interpreter = Переводчик
sign-role-support = Доверенное лицо
sign-start = Подписать
sign-again = Подписать заново
sign-withdraw = Убрать подпись
sign-signed = Подписано { $date }
sign-signed-at = Подписано { $date }, место: { $place }
sign-not-signed = Ещё не подписано
sign-earlier-title = Ранее подписанные версии
sign-earlier-item = Версия { $fingerprint }, подписали: { $names }
sign-show-version = Посмотреть эту версию

## The signing area
pad-area = Поле для подписи
pad-hint = Распишитесь в поле пальцем, стилусом или мышью.
pad-empty = Поле пока пустое.
pad-drawn = В поле есть подпись.
pad-undo = Убрать последнюю линию
pad-clear = Очистить поле
pad-name = Имя
pad-date = Дата
pad-place = Место
pad-save = Сохранить подпись
pad-cancel = Отмена
sign-problem-name = Введите имя.
sign-problem-strokes = Сначала распишитесь в поле.
sign-problem-too-long = Эта подпись слишком длинная. Очистите поле и распишитесь немного проще.
sign-problem-unknown = Этого партнёра больше нет в плане.

## Printing
print-title = Печать
print-intro = План на листе A4 — чтобы дать клиенту с собой или подписать на бумаге. Печать работает и без интернета; чтобы получить файл, выберите «Сохранить как PDF».
print-version-label = Какая версия
print-version-current = План в нынешнем виде
print-version-round = Подписанная версия { $fingerprint }
print-both = Распечатать (нидерландский + { $lang })
print-client = Распечатать копию для клиента (только { $lang })
print-dutch = Распечатать (нидерландский)
print-mode-label = Что вы видите
print-mode-both = Нидерландский текст со вспомогательным переводом
print-mode-client = Копия для клиента
print-no-translation = Перевода пока нет (язык: { $lang }). План будет распечатан на нидерландском.
print-preview-label = Предварительный просмотр печати

## The printed plan
doc-title = Индивидуализированный проект социальной интеграции (GPMI)
doc-subtitle = Договорённость между клиентом и OCMW (центром социальной помощи)
doc-binding-note = Вспомогательный перевод. Юридическую силу имеет текст на нидерландском языке.
doc-copy-note = Это вспомогательный перевод для клиента. Юридическую силу имеет текст на нидерландском языке.
doc-draft = ЧЕРНОВИК
doc-draft-note = Черновик: ещё не все подписали.
doc-earlier-note = Это ранее подписанная версия. После этого план изменился.
doc-not-set = не заполнено
doc-facts = Данные
doc-ocmw = OCMW
doc-client = Клиент
doc-worker = Социальный работник
doc-type = Вид плана
doc-type-employment = Направлен на работу
doc-type-training = Направлен на обучение или учёбу
doc-type-activation = Социальная активация
doc-period = Срок действия
doc-decision = Решение о leefloon (доходе социальной интеграции)
doc-partners = Партнёры
doc-support = Рядом с клиентом
doc-topics = История клиента
doc-topic-needs = Что нужно клиенту
doc-topic-challenges = Что сейчас трудно
doc-topic-goals = Чего клиент хочет достичь или избежать
doc-topic-future = Каким клиент видит будущее
doc-topic-role = Какую роль клиент хочет играть среди других людей
doc-goals = Цели
doc-goal-domain = Сфера жизни
doc-goal-period = Период
doc-goal-why = Почему это важно
doc-actions = Действия
doc-col-what = Что
doc-col-who = Кто
doc-col-due = К какому сроку
doc-col-evidence = Как мы увидим, что это сделано
doc-who-client = Клиент
doc-who-ocmw = OCMW
doc-who-third = Партнёр
doc-who-nobody = пока никто
doc-origin-catalogue = Предложение OCMW
doc-questions = План действий
doc-question-client-will-do = Что будет делать клиент, чтобы достичь целей?
doc-question-client-expects = Чего клиент ждёт от OCMW?
doc-question-ocmw-expects = Чего OCMW ждёт от клиента?
doc-means = Что вносит каждая сторона
doc-means-client = Клиент
doc-means-ocmw = OCMW
doc-means-others = Партнёры
doc-evaluations = Когда мы вместе подводим итоги
doc-evaluations-rule = Встреч в год: не меньше { $count }, из них лично: не меньше { $inperson }.
doc-eval-in-person = лично
doc-eval-remote = по телефону или видеосвязи
doc-signatures = Подписи
doc-signatures-intro = Подписывая этот план, стороны соглашаются с ним. Переводчик или доверенное лицо подписывает как присутствующий, а не как сторона.
doc-fingerprint = Цифровой отпечаток подписанного текста (SHA-256)
doc-sign-name = Имя
doc-sign-date = Дата
doc-sign-place = Место

## Rights and duties, in plain words
rights-title = Права и обязанности
rights-agreement = Этот план — договорённость между вами и OCMW (центром социальной помощи). Вы составили его вместе. Подписывая его, и вы, и OCMW обещаете делать то, что в нём написано.
rights-client = Что делаете вы: выполняете действия, записанные за вами, приходите на встречи и вовремя сообщаете, если что-то не получается.
rights-ocmw = Что делает OCMW: помогает вам так, как написано в этом плане, и выполняет действия, записанные за OCMW. Не реже { $evaluations ->
        [one] { $evaluations } раза
       *[other] { $evaluations } раз
    } в год OCMW пересматривает план вместе с вами, из них не меньше { $in_person ->
        [one] { $in_person } раза
       *[other] { $in_person } раз
    } — на личной встрече.
rights-change = План может меняться, когда меняется ваша жизнь. Вы и OCMW можете в любой момент попросить его изменить. Изменённый план подписывают заново.
rights-reflection = Прежде чем подписать, вы можете попросить { $reflection ->
        [one] { $reflection } день
        [few] { $reflection } дня
        [many] { $reflection } дней
       *[other] { $reflection } дня
    } на размышление и взять проект домой. Вы можете прийти с человеком, которого выберете сами.
rights-not-kept = Если договорённость не выполнена без уважительной причины, выплату leefloon могут приостановить полностью или частично: максимум на { $sanction ->
        [one] { $sanction } месяц
        [few] { $sanction } месяца
        [many] { $sanction } месяцев
       *[other] { $sanction } месяца
    }, или максимум на { $repeat ->
        [one] { $repeat } месяц
        [few] { $repeat } месяца
        [many] { $repeat } месяцев
       *[other] { $repeat } месяца
    }, если это повторится в течение года. Это никогда не происходит без предупреждения: сначала вы получите заказное письмо.
rights-heard = Вы имеете право на то, чтобы вас выслушали. Прежде чем будет принято решение, вы можете рассказать о своей ситуации и прийти с человеком, который вам поможет.
rights-no-sanction = Санкции не будет, если у вас была уважительная причина или если OCMW сам не выполнил свои договорённости из этого плана.
rights-interpreter = Если вы не совсем понимаете разговор или этот план, вы можете попросить переводчика.
rights-copy = Вы получите копию этого плана. Вы можете также получить вспомогательный перевод на своём языке, но юридическую силу имеет текст на нидерландском языке.
rights-appeal = Если вы не согласны с решением OCMW, вы можете обжаловать его в суде по трудовым спорам (arbeidsrechtbank). На это у вас есть { $appeal ->
        [one] { $appeal } месяц
        [few] { $appeal } месяца
        [many] { $appeal } месяцев
       *[other] { $appeal } месяца
    } со дня, когда вам сообщили о решении.

pad-typed = Я не могу расписаться от руки: моё набранное имя считается подписью
pad-typed-hint = Для тех, кто не может расписаться от руки. Тогда имя, указанное ниже, появляется в поле для подписи.

## rules
rights-meeting = Если вы попросите о встрече со своим социальным работником, эта встреча должна состояться в срок { $meeting ->
        [one] { $meeting } рабочий день
        [few] { $meeting } рабочих дня
        [many] { $meeting } рабочих дней
       *[other] { $meeting } рабочего дня
    }.
doc-reflection = Время на размышление
doc-reflection-until = длится до
doc-reflection-waived = клиент отказался от него
sign-inside-reflection = Срок на размышление длится до { $date } включительно. Кто подписывает сегодня, подписывает в этот срок. Так можно, только если клиент сам от него отказывается: тогда запишите это в плане.
## evals
doc-eval-written = письменно
eval-report-title = Отчёт об оценке хода GPMI
eval-report-kind = Как
eval-report-present = Присутствовали
eval-report-fulfils = Запланированный момент
eval-report-extra = Дополнительная оценка, вне запланированных моментов
eval-report-rung = Место на лестнице участия
eval-report-rung-same = Без изменений
eval-report-next = Следующая оценка
eval-report-next-none = Следующий момент ещё не запланирован
eval-report-goals = Как продвигаются цели
eval-report-notes = Что изменилось:
eval-report-actions = Действия и их состояние
eval-report-col-status = Состояние
eval-report-changes = Добавлено или изменено с предыдущей версии
eval-report-no-changes = Ни одна цель или действие не добавлены, не изменены и не удалены.
eval-report-change-goal-added = Новая цель
eval-report-change-goal-changed = Цель изменена
eval-report-change-goal-removed = Цель удалена
eval-report-change-action-added = Новое действие
eval-report-change-action-changed = Действие изменено
eval-report-change-action-removed = Действие удалено
eval-report-signatures = Подписывать не обязательно. Подпись подтверждает, что этот отчёт верен.
eval-report-fingerprint = Цифровой отпечаток этого отчёта (SHA-256)
## plan
doc-contract = Что берёт на себя OCMW
doc-ocmw-actions = Действия OCMW
doc-domains = Сферы деятельности
doc-ended = Завершён
doc-moved = Дело передано в
sign-ended = Этот план завершён. Его больше нельзя подписать.

## turn
doc-review-no = Перевод ещё не проверил носитель языка.
doc-review-yes = Перевод проверил носитель языка.

## turn2
sign-binding-dutch = Обязательный текст, на нидерландском:

## changes
changes-title = Что изменилось с версии от { $date }?
changes-intro = Прочитайте это вместе, прежде чем подписать снова. От уже подписанной версии отличается только то, что здесь написано.
changes-now = сейчас:
changes-was = раньше:
changes-goal-added = Новая цель
changes-goal-removed = Цель удалена
changes-goal-changed = Цель изменена
changes-goal-period = Другой период для цели
changes-action-added = Новое действие
changes-action-removed = Действие удалено
changes-action-what = Действие сформулировано иначе
changes-action-who = Действие выполняет кто-то другой
changes-action-due = Другая дата для действия
changes-action-changed = Действие изменено
changes-date-decision = Другая дата решения
changes-date-start = План начинается в другой день
changes-date-end = План заканчивается в другой день
changes-evaluation-added = Новая дата оценки
changes-evaluation-removed = Дата оценки удалена
changes-evaluation-changed = Оценка в другой форме
changes-rung = Новая ступень на лестнице
changes-part-basics = Изменено: вид плана, OCMW, социальный работник или имя
changes-part-partners = Изменено: партнёры и их задачи
changes-part-present = Изменено: переводчик или доверенное лицо
changes-part-topics = Изменено: то, о чём мы говорили
changes-part-agreements = Изменено: договорённости и вклад каждой стороны
changes-part-contract = Изменено: учёба или расходы, которые оплачивает OCMW
changes-part-evaluation-rule = Изменено: сколько оценок в год
changes-part-other = Изменено: другая часть плана
doc-changes-title = Приложение: что изменилось с версии от { $date }
doc-changes-old = Цифровой отпечаток предыдущей версии:
doc-changes-new = Цифровой отпечаток этой версии:
doc-strength = Сила
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Сводка для досье
case-file-intro = План как простой текст на нидерландском, в порядке формы GPMI от POD MI, чтобы внести его в программу регистрации. Только то, что есть в подписанном плане: заметки вне его не попадают.
case-file-intro-evaluation = Эта оценка как простой текст на нидерландском, чтобы внести её в программу регистрации. Заметки вне плана не попадают.
case-file-show = Показать сводку
case-file-hide = Скрыть сводку
case-file-copy = Копировать
case-file-preview-label = Сводка в том виде, в котором она будет скопирована
case-file-copied = Скопировано. Вставьте текст в программу регистрации.
case-file-downloaded = Буфер обмена недоступен. Текст загружен как { $file }.
