# Trede: українська (Ukrainian)
# Tone: inviting and respectful, never commanding. The client is addressed with "ви" (polite you).

app-name = Trede
app-tagline = Разом дивимося, разом плануємо
skip-to-content = Перейти до змісту
language-label = Мова екрана
privacy-line = Усе залишається в цьому браузері на цьому пристрої. Нічого не надсилається на сервер.
storage-persistent = Цей браузер пообіцяв зберігати дані, навіть якщо пам’ять пристрою заповниться.
storage-best-effort = Цей браузер може стерти дані, якщо пам’ять пристрою заповниться або сайтом довго не користуватимуться. Найнадійніша копія — це експорт.
update-ready = Нова версія Trede готова. Усе збережено.
update-apply = Оновити зараз
locale-failed = Не вдалося завантажити переклад мовою: { $language }. Поки що ці екрани показано нідерландською.

## Dates
date-long = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Home screen
home-title = Досьє на цьому пристрої
home-count =
    { $count ->
        [0] На цьому пристрої ще немає досьє.
        [one] На цьому пристрої { $count } досьє.
        [few] На цьому пристрої { $count } досьє.
        [many] На цьому пристрої { $count } досьє.
       *[other] На цьому пристрої { $count } досьє.
    }
home-empty-hint = Почніть із нового досьє: потрібне лише ім’я, решту ви заповните разом.
new-dossier-title = Нове досьє
new-dossier-name-label = Ім’я клієнта
new-dossier-name-hint = Ім’я, яким людина хоче, щоб її називали. Номер національного реєстру (rijksregisternummer) не потрібен.
new-dossier-button = Створити досьє
dossier-created-on = Створено { $date }
dossier-updated-on = Змінено { $date }
open-button = Відкрити
rename-button = Змінити ім’я
delete-button = Видалити
save-button = Зберегти
cancel-button = Скасувати
rename-label = Нове ім’я

## Dossier
back-to-list = Усі досьє
dossier-heading = Досьє: { $name }
client-lang-label = Мова клієнта
client-lang-hint = Екрани, які клієнт заповнює сам, показуються цією мовою.
dossier-dates-title = Про це досьє

view-overview = Огляд
dossier-nav-label = Розділи досьє

## Confirm
confirm-delete-title = Видалити досьє?
confirm-delete-body = Досьє «{ $name }» буде стерто з цього пристрою. Цю дію не можна скасувати.
confirm-delete-yes = Так, видалити

## Errors
error-name-empty = Введіть ім’я.
error-name-too-long = Це ім’я має { $actual ->
        [one] { $actual } символ
        [few] { $actual } символи
        [many] { $actual } символів
       *[other] { $actual } символів
    }. Можна щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символів
    }.
unreadable-notice =
    { $count ->
        [one] Не вдалося прочитати { $count } збережене досьє. Ці дані залишаються на цьому пристрої недоторканими.
        [few] Не вдалося прочитати { $count } збережені досьє. Ці дані залишаються на цьому пристрої недоторканими.
        [many] Не вдалося прочитати { $count } збережених досьє. Ці дані залишаються на цьому пристрої недоторканими.
       *[other] Не вдалося прочитати { $count } збережених досьє. Ці дані залишаються на цьому пристрої недоторканими.
    }
load-error-not-json = Дані пошкоджені або неповні.
load-error-no-version = У даних немає номера версії.
load-error-too-new = Дані створено в новішій версії Trede.
load-error-migration = Не вдалося перетворити дані для цієї версії.
load-error-invalid = Ці дані не є дійсним досьє.
save-error-full = Пам’ять цього пристрою заповнена. Останні зміни не збережено, але вони залишаються на екрані, поки ця сторінка відкрита.
save-error-unavailable = Цей браузер не дозволяє зберігати дані. Зміни існують лише доти, доки ця сторінка відкрита.
save-error-other = Не вдалося зберегти. Зміни ще на екрані; ми спробуємо знову під час наступної зміни.

## Life domains
life-domain-money = Гроші та борги
life-domain-housing = Житло
life-domain-health = Фізичне здоров’я
life-domain-mind = Психологічне самопочуття
life-domain-addiction = Залежність
life-domain-family = Сім’я та догляд за близькими
life-domain-childcare = Догляд за дітьми (ясла, садок)
life-domain-safety = Безпека вдома
life-domain-network = Люди навколо мене
life-domain-structure = Розпорядок дня
life-domain-daily = Побут і догляд за собою
life-domain-dutch = Нідерландська мова
life-domain-learning = Освіта та дипломи
life-domain-work = Досвід роботи та навички
life-domain-attitude = Ставлення до роботи та мотивація
life-domain-mobility = Пересування
life-domain-papers = Документи та право на перебування
life-domain-digital = Цифрові навички

## Participation ladder
rung-1 = Контакти лише вдома
rung-2 = Соціальні контакти поза домом
rung-3 = Діяльність, наближена до роботи
rung-4 = Неоплачувана робота
rung-5 = Оплачувана робота з підтримкою
rung-6 = Оплачувана робота

