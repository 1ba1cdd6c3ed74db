# Trede: русский (Russian)
# Tone: inviting and respectful, never commanding. The client is addressed with "вы" (polite you).

app-name = Trede
app-tagline = Вместе смотрим, вместе планируем
skip-to-content = Перейти к содержанию
language-label = Язык экрана
privacy-line = Всё остаётся в этом браузере на этом устройстве. На сервер ничего не отправляется.
storage-persistent = Этот браузер обещал хранить данные, даже если память устройства заполнится.
storage-best-effort = Этот браузер может удалить данные, если память устройства заполнится или сайтом долго не будут пользоваться. Самая надёжная копия — это экспорт.
update-ready = Новая версия Trede готова. Всё сохранено.
update-apply = Обновить сейчас
locale-failed = Не удалось загрузить перевод на язык: { $language }. Пока эти экраны показаны на нидерландском.

## Dates
date-long = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Home screen
home-title = Досье на этом устройстве
home-count =
    { $count ->
        [0] На этом устройстве пока нет досье.
        [one] На этом устройстве { $count } досье.
        [few] На этом устройстве { $count } досье.
        [many] На этом устройстве { $count } досье.
       *[other] На этом устройстве { $count } досье.
    }
home-empty-hint = Начните с нового досье: нужно только имя, остальное вы заполните вместе.
new-dossier-title = Новое досье
new-dossier-name-label = Имя клиента
new-dossier-name-hint = Имя, которым человек хочет, чтобы его называли. Номер национального реестра (rijksregisternummer) не нужен.
new-dossier-button = Создать досье
dossier-created-on = Создано { $date }
dossier-updated-on = Изменено { $date }
open-button = Открыть
rename-button = Изменить имя
delete-button = Удалить
save-button = Сохранить
cancel-button = Отмена
rename-label = Новое имя

## Dossier
back-to-list = Все досье
dossier-heading = Досье: { $name }
client-lang-label = Язык клиента
client-lang-hint = Экраны, которые клиент заполняет сам, показываются на этом языке.
dossier-dates-title = Об этом досье

view-overview = Обзор
dossier-nav-label = Разделы досье

## Confirm
confirm-delete-title = Удалить досье?
confirm-delete-body = Досье «{ $name }» будет удалено с этого устройства. Это действие нельзя отменить.
confirm-delete-yes = Да, удалить

## Errors
error-name-empty = Введите имя.
error-name-too-long = В этом имени { $actual ->
        [one] { $actual } символ
        [few] { $actual } символа
        [many] { $actual } символов
       *[other] { $actual } символов
    }. Можно не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символов
    }.
unreadable-notice =
    { $count ->
        [one] Не удалось прочитать { $count } сохранённое досье. Эти данные остаются на этом устройстве нетронутыми.
        [few] Не удалось прочитать { $count } сохранённых досье. Эти данные остаются на этом устройстве нетронутыми.
        [many] Не удалось прочитать { $count } сохранённых досье. Эти данные остаются на этом устройстве нетронутыми.
       *[other] Не удалось прочитать { $count } сохранённых досье. Эти данные остаются на этом устройстве нетронутыми.
    }
load-error-not-json = Данные повреждены или неполны.
load-error-no-version = У данных нет номера версии.
load-error-too-new = Данные созданы в более новой версии Trede.
load-error-migration = Не удалось преобразовать данные для этой версии.
load-error-invalid = Эти данные не являются действительным досье.
save-error-full = Память этого устройства заполнена. Последние изменения не сохранены, но они остаются на экране, пока эта страница открыта.
save-error-unavailable = Этот браузер не позволяет сохранять данные. Изменения сохраняются только до тех пор, пока эта страница открыта.
save-error-other = Сохранить не удалось. Изменения пока на экране; мы попробуем снова при следующем изменении.

## Life domains
life-domain-money = Деньги и долги
life-domain-housing = Жильё
life-domain-health = Физическое здоровье
life-domain-mind = Психологическое самочувствие
life-domain-addiction = Зависимость
life-domain-family = Семья и уход за близкими
life-domain-childcare = Присмотр за детьми (ясли, садик)
life-domain-safety = Безопасность дома
life-domain-network = Люди вокруг меня
life-domain-structure = Распорядок дня
life-domain-daily = Быт и уход за собой
life-domain-dutch = Нидерландский язык
life-domain-learning = Образование и дипломы
life-domain-work = Опыт работы и навыки
life-domain-attitude = Отношение к работе и мотивация
life-domain-mobility = Передвижение
life-domain-papers = Документы и право на пребывание
life-domain-digital = Цифровые навыки

## Participation ladder
rung-1 = Контакты только дома
rung-2 = Общение вне дома
rung-3 = Деятельность, близкая к работе
rung-4 = Неоплачиваемая работа
rung-5 = Оплачиваемая работа с поддержкой
rung-6 = Оплачиваемая работа

