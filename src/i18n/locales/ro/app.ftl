# Trede: Romanian (română)
# Tone: inviting and respectful, never commanding.
# Client screens use the informal "tu"; worker screens use the polite "dumneavoastră" forms.

app-name = Trede
app-tagline = Privim împreună, planificăm împreună
skip-to-content = Salt la conținut
language-label = Limba ecranului
privacy-line = Totul rămâne în acest browser, pe acest dispozitiv. Nimic nu este trimis către un server.
storage-persistent = Acest browser a promis să păstreze datele, chiar și atunci când memoria dispozitivului se umple.
storage-best-effort = Acest browser poate șterge datele dacă memoria dispozitivului se umple sau dacă site-ul nu este folosit mult timp. Un export este cea mai sigură copie.
update-ready = O versiune nouă a Trede este gata. Totul este salvat.
update-apply = Actualizați acum
locale-failed = Traducerea în { $language } nu a putut fi încărcată. Deocamdată, aceste ecrane sunt în neerlandeză.

## Dates
date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Home
home-title = Dosare pe acest dispozitiv
home-count =
    { $count ->
        [0] Încă nu există dosare pe acest dispozitiv.
        [one] Un dosar pe acest dispozitiv.
        [few] { $count } dosare pe acest dispozitiv.
       *[other] { $count } de dosare pe acest dispozitiv.
    }
home-empty-hint = Începeți cu un dosar nou: este nevoie doar de un nume, restul îl completați împreună.
new-dossier-title = Dosar nou
new-dossier-name-label = Numele beneficiarului
new-dossier-name-hint = Numele cu care beneficiarul dorește să fie numit. Nu este nevoie de numărul de registru național.
new-dossier-button = Creați dosarul
dossier-created-on = Creat la { $date }
dossier-updated-on = Modificat la { $date }
open-button = Deschideți
rename-button = Redenumiți
delete-button = Ștergeți
save-button = Salvați
cancel-button = Anulați
rename-label = Nume nou

## Dossier
back-to-list = Toate dosarele
dossier-heading = Dosarul lui { $name }
client-lang-label = Limba beneficiarului
client-lang-hint = Ecranele pe care beneficiarul le completează singur folosesc această limbă.
dossier-dates-title = Despre acest dosar

view-overview = Prezentare generală
dossier-nav-label = Părțile dosarului

## Confirm
confirm-delete-title = Ștergeți dosarul?
confirm-delete-body = Dosarul lui { $name } va fi șters de pe acest dispozitiv. Acest lucru nu poate fi anulat.
confirm-delete-yes = Da, ștergeți

## Errors
error-name-empty = Introduceți un nume.
error-name-too-long = Acest nume are prea multe caractere ({ $actual }). Sunt permise cel mult { $max }.
unreadable-notice =
    { $count ->
        [one] Un dosar salvat nu a putut fi citit. Rămâne neatins pe acest dispozitiv.
        [few] { $count } dosare salvate nu au putut fi citite. Rămân neatinse pe acest dispozitiv.
       *[other] { $count } de dosare salvate nu au putut fi citite. Rămân neatinse pe acest dispozitiv.
    }
load-error-not-json = Datele sunt deteriorate sau incomplete.
load-error-no-version = Datele nu au un număr de versiune.
load-error-too-new = Datele provin dintr-o versiune mai nouă a Trede.
load-error-migration = Datele nu au putut fi convertite pentru această versiune.
load-error-invalid = Datele nu reprezintă un dosar valid.
save-error-full = Memoria acestui dispozitiv este plină. Ultimele modificări nu au fost salvate, dar rămân pe ecran cât timp această pagină este deschisă.
save-error-unavailable = Acest browser nu permite salvarea datelor. Modificările rămân doar cât timp această pagină este deschisă.
save-error-other = Salvarea nu a reușit. Modificările sunt încă pe ecran; încercăm din nou la următoarea modificare.

## Life domains
life-domain-money = Bani și datorii
life-domain-housing = Locuință
life-domain-health = Sănătate fizică
life-domain-mind = Sănătate mintală
life-domain-addiction = Dependențe
life-domain-family = Familie și îngrijirea celor apropiați
life-domain-childcare = Îngrijirea copiilor (creșă)
life-domain-safety = Siguranță acasă
life-domain-network = Oamenii din jurul meu
life-domain-structure = Ritmul zilnic
life-domain-daily = Viața de zi cu zi
life-domain-dutch = Limba neerlandeză
life-domain-learning = Educație și diplome
life-domain-work = Experiență de muncă și competențe
life-domain-attitude = Atitudine și motivație
life-domain-mobility = Deplasare
life-domain-papers = Acte și ședere
life-domain-digital = Competențe digitale

