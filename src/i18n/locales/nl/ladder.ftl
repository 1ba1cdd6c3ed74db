# Trede: Nederlands, participatieladder en aanbodcatalogus.
# Toon: uitnodigend, nooit bevelend. Elke stap telt, ook een stap terug hoort bij de weg.

view-ladder = Ladder

## De ladder
ladder-title = De participatieladder
ladder-intro = Waar staat { $name } vandaag, en wat zou een goede volgende stap zijn? Tik op een trede om te zien welk aanbod er is.
ladder-now-none = Nog geen plaatsing. Hieronder kunnen jullie samen de eerste toevoegen.
ladder-now-rung = Nu: trede { $number }, { $rung }
ladder-now-status = Nu: { $status } (geen trede)
ladder-language-course-beside = Daarnaast loopt een taalcursus.
ladder-rung-button = Trede { $number }: { $rung }
ladder-badge-now = nu
ladder-badge-target = doel
ladder-offer-count =
    { $count ->
        [0] geen aanbod
        [one] één aanbod
       *[other] { $count } aanbiedingen
    }
ladder-rungs-label = De zes treden, de hoogste bovenaan

## Doeltrede
ladder-target-label = Hoogst haalbare trede voor { $name }
ladder-target-hint = Het doel dat jullie samen kiezen. Elke trede kan.
ladder-target-none = Nog niet gekozen
ladder-target-reached = { $name } heeft de doeltrede bereikt. Dat is een echte prestatie.
ladder-target-four = Voor sommige mensen is vrijwilligerswerk of ander onbetaald werk de hoogst haalbare trede. Die bereiken is een succes, geen eindpunt.

## Aanbod
ladder-offers-title = Aanbod op trede { $number }: { $rung }
ladder-offers-none = De catalogus heeft geen aanbod op deze trede.
ladder-offers-close = Het aanbod sluiten
ladder-offer-provider = Door
ladder-offer-duration = Duur
ladder-offer-allowance = Vergoeding
ladder-offer-conditions = Wie kan meedoen
ladder-offer-pick = Kiezen voor het plan
ladder-offer-picked = Gekozen voor het plan
ladder-offer-unpick = Uit het plan halen
ladder-picked-title = Aanbod gekozen voor het plan
ladder-picked-none = Nog niets gekozen. Aanbod dat je op de ladder kiest, kan een stap worden in het integratieplan.
ladder-picked-from = trede { $number }, uit { $catalogue } { $edition }

## Plaatsingen
ladder-placements-title = Plaatsingen
ladder-placements-none = Nog geen plaatsingen.
ladder-add-title = Een plaatsing toevoegen
ladder-edit-title = Deze plaatsing wijzigen
ladder-date-label = Datum
ladder-date-missing = Kies een datum.
ladder-position-label = Trede of situatie
ladder-position-rungs = Treden
ladder-position-side = Situaties naast de ladder
ladder-status-orientation = Oriëntatie (dossier jonger dan vier maanden)
ladder-status-exempted = Vrijgesteld om gezondheids- of billijkheidsredenen
ladder-status-studying = Studeert
ladder-status-care-first = Eerst zorg
ladder-viewpoint-label = Wie ziet het zo?
ladder-view-client = Zo ziet de cliënt het
ladder-view-worker = Zo ziet de maatschappelijk werker het
ladder-view-agreed = Samen afgesproken
ladder-language-course-label = Daarnaast loopt een taalcursus
ladder-note-label = Notitie (mag leeg blijven)
ladder-note-hint = In een paar woorden: wat is er veranderd, en hoe voelt dat?
ladder-error-note-too-long = Deze notitie is { $actual } tekens lang. Hoogstens { $max } tekens, graag.
ladder-save-placement = Plaatsing bewaren
ladder-edit-button = Wijzigen
ladder-delete-button = Verwijderen
ladder-confirm-delete-title = Deze plaatsing verwijderen?
ladder-confirm-delete-body = De plaatsing van { $date } verdwijnt uit het verloop. Dit kan niet ongedaan worden.
ladder-confirm-delete-yes = Ja, verwijderen

