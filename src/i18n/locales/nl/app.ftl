# Trede: Nederlands (standaardtaal van de OCMW)
# Toon: uitnodigend en respectvol, geen bevelen.

app-name = Trede
app-tagline = Samen kijken, samen plannen
skip-to-content = Naar de inhoud
language-label = Taal van het scherm
privacy-line = Alles blijft in deze browser op dit toestel. Er gaat niets naar een server.
storage-persistent = Deze browser heeft beloofd de gegevens te bewaren, ook als het toestel vol raakt.
storage-best-effort = Deze browser kan de gegevens wissen als het toestel vol raakt of de site lang niet gebruikt wordt. Een export is de veiligste kopie.
update-ready = Er is een nieuwe versie van Trede klaar. Alles is bewaard.
update-apply = Nu bijwerken
locale-failed = De vertaling in { $language } kon niet geladen worden. Deze schermen staan voorlopig in het Nederlands.

## Datums
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Startscherm
home-title = Dossiers op dit toestel
home-count =
    { $count ->
        [0] Nog geen dossiers op dit toestel.
        [one] Eén dossier op dit toestel.
       *[other] { $count } dossiers op dit toestel.
    }
home-empty-hint = Begin met een nieuw dossier: enkel een naam is nodig, de rest vult u samen in.
new-dossier-title = Nieuw dossier
new-dossier-name-label = Naam van de cliënt
new-dossier-name-hint = Zoals de cliënt genoemd wil worden. Geen rijksregisternummer nodig.
new-dossier-button = Dossier aanmaken
dossier-created-on = Aangemaakt op { $date }
dossier-updated-on = Gewijzigd op { $date }
open-button = Openen
rename-button = Naam wijzigen
delete-button = Verwijderen
save-button = Bewaren
cancel-button = Annuleren
rename-label = Nieuwe naam

## Dossier
back-to-list = Alle dossiers
dossier-heading = Dossier van { $name }
client-lang-label = Taal van de cliënt
client-lang-hint = Schermen die de cliënt zelf invult, gebruiken deze taal.
dossier-dates-title = Over dit dossier

view-overview = Overzicht
dossier-nav-label = Onderdelen van het dossier

## Bevestigen
confirm-delete-title = Dossier verwijderen?
confirm-delete-body = Het dossier van { $name } wordt van dit toestel gewist. Dit kan niet ongedaan gemaakt worden.
confirm-delete-yes = Ja, verwijderen

## Fouten
error-name-empty = Vul een naam in.
error-name-too-long = Deze naam is { $actual } tekens lang. Hoogstens { $max } tekens.
unreadable-notice =
    { $count ->
        [one] Eén bewaard dossier kon niet gelezen worden. Het blijft onaangeroerd op dit toestel staan.
       *[other] { $count } bewaarde dossiers konden niet gelezen worden. Ze blijven onaangeroerd op dit toestel staan.
    }
load-error-not-json = De gegevens zijn beschadigd of onvolledig.
load-error-no-version = De gegevens hebben geen versienummer.
load-error-too-new = De gegevens komen uit een nieuwere versie van Trede.
load-error-migration = De gegevens konden niet omgezet worden naar deze versie.
load-error-invalid = De gegevens zijn geen geldig dossier.
save-error-full = Het geheugen van dit toestel is vol. De laatste wijzigingen zijn niet bewaard, maar staan nog op het scherm zolang deze pagina open blijft.
save-error-unavailable = Deze browser laat niet toe om gegevens te bewaren. Wijzigingen blijven enkel zolang deze pagina open is.
save-error-other = Bewaren is mislukt. Wijzigingen staan nog op het scherm; we proberen het opnieuw bij de volgende wijziging.

## Levensdomeinen
life-domain-money = Geld en schulden
life-domain-housing = Wonen
life-domain-health = Lichamelijke gezondheid
life-domain-mind = Psychisch welzijn
life-domain-addiction = Verslaving
life-domain-family = Gezin en zorgtaken
life-domain-childcare = Kinderopvang
life-domain-safety = Veiligheid thuis
life-domain-network = Mensen om me heen
life-domain-structure = Dagstructuur
life-domain-daily = Dagelijkse zorg
life-domain-dutch = Nederlands
life-domain-learning = Opleiding en diploma's
life-domain-work = Werkervaring en vaardigheden
life-domain-attitude = Werkhouding en motivatie
life-domain-mobility = Mobiliteit
life-domain-papers = Administratie en verblijf
life-domain-digital = Digitale vaardigheden

