# Trede: Deutsch, Partizipationsleiter und Angebotskatalog.
# Ton: einladend, nie befehlend. Jeder Schritt zählt, auch ein Schritt zurück gehört zum Weg.

view-ladder = Leiter

## Die Leiter
ladder-title = Die Partizipationsleiter
ladder-intro = Wo steht { $name } heute, und was wäre ein guter nächster Schritt? Tippen Sie auf eine Stufe, um zu sehen, welche Angebote es dort gibt.
ladder-now-none = Noch keine Einstufung. Unten können Sie gemeinsam die erste hinzufügen.
ladder-now-rung = Jetzt: Stufe { $number }, { $rung }
ladder-now-status = Jetzt: { $status } (keine Stufe)
ladder-language-course-beside = Daneben läuft ein Sprachkurs.
ladder-rung-button = Stufe { $number }: { $rung }
ladder-badge-now = jetzt
ladder-badge-target = Ziel
ladder-offer-count =
    { $count ->
        [0] kein Angebot
        [one] ein Angebot
       *[other] { $count } Angebote
    }
ladder-rungs-label = Die sechs Stufen, die höchste oben

## Zielstufe
ladder-target-label = Höchste erreichbare Stufe für { $name }
ladder-target-hint = Das Ziel, das Sie gemeinsam wählen. Jede Stufe ist möglich.
ladder-target-none = Noch nicht gewählt
ladder-target-reached = { $name } hat die Zielstufe erreicht. Das ist eine echte Leistung.
ladder-target-four = Für manche Menschen ist Freiwilligenarbeit oder eine andere unbezahlte Arbeit die höchste erreichbare Stufe. Sie zu erreichen ist ein Erfolg, kein Endpunkt.

## Angebote
ladder-offers-title = Angebote auf Stufe { $number }: { $rung }
ladder-offers-none = Der Katalog hat keine Angebote auf dieser Stufe.
ladder-offers-close = Angebote schließen
ladder-offer-provider = Anbieter
ladder-offer-duration = Dauer
ladder-offer-allowance = Vergütung
ladder-offer-conditions = Wer kann mitmachen
ladder-offer-pick = Für den Plan wählen
ladder-offer-picked = Für den Plan gewählt
ladder-offer-unpick = Aus dem Plan nehmen
ladder-picked-title = Für den Plan gewählte Angebote
ladder-picked-none = Noch nichts gewählt. Ein Angebot, das Sie auf der Leiter wählen, kann ein Schritt im Integrationsplan werden.
ladder-picked-from = Stufe { $number }, aus { $catalogue } { $edition }

## Einstufungen
ladder-placements-title = Einstufungen
ladder-placements-none = Noch keine Einstufungen.
ladder-add-title = Eine Einstufung hinzufügen
ladder-edit-title = Diese Einstufung ändern
ladder-date-label = Datum
ladder-date-missing = Bitte wählen Sie ein Datum.
ladder-position-label = Stufe oder Situation
ladder-position-rungs = Stufen
ladder-position-side = Situationen neben der Leiter
ladder-status-orientation = Orientierung (Akte jünger als vier Monate)
ladder-status-exempted = Befreit aus Gesundheits- oder Billigkeitsgründen
ladder-status-studying = Studiert
ladder-status-care-first = Zuerst Hilfe und Betreuung
ladder-viewpoint-label = Wer sieht es so?
ladder-view-client = So sieht es die Klientin oder der Klient
ladder-view-worker = So sieht es die Sozialarbeiterin oder der Sozialarbeiter
ladder-view-agreed = Gemeinsam vereinbart
ladder-language-course-label = Daneben läuft ein Sprachkurs
ladder-note-label = Notiz (kann leer bleiben)
ladder-note-hint = In ein paar Worten: Was hat sich verändert, und wie fühlt sich das an?
ladder-error-note-too-long = Diese Notiz ist { $actual } Zeichen lang. Bitte höchstens { $max } Zeichen.
ladder-save-placement = Einstufung speichern
ladder-edit-button = Ändern
ladder-delete-button = Löschen
ladder-confirm-delete-title = Diese Einstufung löschen?
ladder-confirm-delete-body = Die Einstufung vom { $date } verschwindet aus dem Verlauf. Das kann nicht rückgängig gemacht werden.
ladder-confirm-delete-yes = Ja, löschen

