# Trede: Bulgarian (български)
# Tone: inviting and respectful, never commanding.
# Client screens use the informal "ти"; worker screens use the polite "вие" (lowercase, as usual in UI text).

app-name = Trede
app-tagline = Заедно разглеждаме, заедно планираме
skip-to-content = Към съдържанието
language-label = Език на екрана
privacy-line = Всичко остава в този браузър, на това устройство. Нищо не се изпраща към сървър.
storage-persistent = Този браузър е обещал да пази данните, дори когато паметта на устройството се запълни.
storage-best-effort = Този браузър може да изтрие данните, ако паметта на устройството се запълни или сайтът дълго не се използва. Експортираният файл е най-сигурното копие.
update-ready = Готова е нова версия на Trede. Всичко е запазено.
update-apply = Обнови сега
locale-failed = Преводът на { $language } не можа да бъде зареден. Засега тези екрани са на нидерландски.

## Dates
date-long = { $day } { $month } { $year } г.
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември

## Home
home-title = Досиета на това устройство
home-count =
    { $count ->
        [0] Все още няма досиета на това устройство.
        [one] Едно досие на това устройство.
       *[other] { $count } досиета на това устройство.
    }
home-empty-hint = Започнете с ново досие: нужно е само име, останалото попълвате заедно.
new-dossier-title = Ново досие
new-dossier-name-label = Име на клиента
new-dossier-name-hint = Името, с което клиентът иска да бъде наричан. Не е нужен номер от Националния регистър.
new-dossier-button = Създай досие
dossier-created-on = Създадено на { $date }
dossier-updated-on = Променено на { $date }
open-button = Отвори
rename-button = Преименувай
delete-button = Изтрий
save-button = Запази
cancel-button = Отказ
rename-label = Ново име

## Dossier
back-to-list = Всички досиета
dossier-heading = Досие на { $name }
client-lang-label = Език на клиента
client-lang-hint = Екраните, които клиентът попълва сам, са на този език.
dossier-dates-title = За това досие

view-overview = Преглед
dossier-nav-label = Части на досието

## Confirm
confirm-delete-title = Да се изтрие ли досието?
confirm-delete-body = Досието на { $name } ще бъде изтрито от това устройство. Това не може да бъде отменено.
confirm-delete-yes = Да, изтрий

## Errors
error-name-empty = Въведете име.
error-name-too-long = Това име е дълго { $actual } знака. Позволени са най-много { $max } знака.
unreadable-notice =
    { $count ->
        [one] Едно запазено досие не можа да бъде прочетено. То остава непокътнато на това устройство.
       *[other] { $count } запазени досиета не можаха да бъдат прочетени. Те остават непокътнати на това устройство.
    }
load-error-not-json = Данните са повредени или непълни.
load-error-no-version = Данните нямат номер на версия.
load-error-too-new = Данните са от по-нова версия на Trede.
load-error-migration = Данните не можаха да бъдат преобразувани за тази версия.
load-error-invalid = Данните не са валидно досие.
save-error-full = Паметта на това устройство е пълна. Последните промени не са запазени, но остават на екрана, докато тази страница е отворена.
save-error-unavailable = Този браузър не позволява запазване на данни. Промените остават само докато тази страница е отворена.
save-error-other = Запазването не успя. Промените са още на екрана; ще опитаме отново при следващата промяна.

## Life domains
life-domain-money = Пари и дългове
life-domain-housing = Жилище
life-domain-health = Физическо здраве
life-domain-mind = Психично благополучие
life-domain-addiction = Зависимости
life-domain-family = Семейство и грижа за близки
life-domain-childcare = Гледане на децата
life-domain-safety = Безопасност у дома
life-domain-network = Хората около мен
life-domain-structure = Дневен ритъм
life-domain-daily = Ежедневни грижи
life-domain-dutch = Нидерландски език
life-domain-learning = Образование и дипломи
life-domain-work = Трудов опит и умения
life-domain-attitude = Нагласа и мотивация
life-domain-mobility = Придвижване
life-domain-papers = Документи и пребиваване
life-domain-digital = Дигитални умения

## Participation ladder
rung-1 = Контакти само у дома
rung-2 = Социални контакти извън дома
rung-3 = Дейности, подобни на работа
rung-4 = Неплатена работа
rung-5 = Платена работа с подкрепа
rung-6 = Платена работа

