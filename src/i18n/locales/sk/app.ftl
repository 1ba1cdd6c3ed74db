# Trede: Slovak (translated from the Dutch original)
# Tone: inviting and respectful, never commanding. Worker screens: "vy". Client screens: "ty".

app-name = Trede
app-tagline = Spolu sa pozrieme, spolu naplánujeme
skip-to-content = Prejsť na obsah
language-label = Jazyk obrazovky
privacy-line = Všetko zostáva v tomto prehliadači na tomto zariadení. Nič sa neposiela na server.
storage-persistent = Tento prehliadač sľúbil, že údaje uchová, aj keď sa zariadenie zaplní.
storage-best-effort = Tento prehliadač môže údaje vymazať, keď sa zariadenie zaplní alebo keď sa stránka dlho nepoužíva. Najbezpečnejšou kópiou je export.
update-ready = Je pripravená nová verzia aplikácie Trede. Všetko je uložené.
update-apply = Aktualizovať teraz
locale-failed = Preklad do jazyka { $language } sa nepodarilo načítať. Tieto obrazovky sú zatiaľ v holandčine.

## Dates (genitive month names, e.g. "24. novembra 2026")
date-long = { $day }. { $month } { $year }
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra

## Home screen
home-title = Spisy na tomto zariadení
home-count =
    { $count ->
        [0] Na tomto zariadení zatiaľ nie sú žiadne spisy.
        [one] Na tomto zariadení je jeden spis.
        [few] Na tomto zariadení sú { $count } spisy.
        [many] Na tomto zariadení je { $count } spisu.
       *[other] Na tomto zariadení je { $count } spisov.
    }
home-empty-hint = Začnite novým spisom: stačí meno, ostatné vyplníte spolu s klientom.
new-dossier-title = Nový spis
new-dossier-name-label = Meno klienta
new-dossier-name-hint = Tak, ako chce byť klient oslovovaný. Číslo národného registra netreba.
new-dossier-button = Vytvoriť spis
dossier-created-on = Vytvorené { $date }
dossier-updated-on = Zmenené { $date }
open-button = Otvoriť
rename-button = Zmeniť meno
delete-button = Odstrániť
save-button = Uložiť
cancel-button = Zrušiť
rename-label = Nové meno

## Dossier
back-to-list = Všetky spisy
dossier-heading = Spis: { $name }
client-lang-label = Jazyk klienta
client-lang-hint = Obrazovky, ktoré vypĺňa sám klient, sú v tomto jazyku.
dossier-dates-title = O tomto spise

view-overview = Prehľad
dossier-nav-label = Časti spisu

## Confirm
confirm-delete-title = Odstrániť spis?
confirm-delete-body = Spis ({ $name }) sa z tohto zariadenia vymaže. Túto akciu nie je možné vrátiť späť.
confirm-delete-yes = Áno, odstrániť

## Errors
error-name-empty = Zadajte meno.
error-name-too-long = Toto meno je príliš dlhé. Počet znakov: { $actual }, najviac: { $max }.
unreadable-notice =
    { $count ->
        [one] Jeden uložený spis sa nepodarilo prečítať. Zostáva na tomto zariadení nedotknutý.
        [few] { $count } uložené spisy sa nepodarilo prečítať. Zostávajú na tomto zariadení nedotknuté.
        [many] { $count } uloženého spisu sa nepodarilo prečítať. Zostávajú na tomto zariadení nedotknuté.
       *[other] { $count } uložených spisov sa nepodarilo prečítať. Zostávajú na tomto zariadení nedotknuté.
    }
load-error-not-json = Údaje sú poškodené alebo neúplné.
load-error-no-version = Údaje nemajú číslo verzie.
load-error-too-new = Údaje pochádzajú z novšej verzie aplikácie Trede.
load-error-migration = Údaje sa nepodarilo previesť do tejto verzie.
load-error-invalid = Údaje nie sú platný spis.
save-error-full = Pamäť tohto zariadenia je plná. Posledné zmeny sa neuložili, ale zostávajú na obrazovke, kým je táto stránka otvorená.
save-error-unavailable = Tento prehliadač nedovoľuje ukladať údaje. Zmeny zostanú len dovtedy, kým je táto stránka otvorená.
save-error-other = Uloženie sa nepodarilo. Zmeny sú stále na obrazovke; skúsime to znova pri ďalšej zmene.

## Life domains
life-domain-money = Peniaze a dlhy
life-domain-housing = Bývanie
life-domain-health = Telesné zdravie
life-domain-mind = Duševná pohoda
life-domain-addiction = Závislosť
life-domain-family = Rodina a starostlivosť o druhých
life-domain-childcare = Opatrovanie detí
life-domain-safety = Bezpečie doma
life-domain-network = Ľudia okolo mňa
life-domain-structure = Denný režim
life-domain-daily = Starostlivosť o seba a domácnosť
life-domain-dutch = Holandčina
life-domain-learning = Vzdelanie a diplomy
life-domain-work = Pracovné skúsenosti a zručnosti
life-domain-attitude = Prístup k práci a motivácia
life-domain-mobility = Doprava
life-domain-papers = Úradné veci a pobyt
life-domain-digital = Digitálne zručnosti