## Verloop
ladder-history-title = Het verloop
ladder-history-none = Het verloop verschijnt hier zodra er een plaatsing is.
ladder-history-chart-label = Trapgrafiek van de treden in de tijd. De tabel hieronder bevat dezelfde gegevens.
ladder-history-table-caption = Het verloop als tabel
ladder-history-aside-lane = naast de ladder
ladder-col-date = Datum
ladder-col-position = Trede of situatie
ladder-col-move = Verandering
ladder-col-view = Wie ziet het zo
ladder-col-note = Notitie
ladder-move-start = Vertrekpunt
ladder-move-rise = Omhoog van trede { $from }
ladder-move-fall = Stap terug van trede { $from }
ladder-move-level = Zelfde trede
ladder-move-aside = Naast de ladder
ladder-fall-label = stap terug
ladder-falls-summary =
    { $count ->
        [0] Nog geen stap terug.
        [one] Eén stap terug. Stappen terug gebeuren; ze horen bij de weg.
       *[other] { $count } stappen terug. Stappen terug gebeuren; ze horen bij de weg.
    }

## Catalogus
catalogue-title = Aanbodcatalogus
catalogue-current = In gebruik: { $name }, editie { $edition }, { $count } aanbiedingen.
catalogue-builtin = Dit is de ingebouwde catalogus.
catalogue-load-label = Een eigen catalogus laden (JSON-bestand)
catalogue-load-hint = Een bestand in het catalogusformaat van Trede. Het bestand blijft op dit toestel. De huidige catalogus blijft in gebruik tot een geldig bestand hem vervangt.
catalogue-loaded = De nieuwe catalogus is in gebruik.
catalogue-problems-title =
    { $count ->
        [one] Dit bestand kon niet gebruikt worden. Eén ding om aan te passen:
       *[other] Dit bestand kon niet gebruikt worden. { $count } dingen om aan te passen:
    }
catalogue-reset = Opnieuw de ingebouwde catalogus gebruiken
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Het bestand
catalogue-place-field = Veld "{ $field }"
catalogue-place-offer = Aanbod { $number }
catalogue-place-offer-id = Aanbod { $number } ("{ $id }")
catalogue-place-offer-field = Aanbod { $number }, veld "{ $field }"
catalogue-place-offer-id-field = Aanbod { $number } ("{ $id }"), veld "{ $field }"
catalogue-problem-not-json = dit is geen geldige JSON (regel { $line }, kolom { $column })
catalogue-problem-not-object = dit is geen catalogus (verwacht: een object met "format", "version", "id", "name", "edition" en "offers")
catalogue-problem-format = "{ $found }" is niet "trede-catalogue"
catalogue-problem-version = versie { $found } kan niet gelezen worden (deze Trede leest versie 1)
catalogue-problem-missing = ontbreekt
catalogue-problem-type =
    { $expected ->
        [text] moet een tekst zijn
        [number] moet een getal zijn
        [list] moet een lijst zijn
        [offer] moet een object zijn met de velden van een aanbod
       *[object] moet een object zijn met een tekst per taal, zoals "nl" en "en"
    }
catalogue-problem-rung = { $found } is geen trede (1 tot 6)
catalogue-problem-empty = is leeg
catalogue-problem-too-long = is langer dan { $max } tekens
catalogue-problem-no-dutch = heeft geen Nederlandse tekst ("nl")
catalogue-problem-language = "{ $code }" is geen taalcode die Trede kent
catalogue-problem-id = "{ $found }" is geen geldige id (kleine letters, cijfers en koppeltekens)
catalogue-problem-duplicate = deze id wordt al gebruikt door aanbod { $first }
catalogue-problem-unknown-field = is geen bekend veld
catalogue-problem-no-offers = de lijst met aanbod is leeg

## rules
ladder-definitions-title = Wat betekent elke trede?
ladder-exempted-decision = Beslissing van het OCMW van { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = In het plan staat nog geen beslissing van het OCMW tot vrijstelling. Noteer ze in het plan, bij de eerste stap.
## evals
ladder-from-evaluation = uit een evaluatie van het GPMI
ladder-history-per-view = Omhoog of terug telt per kijk: die van de cliënt tegenover die van de cliënt, die van de maatschappelijk werker tegenover die van de maatschappelijk werker. Samen afgesproken telt voor allebei.
## plan
catalogue-problem-carrier = "{ $found }" is niet "client", "ocmw" of "partner"
## store
catalogue-problem-too-large = het bestand is groter dan { $max } KB, veel groter dan een lijst met aanbod
catalogue-problem-too-many = meer dan { $max } aanbiedingen in de lijst
