# Trede: Polish (translated from the Dutch original)
# Tone: inviting and respectful, never commanding. Worker screens: impersonal / "proszę".
# Client screens: "ty". Plurals: one, few, many, other; default is [many] (0, 5-21, 25-31 ...),
# [other] is only used by CLDR for fractions.

app-name = Trede
app-tagline = Razem patrzymy, razem planujemy
skip-to-content = Przejdź do treści
language-label = Język ekranu
privacy-line = Wszystko zostaje w tej przeglądarce na tym urządzeniu. Nic nie jest wysyłane na serwer.
storage-persistent = Ta przeglądarka zobowiązała się przechowywać dane, nawet gdy pamięć urządzenia się zapełni.
storage-best-effort = Ta przeglądarka może usunąć dane, gdy pamięć urządzenia się zapełni albo strona długo nie będzie używana. Najbezpieczniejszą kopią jest eksport.
update-ready = Nowa wersja Trede jest gotowa. Wszystko zostało zapisane.
update-apply = Zaktualizuj teraz
locale-failed = Nie udało się wczytać tłumaczenia (język: { $language }). Te ekrany są na razie po niderlandzku.

## Dates (genitive month names, e.g. "24 listopada 2026")
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Home screen
home-title = Teczki na tym urządzeniu
home-count =
    { $count ->
        [0] Na tym urządzeniu nie ma jeszcze żadnej teczki.
        [one] Na tym urządzeniu jest jedna teczka.
        [few] Na tym urządzeniu są { $count } teczki.
       *[many] Na tym urządzeniu jest { $count } teczek.
        [other] Na tym urządzeniu jest { $count } teczki.
    }
home-empty-hint = Na początek można utworzyć nową teczkę: wystarczy imię, resztę uzupełnia się razem z klientem.
new-dossier-title = Nowa teczka
new-dossier-name-label = Imię klienta
new-dossier-name-hint = Tak, jak ta osoba chce być nazywana. Numer belgijskiego rejestru krajowego nie jest potrzebny.
new-dossier-button = Utwórz teczkę
dossier-created-on = Utworzono { $date }
dossier-updated-on = Zmieniono { $date }
open-button = Otwórz
rename-button = Zmień imię
delete-button = Usuń
save-button = Zapisz
cancel-button = Anuluj
rename-label = Nowe imię

## Dossier
back-to-list = Wszystkie teczki
dossier-heading = Teczka: { $name }
client-lang-label = Język klienta
client-lang-hint = Ekrany, które wypełnia sam klient, są w tym języku.
dossier-dates-title = O tej teczce

view-overview = Przegląd
dossier-nav-label = Części teczki

## Confirm
confirm-delete-title = Usunąć teczkę?
confirm-delete-body = Teczka ({ $name }) zostanie usunięta z tego urządzenia. Tej operacji nie można cofnąć.
confirm-delete-yes = Tak, usuń

## Errors
error-name-empty = Proszę wpisać imię.
error-name-too-long = To imię jest za długie. Liczba znaków: { $actual }, maksymalnie: { $max }.
unreadable-notice =
    { $count ->
        [one] Nie udało się odczytać jednej zapisanej teczki. Pozostaje nienaruszona na tym urządzeniu.
        [few] Nie udało się odczytać { $count } zapisanych teczek. Pozostają nienaruszone na tym urządzeniu.
       *[many] Nie udało się odczytać { $count } zapisanych teczek. Pozostają nienaruszone na tym urządzeniu.
        [other] Nie udało się odczytać { $count } zapisanej teczki. Pozostają nienaruszone na tym urządzeniu.
    }