## Participatieladder
rung-1 = Contacten beperkt tot de huiselijke kring
rung-2 = Sociale contacten buitenshuis
rung-3 = Arbeidsmatige activiteiten
rung-4 = Onbetaald werk
rung-5 = Betaald werk met ondersteuning
rung-6 = Betaald werk

## Bestanden en einde gesprek
device-tools-title = Bestanden en dit toestel
export-button = Exporteren
import-button = Dossier importeren
import-hint = Kies een bestand dat met Trede geëxporteerd werd (.json). De dossiers op dit toestel blijven zoals ze zijn.
import-done = Het dossier van { $name } is geïmporteerd.
import-done-copy = Het dossier van { $name } is geïmporteerd als kopie: hetzelfde dossier stond al op dit toestel en blijft ongewijzigd.
import-failed = { $file } kon niet geïmporteerd worden. Aan de dossiers op dit toestel is niets veranderd.
import-where = regel { $line }, kolom { $column }
import-error-not-json = Dit bestand is beschadigd of onvolledig: het is geen geldige JSON.
import-error-too-deep = Dit bestand is te diep genest om een dossier te zijn.
import-error-too-large = Dit bestand is groter dan { $detail } MB. Een dossier is veel kleiner.
import-error-not-trede = Dit is geen dossierbestand van Trede.
import-error-encrypted = Dit bestand is versleuteld met een wachtwoord.
import-error-file-version = Dit bestand heeft versie { $detail }, die deze versie van Trede niet kent.
import-error-too-new = Dit dossier komt uit een nieuwere versie van Trede (schema { $detail }). Werk Trede eerst bij.
import-error-missing-field = Het veld “{ $field }” ontbreekt.
import-error-unknown-value = De waarde “{ $detail }” is onbekend.
import-error-wrong-type = Een veld heeft een verkeerd soort waarde, bijvoorbeeld een getal waar tekst hoort.
import-error-invalid = Het dossier in dit bestand is niet geldig: { $detail }
import-error-bad-name = De naam van de cliënt in dit bestand is leeg of te lang.
import-error-bad-id = De sleutel van het dossier in dit bestand is ongeldig.
import-error-unreadable = Het bestand kon niet gelezen worden.
wipe-button = Einde gesprek: alles wissen
wipe-title = Alle dossiers van dit toestel wissen?
wipe-body =
    { $count ->
        [one] Het dossier hieronder wordt van dit toestel gewist.
       *[other] De { $count } dossiers hieronder worden van dit toestel gewist.
    } Dit kan niet ongedaan gemaakt worden. Wilt u eerst een export maken?
wipe-confirm = Alles wissen

## Wachtzinnen en versleuteling
passphrase-label = Wachtzin
passphrase-repeat-label = Wachtzin nog eens
passphrase-cannot-recover = Onthoud deze wachtzin goed: als ze vergeten is, kan niemand de gegevens nog openen. Ook de OCMW niet.
passphrase-encrypt-choice = Versleutelen met een wachtzin (aangeraden)
passphrase-too-short = Kies een wachtzin van minstens 12 tekens. Drie of vier losse woorden zijn makkelijk te onthouden, bijvoorbeeld: “blauwe fiets vuurtoren soep”.
passphrase-empty = Vul de wachtzin in.
passphrase-mismatch = De twee wachtzinnen zijn niet gelijk.
passphrase-working = Even geduld…
export-title = Dossier exporteren
export-intro = U maakt een bestand met dit dossier. Met een wachtzin kan enkel wie die kent het bestand openen.
export-make-file = Bestand maken
import-passphrase-title = Versleuteld bestand openen
import-passphrase-intro = { $file } is versleuteld. Vul de wachtzin in waarmee het gemaakt werd.
import-passphrase-open = Openen
crypto-error-wrong-passphrase = Deze wachtzin klopt niet. Probeer het nog eens.
crypto-error-tampered = De wachtzin klopt, maar het bestand werd veranderd of is beschadigd. Het wordt niet geopend.
crypto-error-unavailable = Deze browser kan hier niet versleutelen. Open Trede via https of op dit toestel zelf.
crypto-error-malformed = Dit versleutelde bestand is onvolledig of beschadigd.