## Verlauf
ladder-history-title = Der Verlauf
ladder-history-none = Der Verlauf erscheint hier, sobald es eine Einstufung gibt.
ladder-history-chart-label = Treppendiagramm der Stufen im Lauf der Zeit. Die Tabelle unten enthält dieselben Daten.
ladder-history-table-caption = Der Verlauf als Tabelle
ladder-history-aside-lane = neben der Leiter
ladder-col-date = Datum
ladder-col-position = Stufe oder Situation
ladder-col-move = Veränderung
ladder-col-view = Wer sieht es so
ladder-col-note = Notiz
ladder-move-start = Ausgangspunkt
ladder-move-rise = Nach oben von Stufe { $from }
ladder-move-fall = Schritt zurück von Stufe { $from }
ladder-move-level = Gleiche Stufe
ladder-move-aside = Neben der Leiter
ladder-fall-label = Schritt zurück
ladder-falls-summary =
    { $count ->
        [0] Noch kein Schritt zurück.
        [one] Ein Schritt zurück. Schritte zurück kommen vor; sie gehören zum Weg.
       *[other] { $count } Schritte zurück. Schritte zurück kommen vor; sie gehören zum Weg.
    }

## Katalog
catalogue-title = Angebotskatalog
catalogue-current = In Gebrauch: { $name }, Ausgabe { $edition }, { $count } Angebote.
catalogue-builtin = Das ist der eingebaute Katalog.
catalogue-load-label = Einen eigenen Katalog laden (JSON-Datei)
catalogue-load-hint = Eine Datei im Katalogformat von Trede. Die Datei bleibt auf diesem Gerät. Der aktuelle Katalog bleibt in Gebrauch, bis eine gültige Datei ihn ersetzt.
catalogue-loaded = Der neue Katalog ist in Gebrauch.
catalogue-problems-title =
    { $count ->
        [one] Diese Datei konnte nicht verwendet werden. Eine Sache ist zu korrigieren:
       *[other] Diese Datei konnte nicht verwendet werden. { $count } Sachen sind zu korrigieren:
    }
catalogue-reset = Wieder den eingebauten Katalog verwenden
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Die Datei
catalogue-place-field = Feld "{ $field }"
catalogue-place-offer = Angebot { $number }
catalogue-place-offer-id = Angebot { $number } ("{ $id }")
catalogue-place-offer-field = Angebot { $number }, Feld "{ $field }"
catalogue-place-offer-id-field = Angebot { $number } ("{ $id }"), Feld "{ $field }"
catalogue-problem-not-json = das ist kein gültiges JSON (Zeile { $line }, Spalte { $column })
catalogue-problem-not-object = das ist kein Katalog (erwartet: ein Objekt mit "format", "version", "id", "name", "edition" und "offers")
catalogue-problem-format = "{ $found }" ist nicht "trede-catalogue"
catalogue-problem-version = Version { $found } kann nicht gelesen werden (diese Version von Trede liest Version 1)
catalogue-problem-missing = fehlt
catalogue-problem-type =
    { $expected ->
        [text] muss ein Text sein
        [number] muss eine Zahl sein
        [list] muss eine Liste sein
        [offer] muss ein Objekt mit den Feldern eines Angebots sein
       *[object] muss ein Objekt mit einem Text pro Sprache sein, zum Beispiel "nl" und "en"
    }
catalogue-problem-rung = { $found } ist keine Stufe (1 bis 6)
catalogue-problem-empty = ist leer
catalogue-problem-too-long = ist länger als { $max } Zeichen
catalogue-problem-no-dutch = hat keinen niederländischen Text ("nl")
catalogue-problem-language = "{ $code }" ist kein Sprachcode, den Trede kennt
catalogue-problem-id = "{ $found }" ist keine gültige ID (Kleinbuchstaben, Ziffern und Bindestriche)
catalogue-problem-duplicate = diese ID wird schon von Angebot { $first } verwendet
catalogue-problem-unknown-field = ist kein bekanntes Feld
catalogue-problem-no-offers = die Liste der Angebote ist leer

## rules
ladder-definitions-title = Was bedeutet jede Stufe?
ladder-exempted-decision = Entscheidung des OCMW vom { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = Im Plan steht noch keine Befreiungsentscheidung des OCMW. Halten Sie sie im Plan fest, im ersten Schritt.
## evals
ladder-from-evaluation = aus einer Auswertung des GPMI
ladder-history-per-view = Auf oder ab zählt je Sichtweise: die der Klientin oder des Klienten mit der eigenen, die der Sozialarbeiterin oder des Sozialarbeiters mit der eigenen. Gemeinsam vereinbart zählt für beide.
## plan
catalogue-problem-carrier = "{ $found }" ist nicht "client", "ocmw" oder "partner"
## store
catalogue-problem-too-large = die Datei ist größer als { $max } KB, viel größer als eine Angebotsliste
catalogue-problem-too-many = mehr als { $max } Angebote in der Liste