load-error-not-json = Dane są uszkodzone lub niekompletne.
load-error-no-version = Dane nie mają numeru wersji.
load-error-too-new = Dane pochodzą z nowszej wersji Trede.
load-error-migration = Nie udało się przekształcić danych do tej wersji.
load-error-invalid = Dane nie są prawidłową teczką.
save-error-full = Pamięć tego urządzenia jest pełna. Ostatnie zmiany nie zostały zapisane, ale pozostają na ekranie, dopóki ta strona jest otwarta.
save-error-unavailable = Ta przeglądarka nie pozwala zapisywać danych. Zmiany pozostaną tylko do zamknięcia tej strony.
save-error-other = Zapisywanie nie powiodło się. Zmiany są nadal na ekranie; spróbujemy ponownie przy następnej zmianie.

## Life domains
life-domain-money = Pieniądze i długi
life-domain-housing = Mieszkanie
life-domain-health = Zdrowie fizyczne
life-domain-mind = Samopoczucie psychiczne
life-domain-addiction = Uzależnienia
life-domain-family = Rodzina i opieka nad bliskimi
life-domain-childcare = Opieka nad dziećmi
life-domain-safety = Bezpieczeństwo w domu
life-domain-network = Ludzie wokół mnie
life-domain-structure = Rytm dnia
life-domain-daily = Dbanie o siebie i dom
life-domain-dutch = Język niderlandzki
life-domain-learning = Nauka i dyplomy
life-domain-work = Doświadczenie zawodowe i umiejętności
life-domain-attitude = Podejście do pracy i motywacja
life-domain-mobility = Dojazdy i transport
life-domain-papers = Sprawy urzędowe i pobyt
life-domain-digital = Umiejętności cyfrowe

## Participation ladder
rung-1 = Kontakty ograniczone do kręgu domowego
rung-2 = Kontakty społeczne poza domem
rung-3 = Zajęcia podobne do pracy
rung-4 = Praca nieodpłatna
rung-5 = Praca płatna ze wsparciem
rung-6 = Praca płatna

## Files and end of meeting
device-tools-title = Pliki i to urządzenie
export-button = Eksportuj
import-button = Importuj teczkę
import-hint = Proszę wybrać plik wyeksportowany z Trede (.json). Teczki na tym urządzeniu pozostaną bez zmian.
import-done = Zaimportowano teczkę: { $name }.
import-done-copy = Zaimportowano teczkę jako kopię: { $name }. Ta sama teczka była już na tym urządzeniu i pozostaje bez zmian.
import-failed = Nie udało się zaimportować pliku { $file }. Teczki na tym urządzeniu nie zostały zmienione.
import-where = wiersz { $line }, kolumna { $column }
import-error-not-json = Ten plik jest uszkodzony lub niekompletny: to nie jest prawidłowy JSON.
import-error-too-deep = Ten plik ma zbyt głęboko zagnieżdżoną strukturę, aby mógł być teczką.
import-error-too-large = Ten plik jest większy niż { $detail } MB. Teczka jest dużo mniejsza.
import-error-not-trede = To nie jest plik teczki z Trede.
import-error-encrypted = Ten plik jest zaszyfrowany hasłem.
import-error-file-version = Ten plik ma wersję { $detail }, której ta wersja Trede nie zna.
import-error-too-new = Ta teczka pochodzi z nowszej wersji Trede (schemat { $detail }). Najpierw proszę zaktualizować Trede.
import-error-missing-field = Brakuje pola „{ $field }”.
import-error-unknown-value = Wartość „{ $detail }” jest nieznana.
import-error-wrong-type = Jedno z pól ma niewłaściwy rodzaj wartości, na przykład liczbę tam, gdzie powinien być tekst.
import-error-invalid = Teczka w tym pliku jest nieprawidłowa: { $detail }
import-error-bad-name = Imię klienta w tym pliku jest puste lub za długie.
import-error-bad-id = Klucz teczki w tym pliku jest nieprawidłowy.
import-error-unreadable = Nie udało się odczytać pliku.
wipe-button = Koniec rozmowy: usuń wszystko
wipe-title = Usunąć wszystkie teczki z tego urządzenia?
wipe-body =
    { $count ->
        [one] Teczka poniżej zostanie usunięta z tego urządzenia.
        [few] { $count } teczki poniżej zostaną usunięte z tego urządzenia.
       *[many] { $count } teczek poniżej zostanie usuniętych z tego urządzenia.
        [other] Teczki poniżej ({ $count }) zostaną usunięte z tego urządzenia.
    } Tej operacji nie można cofnąć. Może najpierw zrobić eksport?