## Participation ladder
rung-1 = Kontakty obmedzené na domáci okruh
rung-2 = Sociálne kontakty mimo domova
rung-3 = Aktivity podobné práci
rung-4 = Neplatená práca
rung-5 = Platená práca s podporou
rung-6 = Platená práca

## Files and end of meeting
device-tools-title = Súbory a toto zariadenie
export-button = Exportovať
import-button = Importovať spis
import-hint = Vyberte súbor, ktorý bol exportovaný z aplikácie Trede (.json). Spisy na tomto zariadení zostanú tak, ako sú.
import-done = Spis bol importovaný: { $name }.
import-done-copy = Spis bol importovaný ako kópia: { $name }. Ten istý spis už na tomto zariadení bol a zostáva nezmenený.
import-failed = Súbor { $file } sa nepodarilo importovať. Spisy na tomto zariadení sa nezmenili.
import-where = riadok { $line }, stĺpec { $column }
import-error-not-json = Tento súbor je poškodený alebo neúplný: nie je to platný JSON.
import-error-too-deep = Tento súbor je príliš hlboko vnorený na to, aby to bol spis.
import-error-too-large = Tento súbor je väčší ako { $detail } MB. Spis je oveľa menší.
import-error-not-trede = Toto nie je súbor so spisom z aplikácie Trede.
import-error-encrypted = Tento súbor je zašifrovaný heslom.
import-error-file-version = Tento súbor má verziu { $detail }, ktorú táto verzia aplikácie Trede nepozná.
import-error-too-new = Tento spis pochádza z novšej verzie aplikácie Trede (schéma { $detail }). Najprv aktualizujte Trede.
import-error-missing-field = Chýba pole „{ $field }“.
import-error-unknown-value = Hodnota „{ $detail }“ je neznáma.
import-error-wrong-type = Niektoré pole má nesprávny druh hodnoty, napríklad číslo tam, kde má byť text.
import-error-invalid = Spis v tomto súbore nie je platný: { $detail }
import-error-bad-name = Meno klienta v tomto súbore je prázdne alebo príliš dlhé.
import-error-bad-id = Kľúč spisu v tomto súbore je neplatný.
import-error-unreadable = Súbor sa nepodarilo prečítať.
wipe-button = Koniec rozhovoru: vymazať všetko
wipe-title = Vymazať všetky spisy z tohto zariadenia?
wipe-body =
    { $count ->
        [one] Spis uvedený nižšie sa z tohto zariadenia vymaže.
        [few] { $count } spisy uvedené nižšie sa z tohto zariadenia vymažú.
        [many] { $count } spisu uvedeného nižšie sa z tohto zariadenia vymaže.
       *[other] { $count } spisov uvedených nižšie sa z tohto zariadenia vymaže.
    } Túto akciu nie je možné vrátiť späť. Chcete najprv urobiť export?
wipe-confirm = Vymazať všetko

## Passphrases and encryption
passphrase-label = Heslo
passphrase-repeat-label = Heslo ešte raz
passphrase-cannot-recover = Toto heslo si dobre zapamätajte: ak sa zabudne, nikto už údaje neotvorí. Ani OCMW.
passphrase-encrypt-choice = Zašifrovať heslom (odporúčané)
passphrase-too-short = Zvoľte heslo, ktoré má aspoň 12 znakov. Tri alebo štyri nesúvisiace slová sa ľahko zapamätajú, napríklad: „modrý bicykel maják polievka“.
passphrase-empty = Zadajte heslo.
passphrase-mismatch = Tieto dve heslá nie sú rovnaké.
passphrase-working = Chvíľku strpenia…
export-title = Exportovať spis
export-intro = Vytvoríte súbor s týmto spisom. Ak použijete heslo, súbor otvorí len ten, kto heslo pozná.
export-make-file = Vytvoriť súbor
import-passphrase-title = Otvoriť zašifrovaný súbor
import-passphrase-intro = Súbor { $file } je zašifrovaný. Zadajte heslo, s ktorým bol vytvorený.
import-passphrase-open = Otvoriť
crypto-error-wrong-passphrase = Toto heslo nie je správne. Skúste to znova.
crypto-error-tampered = Heslo je správne, ale súbor bol zmenený alebo je poškodený. Neotvorí sa.
crypto-error-unavailable = Tento prehliadač tu nedokáže šifrovať. Otvorte Trede cez https alebo priamo na tomto zariadení.
crypto-error-malformed = Tento zašifrovaný súbor je neúplný alebo poškodený.