## Vergrendelen
lock-title = Vergrendelen
lock-off = Dit dossier is niet vergrendeld. Met een wachtzin wordt het enkel versleuteld bewaard, en kan alleen wie de wachtzin kent het openen.
lock-on = Dit dossier is vergrendeld: het staat enkel versleuteld op dit toestel.
lock-set = Vergrendelen met een wachtzin
lock-intro = Kies een wachtzin voor dit dossier. Zonder die wachtzin kan niemand het nog openen op dit toestel.
lock-now = Nu vergrendelen
lock-remove = Vergrendeling opheffen
lock-idle-label = Vanzelf vergrendelen na
lock-idle-minutes = { $minutes } minuten zonder gebruik
locked-dossier-name = Vergrendeld dossier { $number }
locked-dossier-hint = De naam en de inhoud zijn versleuteld. Ontgrendel met de wachtzin.
unlock-button = Ontgrendelen
unlock-title = Dossier ontgrendelen
unlock-intro = Vul de wachtzin van dit dossier in.

tab-conflict = Het dossier van { $name } werd tegelijk in een ander venster gewijzigd. Niets is verloren: de versie uit het andere venster staat nu als apart dossier in de lijst.
notice-understood = Begrepen
save-error-export = Dit dossier nu exporteren
save-error-export-hint = Open een dossier en exporteer het om het te bewaren.

## rules
rung-1-definition = Sociale contacten zijn belangrijk, maar ze zijn er vooral thuis en in de directe omgeving: het gezin, naaste familie, hulp- en zorgverleners, ook in een zorg- of welzijnsinstelling waar iemand verblijft.
rung-2-definition = Contacten buitenshuis en meedoen aan georganiseerde activiteiten, zoals bij een vereniging, een dienstencentrum of een armoedeorganisatie: mensen ontmoeten en iets zinvols doen.
rung-3-definition = Onder begeleiding taken doen die op werk lijken, samen met steun voor welzijn en zorg. Betaald werk is op middellange termijn nog niet haalbaar.
rung-4-definition = Een tijdelijke stap zonder arbeidscontract: ervaring en vaardigheden opdoen, met begeleiding voor werk, welzijn en zorg, om later door te stromen naar trede 5 of 6.
rung-5-definition = Betaald werk met persoonlijke ondersteuning, omdat iets volledig zelfstandig werken nog in de weg staat. De werkgever krijgt een vergoeding voor die extra steun.
rung-6-definition = Werk in het gewone economische circuit, zonder bijzondere steun of begeleiding. De meeste werknemers en zelfstandigen staan hier.
## guard
import-error-implausible = Het dossier in dit bestand bevat een waarde die geen echt dossier heeft (bij “{ $field }”): het bestand is beschadigd of niet door Trede gemaakt. Er is niets toegevoegd.
load-error-implausible = De gegevens bevatten een waarde die geen echt dossier heeft: ze zijn beschadigd of niet door Trede geschreven.
wipe-cannot-erase = Wat de app al verlaten heeft, kan Trede niet wissen: geëxporteerde bestanden, afgedrukte pagina's en pdf's blijven in Downloads, bij de printer of waar ze gedeeld zijn. Verwijder die zelf.
wipe-done = Alles wat Trede op dit toestel bewaarde, is gewist. Nagekeken: er blijft niets over.
wipe-incomplete = Niet alles kon gewist worden. Dit bleef over. Sluit alle vensters van Trede en wis de gegevens van deze site in de instellingen van de browser.
lock-when-hidden = Op dit toestel elk vergrendeld dossier meteen sluiten zodra het tabblad verborgen is of het scherm uitgaat

## turn
turn-start = Tablet aan de cliënt geven
turn-nav-label = Jouw schermen
turn-plan = Het plan lezen
turn-print-copy = Mijn kopie afdrukken
turn-hold-return = Hulpverlener: 2 seconden ingedrukt houden om de tablet terug te nemen
turn-returned = De tablet is terug bij jou. Alles wat de cliënt invulde, is bewaard.
turn-note-unreviewed = Dit is een hulpvertaling. Nog niemand met deze taal als moedertaal heeft ze nagelezen. De Nederlandse tekst telt.
turn-note-reviewed = Dit is een hulpvertaling, nagelezen door iemand met deze taal als moedertaal. De Nederlandse tekst telt.
home-search-label = Zoek op naam
home-sort-label = Volgorde
home-sort-newest = Nieuwste eerst
home-sort-name = Naam (A–Z)
home-sort-changed = Laatst gewijzigd eerst
home-search-none = Geen dossier met die naam.
## store
save-status-saving = Bezig met opslaan…
save-status-saved = Alles is opgeslagen op dit toestel.
storage-room = { $used } in gebruik op dit toestel, nog { $free } vrij.
## The example on the home screen
plan-example-title = Een voorbeeld bekijken
plan-example-text = Een verzonnen cliënt met een afgewerkt plan en één evaluatie. Niets hierin is echt.
plan-example-button = Voorbeeld bekijken
plan-example-badge = Voorbeeld: geen echte persoon