## Files and end of meeting
device-tools-title = Файлы и это устройство
export-button = Экспортировать
import-button = Импортировать досье
import-hint = Выберите файл, экспортированный из Trede (.json). Досье на этом устройстве останутся без изменений.
import-done = Досье «{ $name }» импортировано.
import-done-copy = Досье «{ $name }» импортировано как копия: такое же досье уже было на этом устройстве и остаётся без изменений.
import-failed = Не удалось импортировать «{ $file }». В досье на этом устройстве ничего не изменилось.
import-where = строка { $line }, столбец { $column }
import-error-not-json = Этот файл повреждён или неполон: это не корректный JSON.
import-error-too-deep = В этом файле слишком глубокая вложенность, поэтому это не может быть досье.
import-error-too-large = Этот файл больше { $detail } МБ. Досье намного меньше.
import-error-not-trede = Это не файл досье Trede.
import-error-encrypted = Этот файл зашифрован парольной фразой.
import-error-file-version = У этого файла версия { $detail }, которую эта версия Trede не знает.
import-error-too-new = Это досье создано в более новой версии Trede (схема { $detail }). Сначала обновите Trede.
import-error-missing-field = Отсутствует поле «{ $field }».
import-error-unknown-value = Значение «{ $detail }» неизвестно.
import-error-wrong-type = В одном из полей значение неправильного типа, например число там, где должен быть текст.
import-error-invalid = Досье в этом файле недействительно: { $detail }
import-error-bad-name = Имя клиента в этом файле пустое или слишком длинное.
import-error-bad-id = Ключ досье в этом файле недействителен.
import-error-unreadable = Не удалось прочитать файл.
wipe-button = Конец встречи: удалить всё
wipe-title = Удалить все досье с этого устройства?
wipe-body =
    { $count ->
        [one] { $count } досье из списка ниже будет удалено с этого устройства.
        [few] { $count } досье из списка ниже будут удалены с этого устройства.
        [many] { $count } досье из списка ниже будут удалены с этого устройства.
       *[other] { $count } досье из списка ниже будут удалены с этого устройства.
    } Это действие нельзя отменить. Хотите сначала сделать экспорт?
wipe-confirm = Удалить всё

## Passphrases and encryption
passphrase-label = Парольная фраза
passphrase-repeat-label = Парольная фраза ещё раз
passphrase-cannot-recover = Хорошо запомните эту парольную фразу: если её забыть, никто больше не сможет открыть данные. Даже OCMW.
passphrase-encrypt-choice = Зашифровать парольной фразой (рекомендуется)
passphrase-too-short = Выберите парольную фразу не короче 8 символов.
passphrase-empty = Введите парольную фразу.
passphrase-mismatch = Две парольные фразы не совпадают.
passphrase-working = Минуточку…
export-title = Экспорт досье
export-intro = Вы создаёте файл с этим досье. Если задать парольную фразу, открыть файл сможет только тот, кто её знает.
export-make-file = Создать файл
import-passphrase-title = Открыть зашифрованный файл
import-passphrase-intro = Файл «{ $file }» зашифрован. Введите парольную фразу, с которой он был создан.
import-passphrase-open = Открыть
crypto-error-wrong-passphrase = Эта парольная фраза неверна. Попробуйте ещё раз.
crypto-error-tampered = Парольная фраза верна, но файл был изменён или повреждён. Он не будет открыт.
crypto-error-unavailable = Этот браузер не может здесь шифровать. Откройте Trede через https или прямо на этом устройстве.
crypto-error-malformed = Этот зашифрованный файл неполон или повреждён.

## Locking
lock-title = Блокировка
lock-off = Это досье не заблокировано. С парольной фразой оно будет храниться только в зашифрованном виде, и открыть его сможет только тот, кто знает эту фразу.
lock-on = Это досье заблокировано: на этом устройстве оно хранится только в зашифрованном виде.
lock-set = Заблокировать парольной фразой
lock-intro = Выберите парольную фразу для этого досье. Без неё никто не сможет открыть его на этом устройстве.
lock-now = Заблокировать сейчас
lock-remove = Снять блокировку
lock-idle-label = Автоматически блокировать через
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } минуту бездействия
        [few] { $minutes } минуты бездействия
        [many] { $minutes } минут бездействия
       *[other] { $minutes } минут бездействия
    }
locked-dossier-name = Заблокированное досье { $number }
locked-dossier-hint = Имя и содержимое зашифрованы. Разблокируйте с помощью парольной фразы.
unlock-button = Разблокировать
unlock-title = Разблокировать досье
unlock-intro = Введите парольную фразу этого досье.

tab-conflict = Досье «{ $name }» одновременно изменили в другом окне. Ничего не потеряно: версия из другого окна теперь есть в списке как отдельное досье.
notice-understood = Понятно
save-error-export = Экспортировать это досье сейчас
save-error-export-hint = Откройте досье и экспортируйте его, чтобы сохранить.

## store
save-status-saving = Сохранение…
save-status-saved = Всё сохранено на этом устройстве.
storage-room = На этом устройстве занято { $used }, свободно ещё { $free }.