## Participation ladder
rung-1 = Contacte limitate la cercul casei
rung-2 = Contacte sociale în afara casei
rung-3 = Activități asemănătoare muncii
rung-4 = Muncă neplătită
rung-5 = Muncă plătită, cu sprijin
rung-6 = Muncă plătită

## Files and end of meeting
device-tools-title = Fișiere și acest dispozitiv
export-button = Exportați
import-button = Importați un dosar
import-hint = Alegeți un fișier exportat din Trede (.json). Dosarele de pe acest dispozitiv rămân așa cum sunt.
import-done = Dosarul lui { $name } a fost importat.
import-done-copy = Dosarul lui { $name } a fost importat ca o copie: același dosar exista deja pe acest dispozitiv și rămâne neschimbat.
import-failed = Fișierul { $file } nu a putut fi importat. Dosarele de pe acest dispozitiv nu s-au schimbat deloc.
import-where = rândul { $line }, coloana { $column }
import-error-not-json = Acest fișier este deteriorat sau incomplet: nu este JSON valid.
import-error-too-deep = Acest fișier are prea multe niveluri imbricate pentru a fi un dosar.
import-error-too-large = Acest fișier este mai mare de { $detail } MB. Un dosar este mult mai mic.
import-error-not-trede = Acesta nu este un fișier de dosar Trede.
import-error-encrypted = Acest fișier este criptat cu o parolă.
import-error-file-version = Acest fișier are versiunea { $detail }, pe care această versiune a Trede nu o cunoaște.
import-error-too-new = Acest dosar provine dintr-o versiune mai nouă a Trede (schema { $detail }). Actualizați mai întâi Trede.
import-error-missing-field = Lipsește câmpul „{ $field }”.
import-error-unknown-value = Valoarea „{ $detail }” este necunoscută.
import-error-wrong-type = Un câmp are un tip greșit de valoare, de exemplu un număr acolo unde trebuie text.
import-error-invalid = Dosarul din acest fișier nu este valid: { $detail }
import-error-bad-name = Numele beneficiarului din acest fișier este gol sau prea lung.
import-error-bad-id = Cheia dosarului din acest fișier nu este validă.
import-error-unreadable = Fișierul nu a putut fi citit.
wipe-button = Sfârșitul discuției: ștergeți tot
wipe-title = Ștergeți toate dosarele de pe acest dispozitiv?
wipe-body =
    { $count ->
        [one] Dosarul de mai jos va fi șters de pe acest dispozitiv.
        [few] Cele { $count } dosare de mai jos vor fi șterse de pe acest dispozitiv.
       *[other] Cele { $count } de dosare de mai jos vor fi șterse de pe acest dispozitiv.
    } Acest lucru nu poate fi anulat. Doriți să faceți mai întâi un export?
wipe-confirm = Ștergeți tot

## Passphrases and encryption
passphrase-label = Parolă
passphrase-repeat-label = Repetați parola
passphrase-cannot-recover = Rețineți bine această parolă: dacă este uitată, nimeni nu mai poate deschide datele. Nici măcar OCMW.
passphrase-encrypt-choice = Criptare cu parolă (recomandat)
passphrase-too-short = Alegeți o parolă de cel puțin 12 caractere. Trei sau patru cuvinte fără legătură se rețin ușor, de exemplu: „bicicletă albastră far supă”.
passphrase-empty = Introduceți parola.
passphrase-mismatch = Cele două parole nu sunt identice.
passphrase-working = Un moment…
export-title = Exportați dosarul
export-intro = Creați un fișier cu acest dosar. Cu o parolă, doar cine o cunoaște poate deschide fișierul.
export-make-file = Creați fișierul
import-passphrase-title = Deschideți un fișier criptat
import-passphrase-intro = Fișierul { $file } este criptat. Introduceți parola cu care a fost creat.
import-passphrase-open = Deschideți
crypto-error-wrong-passphrase = Această parolă nu este corectă. Încercați din nou.
crypto-error-tampered = Parola este corectă, dar fișierul a fost modificat sau este deteriorat. Nu va fi deschis.
crypto-error-unavailable = Acest browser nu poate cripta aici. Deschideți Trede prin https sau direct pe acest dispozitiv.
crypto-error-malformed = Acest fișier criptat este incomplet sau deteriorat.

## Locking
lock-title = Blocare
lock-off = Acest dosar nu este blocat. Cu o parolă, este păstrat doar criptat și numai cine cunoaște parola îl poate deschide.
lock-on = Acest dosar este blocat: pe acest dispozitiv este păstrat doar criptat.
lock-set = Blocați cu o parolă
lock-intro = Alegeți o parolă pentru acest dosar. Fără ea, nimeni nu îl mai poate deschide pe acest dispozitiv.
lock-now = Blocați acum
lock-remove = Eliminați blocarea
lock-idle-label = Blocare automată după
lock-idle-minutes =
    { $minutes ->
        [one] { $minutes } minut fără utilizare
        [few] { $minutes } minute fără utilizare
       *[other] { $minutes } de minute fără utilizare
    }