wipe-confirm = Usuń wszystko

## Passphrases and encryption
passphrase-label = Hasło
passphrase-repeat-label = Powtórz hasło
passphrase-cannot-recover = Proszę dobrze zapamiętać to hasło: jeśli zostanie zapomniane, nikt już nie otworzy tych danych. Nawet OCMW.
passphrase-encrypt-choice = Zaszyfruj hasłem (zalecane)
passphrase-too-short = Proszę wybrać hasło, które ma co najmniej 12 znaków. Trzy lub cztery niezwiązane słowa łatwo zapamiętać, na przykład: „niebieski rower latarnia zupa”.
passphrase-empty = Proszę wpisać hasło.
passphrase-mismatch = Te dwa hasła nie są takie same.
passphrase-working = Chwileczkę…
export-title = Eksport teczki
export-intro = Powstanie plik z tą teczką. Jeśli zostanie użyte hasło, plik otworzy tylko osoba, która je zna.
export-make-file = Utwórz plik
import-passphrase-title = Otwórz zaszyfrowany plik
import-passphrase-intro = Plik { $file } jest zaszyfrowany. Proszę wpisać hasło, którym został zaszyfrowany.
import-passphrase-open = Otwórz
crypto-error-wrong-passphrase = To hasło jest nieprawidłowe. Proszę spróbować jeszcze raz.
crypto-error-tampered = Hasło jest prawidłowe, ale plik został zmieniony lub jest uszkodzony. Nie zostanie otwarty.
crypto-error-unavailable = Ta przeglądarka nie może tutaj szyfrować. Proszę otworzyć Trede przez https albo bezpośrednio na tym urządzeniu.
crypto-error-malformed = Ten zaszyfrowany plik jest niekompletny lub uszkodzony.

## Locking
lock-title = Blokada
lock-off = Ta teczka nie jest zablokowana. Z hasłem będzie przechowywana tylko w formie zaszyfrowanej i otworzy ją tylko osoba, która zna hasło.
lock-on = Ta teczka jest zablokowana: na tym urządzeniu jest przechowywana tylko w formie zaszyfrowanej.
lock-set = Zablokuj hasłem
lock-intro = Proszę wybrać hasło do tej teczki. Bez niego nikt już jej nie otworzy na tym urządzeniu.
lock-now = Zablokuj teraz
lock-remove = Zdejmij blokadę
lock-idle-label = Zablokuj automatycznie po
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } minucie bez używania
        [few] { $minutes } minutach bez używania
       *[many] { $minutes } minutach bez używania
        [other] { $minutes } minuty bez używania
    }
locked-dossier-name = Zablokowana teczka { $number }
locked-dossier-hint = Imię i zawartość są zaszyfrowane. Można ją odblokować hasłem.
unlock-button = Odblokuj
unlock-title = Odblokuj teczkę
unlock-intro = Proszę wpisać hasło do tej teczki.

tab-conflict = Teczka ({ $name }) została w tym samym czasie zmieniona w innym oknie. Nic nie zginęło: wersja z drugiego okna jest teraz osobną teczką na liście.
notice-understood = Rozumiem
save-error-export = Wyeksportuj teraz tę teczkę
save-error-export-hint = Proszę otworzyć teczkę i ją wyeksportować, aby ją zachować.