## Locking
lock-title = Uzamknutie
lock-off = Tento spis nie je uzamknutý. S heslom sa bude ukladať len zašifrovaný a otvoriť ho bude môcť len ten, kto heslo pozná.
lock-on = Tento spis je uzamknutý: na tomto zariadení je uložený len zašifrovaný.
lock-set = Uzamknúť heslom
lock-intro = Zvoľte heslo pre tento spis. Bez neho ho už nikto na tomto zariadení neotvorí.
lock-now = Uzamknúť teraz
lock-remove = Zrušiť uzamknutie
lock-idle-label = Automaticky uzamknúť po
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } minúte bez používania
        [few] { $minutes } minútach bez používania
        [many] { $minutes } minúty bez používania
       *[other] { $minutes } minútach bez používania
    }
locked-dossier-name = Uzamknutý spis { $number }
locked-dossier-hint = Meno aj obsah sú zašifrované. Odomknúť sa dá heslom.
unlock-button = Odomknúť
unlock-title = Odomknúť spis
unlock-intro = Zadajte heslo k tomuto spisu.

tab-conflict = Spis ({ $name }) bol súčasne zmenený v inom okne. Nič sa nestratilo: verzia z druhého okna je teraz v zozname ako samostatný spis.
notice-understood = Rozumiem
save-error-export = Exportovať tento spis teraz
save-error-export-hint = Otvorte spis a exportujte ho, aby ste ho uchovali.

## rules
rung-1-definition = Sociálne kontakty sú dôležité, ale odohrávajú sa najmä doma a v najbližšom okolí: domácnosť, blízka rodina, opatrovatelia a pracovníci pomoci, aj v zariadení starostlivosti alebo sociálnej pomoci, kde človek býva.
rung-2-definition = Kontakty mimo domova a účasť na organizovaných aktivitách, napríklad v spolku, centre služieb alebo organizácii proti chudobe: stretávať ľudí a robiť niečo zmysluplné.
rung-3-definition = Robiť úlohy podobné práci pod dohľadom, spolu s podporou v oblasti pohody a starostlivosti. Platená práca zatiaľ nie je v strednodobom horizonte možná.
rung-4-definition = Dočasný krok bez pracovnej zmluvy: získavať skúsenosti a zručnosti, so sprevádzaním v práci, pohode a starostlivosti, aby sa neskôr dalo prejsť na priečku 5 alebo 6.
rung-5-definition = Platená práca s osobnou podporou, pretože niečo ešte bráni úplne samostatnej práci. Zamestnávateľ dostáva náhradu za túto podporu navyše.
rung-6-definition = Práca v bežnom hospodárstve, bez osobitnej podpory alebo sprevádzania. Je tu väčšina zamestnancov a samostatne zárobkovo činných osôb.
## guard
import-error-implausible = Spis v tomto súbore obsahuje hodnotu, ktorú nemá žiadny skutočný spis (v „{ $field }“): súbor je poškodený alebo ho nevytvoril Trede. Nič sa nepridalo.
load-error-implausible = Údaje obsahujú hodnotu, ktorú nemá žiadny skutočný spis: sú poškodené alebo ich nezapísal Trede.
wipe-cannot-erase = Trede nemôže vymazať to, čo už aplikáciu opustilo: exportované súbory, vytlačené strany a PDF zostávajú v priečinku Stiahnuté, v tlačiarni alebo tam, kam ste ich poslali. Vymažte ich sami.
wipe-done = Všetko, čo Trede uchovával v tomto zariadení, je vymazané. Skontrolované: nič nezostalo.
wipe-incomplete = Nie všetko sa dalo vymazať. Toto zostalo. Zatvorte všetky okná Trede a vymažte údaje tejto stránky v nastaveniach prehliadača.
lock-when-hidden = V tomto zariadení zavrieť každý zamknutý spis hneď, ako sa karta skryje alebo obrazovka zhasne

## turn
turn-start = Podať tablet klientovi
turn-nav-label = Tvoje stránky
turn-plan = Prečítať plán
turn-print-copy = Vytlačiť moju kópiu
turn-hold-return = Sociálny pracovník: podržte 2 sekundy a vezmite si tablet späť
turn-returned = Tablet je opäť u vás. Všetko, čo klient vyplnil, je uložené.
turn-note-unreviewed = Toto je pomocný preklad. Rodený hovoriaci ho ešte neskontroloval. Platí holandský text.
turn-note-reviewed = Toto je pomocný preklad, ktorý skontroloval rodený hovoriaci. Platí holandský text.
home-search-label = Hľadať podľa mena
home-sort-label = Poradie
home-sort-newest = Najnovšie najprv
home-sort-name = Meno (A–Z)
home-sort-changed = Naposledy zmenené najprv
home-search-none = Žiadny spis s týmto menom.
## store
save-status-saving = Ukladá sa…
save-status-saved = Všetko je uložené v tomto zariadení.
storage-room = V tomto zariadení je obsadených { $used }, voľných je ešte { $free }.
## The example on the home screen
plan-example-title = Pozrieť si príklad
plan-example-text = Vymyslený klient s hotovým plánom a jedným vyhodnotením. Nič z toho nie je skutočné.
plan-example-button = Otvoriť príklad
plan-example-badge = Príklad: nie je to skutočná osoba