locked-dossier-name = Dosar blocat { $number }
locked-dossier-hint = Numele și conținutul sunt criptate. Deblocați cu parola.
unlock-button = Deblocați
unlock-title = Deblocați dosarul
unlock-intro = Introduceți parola acestui dosar.

tab-conflict = Dosarul lui { $name } a fost modificat în același timp într-o altă fereastră. Nimic nu s-a pierdut: versiunea din cealaltă fereastră apare acum ca dosar separat în listă.
notice-understood = Am înțeles
save-error-export = Exportați acum acest dosar
save-error-export-hint = Deschideți un dosar și exportați-l pentru a-l păstra.

## rules
rung-1-definition = Contactele sociale contează, dar au loc mai ales acasă și în apropiere: gospodăria, familia apropiată, îngrijitorii și lucrătorii de sprijin, inclusiv într-o instituție de îngrijire sau de asistență unde locuiește persoana.
rung-2-definition = Contacte în afara casei și participare la activități organizate, de exemplu la o asociație, un centru de servicii sau o organizație împotriva sărăciei: întâlnirea cu oameni și ceva cu sens de făcut.
rung-3-definition = Sarcini asemănătoare muncii, sub îndrumare, împreună cu sprijin pentru bunăstare și îngrijire. Munca plătită nu este încă posibilă pe termen mediu.
rung-4-definition = Un pas temporar fără contract de muncă: acumularea de experiență și abilități, cu însoțire pentru muncă, bunăstare și îngrijire, pentru a trece mai târziu la treapta 5 sau 6.
rung-5-definition = Muncă plătită cu sprijin personal, pentru că ceva încă împiedică munca pe deplin independentă. Angajatorul primește o compensație pentru acest sprijin suplimentar.
rung-6-definition = Muncă în economia obișnuită, fără sprijin sau însoțire specială. Aici se află majoritatea angajaților și a celor care lucrează pe cont propriu.
## guard
import-error-implausible = Dosarul din acest fișier conține o valoare pe care niciun dosar real nu o are (la „{ $field }”): fișierul este deteriorat sau nu a fost creat de Trede. Nu s-a adăugat nimic.
load-error-implausible = Datele conțin o valoare pe care niciun dosar real nu o are: sunt deteriorate sau nu au fost scrise de Trede.
wipe-cannot-erase = Trede nu poate șterge ce a părăsit deja aplicația: fișierele exportate, paginile tipărite și PDF-urile rămân în Descărcări, la imprimantă sau acolo unde au fost trimise. Ștergeți-le dumneavoastră.
wipe-done = Tot ce păstra Trede pe acest dispozitiv a fost șters. Verificat: nu a rămas nimic.
wipe-incomplete = Nu s-a putut șterge totul. Iată ce a rămas. Închideți toate ferestrele Trede și ștergeți datele acestui site din setările browserului.
lock-when-hidden = Pe acest dispozitiv, închide imediat orice dosar blocat când fila este ascunsă sau ecranul se stinge

## turn
turn-start = Dați tableta beneficiarului
turn-nav-label = Paginile tale
turn-plan = Citește planul
turn-print-copy = Tipărește copia mea
turn-hold-return = Asistent social: țineți apăsat 2 secunde pentru a lua tableta înapoi
turn-returned = Tableta este din nou la dumneavoastră. Tot ce a completat beneficiarul a fost păstrat.
turn-note-unreviewed = Aceasta este o traducere de ajutor. Încă nu a verificat-o un vorbitor nativ. Textul în neerlandeză este cel valabil.
turn-note-reviewed = Aceasta este o traducere de ajutor, verificată de un vorbitor nativ. Textul în neerlandeză este cel valabil.
home-search-label = Căutare după nume
home-sort-label = Ordine
home-sort-newest = Cele mai noi întâi
home-sort-name = Nume (A–Z)
home-sort-changed = Ultimele modificate întâi
home-search-none = Niciun dosar cu acest nume.
## store
save-status-saving = Se salvează…
save-status-saved = Totul este salvat pe acest dispozitiv.
storage-room = { $used } folosiți pe acest dispozitiv, încă { $free } liberi.
## The example on the home screen
plan-example-title = Vedeți un exemplu
plan-example-text = Un beneficiar inventat, cu un plan terminat și o evaluare. Nimic de aici nu este real.
plan-example-button = Deschideți exemplul
plan-example-badge = Exemplu: nu este o persoană reală