## Files and end of meeting
device-tools-title = Файлове и това устройство
export-button = Експортирай
import-button = Импортирай досие
import-hint = Изберете файл, експортиран от Trede (.json). Досиетата на това устройство остават такива, каквито са.
import-done = Досието на { $name } е импортирано.
import-done-copy = Досието на { $name } е импортирано като копие: същото досие вече беше на това устройство и остава непроменено.
import-failed = Файлът { $file } не можа да бъде импортиран. В досиетата на това устройство нищо не е променено.
import-where = ред { $line }, колона { $column }
import-error-not-json = Този файл е повреден или непълен: това не е валиден JSON.
import-error-too-deep = Структурата на този файл е вложена твърде дълбоко, за да бъде досие.
import-error-too-large = Този файл е по-голям от { $detail } MB. Едно досие е много по-малко.
import-error-not-trede = Това не е файл с досие от Trede.
import-error-encrypted = Този файл е шифрован с парола.
import-error-file-version = Този файл е с версия { $detail }, която тази версия на Trede не познава.
import-error-too-new = Това досие е от по-нова версия на Trede (схема { $detail }). Първо обновете Trede.
import-error-missing-field = Полето „{ $field }“ липсва.
import-error-unknown-value = Стойността „{ $detail }“ е непозната.
import-error-wrong-type = Едно поле има стойност от грешен вид, например число там, където трябва да има текст.
import-error-invalid = Досието в този файл не е валидно: { $detail }
import-error-bad-name = Името на клиента в този файл е празно или твърде дълго.
import-error-bad-id = Ключът на досието в този файл е невалиден.
import-error-unreadable = Файлът не можа да бъде прочетен.
wipe-button = Край на разговора: изтрий всичко
wipe-title = Да се изтрият ли всички досиета от това устройство?
wipe-body =
    { $count ->
        [one] Досието по-долу ще бъде изтрито от това устройство.
       *[other] Всички { $count } досиета по-долу ще бъдат изтрити от това устройство.
    } Това не може да бъде отменено. Искате ли първо да направите експорт?
wipe-confirm = Изтрий всичко

## Passphrases and encryption
passphrase-label = Парола
passphrase-repeat-label = Повторете паролата
passphrase-cannot-recover = Запомнете добре тази парола: ако бъде забравена, никой вече не може да отвори данните. Дори OCMW.
passphrase-encrypt-choice = Шифроване с парола (препоръчително)
passphrase-too-short = Изберете парола от поне 8 знака.
passphrase-empty = Въведете паролата.
passphrase-mismatch = Двете пароли не съвпадат.
passphrase-working = Момент, моля…
export-title = Експортиране на досие
export-intro = Създавате файл с това досие. Ако има парола, само който я знае, може да отвори файла.
export-make-file = Създай файл
import-passphrase-title = Отваряне на шифрован файл
import-passphrase-intro = Файлът { $file } е шифрован. Въведете паролата, с която е създаден.
import-passphrase-open = Отвори
crypto-error-wrong-passphrase = Тази парола не е вярна. Опитайте отново.
crypto-error-tampered = Паролата е вярна, но файлът е бил променен или е повреден. Той няма да бъде отворен.
crypto-error-unavailable = Този браузър не може да шифрова тук. Отворете Trede през https или директно на това устройство.
crypto-error-malformed = Този шифрован файл е непълен или повреден.

## Locking
lock-title = Заключване
lock-off = Това досие не е заключено. С парола то се пази само шифровано и само който знае паролата, може да го отвори.
lock-on = Това досие е заключено: на това устройство то се пази само шифровано.
lock-set = Заключи с парола
lock-intro = Изберете парола за това досие. Без нея никой вече няма да може да го отвори на това устройство.
lock-now = Заключи сега
lock-remove = Премахни заключването
lock-idle-label = Автоматично заключване след
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } минута без използване
       *[other] { $minutes } минути без използване
    }
locked-dossier-name = Заключено досие { $number }
locked-dossier-hint = Името и съдържанието са шифровани. Отключете с паролата.
unlock-button = Отключи
unlock-title = Отключване на досие
unlock-intro = Въведете паролата на това досие.

tab-conflict = Досието на { $name } беше променено по същото време в друг прозорец. Нищо не е загубено: версията от другия прозорец вече е отделно досие в списъка.
notice-understood = Разбрах
save-error-export = Експортирай това досие сега
save-error-export-hint = Отворете досие и го експортирайте, за да го запазите.

## store
save-status-saving = Записване…
save-status-saved = Всичко е записано на това устройство.
storage-room = На това устройство са заети { $used }, свободни са още { $free }.