## rules
rung-1-definition = Kontakty społeczne są ważne, ale odbywają się głównie w domu i w najbliższym otoczeniu: domownicy, bliska rodzina, opiekunowie i pracownicy pomocy, także w placówce opiekuńczej lub pomocowej, w której ktoś mieszka.
rung-2-definition = Kontakty poza domem i udział w zorganizowanych zajęciach, na przykład w stowarzyszeniu, centrum usług lub organizacji walczącej z ubóstwem: spotykać ludzi i robić coś sensownego.
rung-3-definition = Wykonywanie zadań podobnych do pracy pod nadzorem, razem ze wsparciem w zakresie dobrostanu i opieki. Praca zarobkowa nie jest jeszcze możliwa w średnim okresie.
rung-4-definition = Tymczasowy krok bez umowy o pracę: zdobywanie doświadczenia i umiejętności, z towarzyszeniem w pracy, dobrostanie i opiece, aby później przejść na szczebel 5 lub 6.
rung-5-definition = Praca zarobkowa z osobistym wsparciem, bo coś jeszcze utrudnia w pełni samodzielną pracę. Pracodawca dostaje rekompensatę za to dodatkowe wsparcie.
rung-6-definition = Praca w zwykłej gospodarce, bez szczególnego wsparcia czy towarzyszenia. Tu jest większość pracowników i osób samozatrudnionych.
## guard
import-error-implausible = Teczka w tym pliku zawiera wartość, której nie ma żadna prawdziwa teczka (w „{ $field }”): plik jest uszkodzony albo nie został utworzony przez Trede. Nic nie dodano.
load-error-implausible = Dane zawierają wartość, której nie ma żadna prawdziwa teczka: są uszkodzone albo nie zapisał ich Trede.
wipe-cannot-erase = Trede nie może usunąć tego, co już opuściło aplikację: wyeksportowane pliki, wydrukowane strony i pliki PDF zostają w Pobranych, w drukarce lub tam, gdzie je udostępniono. Usuń je samodzielnie.
wipe-done = Wszystko, co Trede przechowywał na tym urządzeniu, zostało usunięte. Sprawdzono: nic nie zostało.
wipe-incomplete = Nie wszystko udało się usunąć. Oto, co zostało. Zamknij wszystkie okna Trede i wyczyść dane tej witryny w ustawieniach przeglądarki.
lock-when-hidden = Na tym urządzeniu zamykaj każdą zablokowaną teczkę, gdy tylko karta zostanie ukryta lub ekran zgaśnie

## turn
turn-start = Przekaż tablet klientowi
turn-nav-label = Twoje strony
turn-plan = Przeczytaj plan
turn-print-copy = Wydrukuj moją kopię
turn-hold-return = Pracownik socjalny: przytrzymaj 2 sekundy, aby odebrać tablet
turn-returned = Tablet znów jest u Ciebie. Wszystko, co wpisał klient, zostało zachowane.
turn-note-unreviewed = To jest tłumaczenie pomocnicze. Nie sprawdził go jeszcze rodzimy użytkownik języka. Obowiązuje tekst niderlandzki.
turn-note-reviewed = To jest tłumaczenie pomocnicze, sprawdzone przez rodzimego użytkownika języka. Obowiązuje tekst niderlandzki.
home-search-label = Szukaj po nazwisku
home-sort-label = Kolejność
home-sort-newest = Najnowsze najpierw
home-sort-name = Nazwisko (A–Z)
home-sort-changed = Ostatnio zmienione najpierw
home-search-none = Brak teczki o tym nazwisku.
## store
save-status-saving = Zapisywanie…
save-status-saved = Wszystko jest zapisane na tym urządzeniu.
storage-room = Na tym urządzeniu zajęte jest { $used }, wolne jeszcze { $free }.
## The example on the home screen
plan-example-title = Zobacz przykład
plan-example-text = Wymyślony klient z gotowym planem i jedną oceną postępów. Nic tu nie jest prawdziwe.
plan-example-button = Otwórz przykład
plan-example-badge = Przykład: to nie jest prawdziwa osoba