## Files and end of meeting
device-tools-title = Файли та цей пристрій
export-button = Експортувати
import-button = Імпортувати досьє
import-hint = Виберіть файл, експортований із Trede (.json). Досьє на цьому пристрої залишаться без змін.
import-done = Досьє «{ $name }» імпортовано.
import-done-copy = Досьє «{ $name }» імпортовано як копію: таке саме досьє вже було на цьому пристрої, і воно залишається без змін.
import-failed = Не вдалося імпортувати «{ $file }». У досьє на цьому пристрої нічого не змінилося.
import-where = рядок { $line }, стовпець { $column }
import-error-not-json = Цей файл пошкоджений або неповний: це не дійсний JSON.
import-error-too-deep = Цей файл має надто глибоку вкладеність, тож це не може бути досьє.
import-error-too-large = Цей файл більший за { $detail } МБ. Досьє набагато менше.
import-error-not-trede = Це не файл досьє Trede.
import-error-encrypted = Цей файл зашифровано парольною фразою.
import-error-file-version = Цей файл має версію { $detail }, якої ця версія Trede не знає.
import-error-too-new = Це досьє створено в новішій версії Trede (схема { $detail }). Спочатку оновіть Trede.
import-error-missing-field = Бракує поля «{ $field }».
import-error-unknown-value = Значення «{ $detail }» невідоме.
import-error-wrong-type = Одне з полів має неправильний тип значення, наприклад число там, де має бути текст.
import-error-invalid = Досьє в цьому файлі недійсне: { $detail }
import-error-bad-name = Ім’я клієнта в цьому файлі порожнє або задовге.
import-error-bad-id = Ключ досьє в цьому файлі недійсний.
import-error-unreadable = Не вдалося прочитати файл.
wipe-button = Кінець розмови: стерти все
wipe-title = Стерти всі досьє з цього пристрою?
wipe-body =
    { $count ->
        [one] З цього пристрою буде стерто { $count } досьє зі списку нижче.
        [few] З цього пристрою буде стерто { $count } досьє зі списку нижче.
        [many] З цього пристрою буде стерто { $count } досьє зі списку нижче.
       *[other] З цього пристрою буде стерто { $count } досьє зі списку нижче.
    } Цю дію не можна скасувати. Бажаєте спершу зробити експорт?
wipe-confirm = Стерти все

## Passphrases and encryption
passphrase-label = Парольна фраза
passphrase-repeat-label = Парольна фраза ще раз
passphrase-cannot-recover = Добре запам’ятайте цю парольну фразу: якщо її забути, ніхто вже не зможе відкрити дані. Навіть OCMW.
passphrase-encrypt-choice = Зашифрувати парольною фразою (рекомендовано)
passphrase-too-short = Виберіть парольну фразу щонайменше з 8 символів.
passphrase-empty = Введіть парольну фразу.
passphrase-mismatch = Дві парольні фрази не збігаються.
passphrase-working = Зачекайте хвилинку…
export-title = Експорт досьє
export-intro = Ви створюєте файл із цим досьє. Якщо додати парольну фразу, відкрити файл зможе лише той, хто її знає.
export-make-file = Створити файл
import-passphrase-title = Відкрити зашифрований файл
import-passphrase-intro = Файл «{ $file }» зашифровано. Введіть парольну фразу, з якою його створили.
import-passphrase-open = Відкрити
crypto-error-wrong-passphrase = Ця парольна фраза неправильна. Спробуйте ще раз.
crypto-error-tampered = Парольна фраза правильна, але файл було змінено або пошкоджено. Його не буде відкрито.
crypto-error-unavailable = Цей браузер не може тут шифрувати. Відкрийте Trede через https або безпосередньо на цьому пристрої.
crypto-error-malformed = Цей зашифрований файл неповний або пошкоджений.

## Locking
lock-title = Блокування
lock-off = Це досьє не заблоковано. З парольною фразою воно зберігатиметься лише в зашифрованому вигляді, і відкрити його зможе тільки той, хто знає цю фразу.
lock-on = Це досьє заблоковано: на цьому пристрої воно зберігається лише в зашифрованому вигляді.
lock-set = Заблокувати парольною фразою
lock-intro = Виберіть парольну фразу для цього досьє. Без неї ніхто не зможе відкрити його на цьому пристрої.
lock-now = Заблокувати зараз
lock-remove = Зняти блокування
lock-idle-label = Автоматично блокувати через
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } хвилину бездіяльності
        [few] { $minutes } хвилини бездіяльності
        [many] { $minutes } хвилин бездіяльності
       *[other] { $minutes } хвилин бездіяльності
    }
locked-dossier-name = Заблоковане досьє { $number }
locked-dossier-hint = Ім’я та вміст зашифровано. Розблокуйте за допомогою парольної фрази.
unlock-button = Розблокувати
unlock-title = Розблокувати досьє
unlock-intro = Введіть парольну фразу цього досьє.

tab-conflict = Досьє «{ $name }» одночасно змінили в іншому вікні. Нічого не втрачено: версія з іншого вікна тепер є в списку як окреме досьє.
notice-understood = Зрозуміло
save-error-export = Експортувати це досьє зараз
save-error-export-hint = Відкрийте досьє та експортуйте його, щоб зберегти.

## store
save-status-saving = Зберігається…
save-status-saved = Усе збережено на цьому пристрої.
storage-room = На цьому пристрої зайнято { $used }, ще вільно { $free }.
