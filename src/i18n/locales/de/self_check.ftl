# Selbsteinschätzung. Bildschirme für die Person: "Sie", kurz und freundlich. Bildschirme für Fachkräfte: "Sie", sachlich. Nie ein Urteil.

self-check-view = Selbsteinschätzung
self-check-title = Selbsteinschätzung
self-check-intro = Gemeinsam auf 18 Lebensbereiche schauen. Das geht auch in Teilen, über mehrere Gespräche: Alles wird sofort gespeichert.
self-check-list-title = Selbsteinschätzungen in dieser Akte
self-check-none = Noch keine Selbsteinschätzung in dieser Akte.
self-check-start = Neue Selbsteinschätzung beginnen
self-check-item-title = Selbsteinschätzung vom { $date }
self-check-status-unfinished = Noch nicht fertig
self-check-status-complete = Vollständig ausgefüllt
self-check-progress-client = Klient/in: { $answered } von { $total } beantwortet
self-check-progress-skipped =
    { $count ->
        [one] eine übersprungen
       *[other] { $count } übersprungen
    }
self-check-progress-worker = Sozialarbeiter/in: { $scored } von { $total } bewertet
self-check-open = Öffnen
self-check-delete = Löschen
self-check-confirm-delete-title = Diese Selbsteinschätzung löschen?
self-check-confirm-delete-body = Die Selbsteinschätzung vom { $date } wird von diesem Gerät gelöscht. Das kann nicht rückgängig gemacht werden.
self-check-confirm-delete-yes = Ja, löschen
self-check-back-to-list = Alle Selbsteinschätzungen
self-check-mode-nav = Teile der Selbsteinschätzung
self-check-mode-client = Klient/in füllt aus
self-check-mode-worker = Einschätzung Sozialarbeiter/in
self-check-mode-summary = Zusammenfassung

## Klient/in ("Sie", freundlich)
self-check-client-progress = Frage { $current } von { $total }
self-check-client-answer-label = Ihre Antwort
self-check-answer-good = Läuft gut
self-check-answer-hard = Manchmal schwer
self-check-answer-big = Gerade ein großes Problem
self-check-answer-private = Sage ich lieber nicht
self-check-client-help = Dabei möchte ich Hilfe
self-check-client-note-label = Möchten Sie etwas dazu erzählen? In Ihren eigenen Worten. Das Feld darf auch leer bleiben.
self-check-client-skip = Später beantworten
self-check-client-back = Zurück
self-check-client-next = Weiter
self-check-client-skipped-note = Diese Frage haben Sie vorhin übersprungen. Sie können sie jetzt beantworten oder noch etwas warten.
self-check-client-saved = Alles wird sofort gespeichert. Sie können aufhören, wann Sie möchten.
self-check-client-end-title = Das war die letzte Frage. Vielen Dank!
self-check-client-end-body = Möchten Sie etwas ändern? Sie können jederzeit zu einer Frage zurückgehen.
self-check-client-end-open =
    { $count ->
        [one] Eine Frage ist noch offen:
       *[other] { $count } Fragen sind noch offen:
    }
self-check-client-go-to = Zu: { $domain }

## Fragen an die Person
self-check-q-money = Wie geht es Ihnen mit Geld, Rechnungen und Schulden?
self-check-q-housing = Wie geht es Ihnen mit Ihrer Wohnung?
self-check-q-health = Wie geht es Ihrer Gesundheit?
self-check-q-mind = Wie fühlen Sie sich in letzter Zeit?
self-check-q-addiction = Wie geht es Ihnen mit Alkohol, Drogen, Glücksspiel oder Tabletten?
self-check-q-family = Wie klappt es, für Ihre Kinder oder für einen anderen Menschen zu sorgen?
self-check-q-childcare = Wie klappt es mit der Betreuung für Ihre Kinder, zum Beispiel in der Kita?
self-check-q-safety = Wie sicher fühlen Sie sich zu Hause?
self-check-q-network = Wie geht es Ihnen mit den Menschen um Sie herum?
self-check-q-structure = Wie klappt Ihr Tagesablauf: aufstehen, Termine einhalten?
self-check-q-daily = Wie klappt es mit Kochen, Wäsche und Haushalt?
self-check-q-dutch = Wie klappt es mit Niederländisch sprechen und lesen?
self-check-q-learning = Wie steht es mit Schule, Kursen und Abschlüssen?
self-check-q-work = Wie ist es mit Arbeit: Was haben Sie schon gemacht, was können Sie?
self-check-q-attitude = Wie fühlen Sie sich bei dem Gedanken an einen nächsten Schritt zu Arbeit oder Ausbildung?
self-check-q-mobility = Wie klappt es, unterwegs zu sein: mit Bus, Zug, Fahrrad oder Auto?
self-check-q-papers = Wie klappt es mit Papieren, Briefen und Ihrem Aufenthalt?
self-check-q-digital = Wie klappt es mit Handy, Computer, E-Mail und itsme?

## Sozialarbeiter/in ("Sie", sachlich)
self-check-worker-intro = Eine Bewertung pro Bereich, auf der Skala des HIVA-Screenings. Bei 3 oder 4 können Sie angeben, was zutrifft. Die Bewertung ist Ihre Einschätzung, neben der Einschätzung der Klientin oder des Klienten.
self-check-score-1 = 1 · Keine Hürde
self-check-score-2 = 2 · Hürde, aber Arbeit oder Ausbildung ist mit Unterstützung möglich
self-check-score-3 = 3 · Hürde: Arbeit oder Ausbildung ist jetzt nicht möglich
self-check-score-4 = 4 · Kann ich (noch) nicht einschätzen
self-check-score-none = Noch nicht bewertet
self-check-worker-sub-title = Was trifft zu?
self-check-worker-no-subs = Beschreiben Sie für diesen Bereich die Situation in der Notiz.
self-check-worker-note-label = Notiz der Sozialarbeiterin oder des Sozialarbeiters
self-check-dutch-level-label = Niveau Niederländisch
self-check-dutch-level-hint = Laut einer Bescheinigung einer Schule oder des Huis van het Nederlands, nicht älter als zwei Jahre.
self-check-dutch-level-none = Noch nicht ausgefüllt
self-check-dutch-level-unknown = Unbekannt
self-check-dutch-level-below-1-1 = Unter 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Höchstes erreichbares Niveau erreicht
self-check-latin-reading = Lesen in lateinischer Schrift
self-check-latin-writing = Schreiben in lateinischer Schrift
self-check-yes = Ja
self-check-no = Nein
self-check-not-known = Noch nicht bekannt

## Unterpunkte (bei Bewertung 3 oder 4)
self-check-sub-money-debts = Schulden
self-check-sub-money-mediation = In Schuldnerberatung
self-check-sub-money-basic-needs = Zu wenig Geld für Essen, Kleidung oder Miete
self-check-sub-housing-no-address = Keine feste Adresse oder in der Notschlafstelle
self-check-sub-housing-unhealthy = Ernste Probleme mit der Wohnung oder für unbewohnbar erklärt
self-check-sub-housing-must-move = Muss bald ausziehen oder zieht sehr oft um
self-check-sub-housing-transit = Wohnt in einer Übergangswohnung
self-check-sub-health-illness = Krankheit erschwert Arbeit oder Ausbildung
self-check-sub-health-diagnosis = Bekannte Krankheit mit Attesten
self-check-sub-health-complaints = Gesundheitliche Beschwerden
self-check-sub-health-pregnancy = Schwangerschaft oder Mutterschaftsurlaub
self-check-sub-health-disability = Behinderung
self-check-sub-health-work-disability = Anerkannte Arbeitsbehinderung
self-check-sub-family-parenting = Erziehung und Umgang mit den Kindern
self-check-sub-family-child-needs = Kind mit besonderem Pflegebedarf
self-check-sub-family-single-parent = Alleinerziehend
self-check-sub-family-care-task = Pflegt zu Hause jemanden mit Behinderung, im hohen Alter oder mit langer Krankheit
self-check-sub-childcare-waiting-list = Beantragt, aber lange Warteliste
self-check-sub-childcare-no-informal = Keine Betreuung im eigenen Umfeld
self-check-sub-childcare-unknown-options = Kennt die Möglichkeiten und den Antrag noch nicht
self-check-sub-safety-relationship = Spannungen mit Partner/in, Familie oder anderen
self-check-sub-safety-violence = Gewalt in der Familie
self-check-sub-network-no-social = Wenige oder keine Freunde oder Bekannte
self-check-sub-network-no-family = Keine Familie in der Nähe
self-check-sub-network-family-against-work = Familie steht nicht hinter einer Arbeit
self-check-sub-network-nobody-works = Niemand in Familie oder Freundeskreis arbeitet
self-check-sub-structure-no-rhythm = Kein fester Tagesablauf
self-check-sub-structure-missed-appointments = Termine gehen manchmal schief
self-check-sub-structure-documents = Dokumente kommen nicht mit zum Termin
self-check-sub-daily-hygiene = Hygiene
self-check-sub-daily-appearance = Gepflegtes Äußeres
self-check-sub-daily-household = Der Haushalt klappt nicht
self-check-sub-dutch-express = Gedanken in Worte fassen ist schwer
self-check-sub-dutch-oral = Mündliche Verständigung klappt noch nicht
self-check-sub-dutch-written = Schriftliche Verständigung klappt noch nicht
self-check-sub-dutch-illiterate = Kann nicht lesen oder schreiben
self-check-sub-learning-inactive = Lange Zeiten ohne Arbeit oder Ausbildung
self-check-sub-learning-no-choices = Noch keine bewusste Entscheidung für eine Richtung
self-check-sub-learning-history = Schul- und Berufsweg sind schwer zu beschreiben
self-check-sub-learning-recognition = Ausländischer Abschluss noch nicht anerkannt
self-check-sub-work-guided-only = Frühere Jobs nur mit intensiver Begleitung
self-check-sub-work-unrealistic = Erwartungen an Job, Lohn oder Arbeitsplatz passen nicht zur Realität
self-check-sub-work-overestimates = Schätzt die eigenen Möglichkeiten höher ein
self-check-sub-work-expectations = Weiß noch nicht genau, was an einem Arbeitsplatz erwartet wird
self-check-sub-attitude-no-steps = Unternimmt noch keine eigenen Schritte
self-check-sub-attitude-gives-up = Gibt bei Rückschlägen schnell auf
self-check-sub-attitude-motivation = Sieht jetzt keinen Grund, etwas zu ändern
self-check-sub-attitude-one-target = Hält nach langer Suche an einem einzigen Job fest
self-check-sub-attitude-interaction = Umgang mit anderen oder mit Regeln ist schwierig
self-check-sub-mobility-no-transport = Kein eigenes Fahrzeug und kein öffentlicher Verkehr
self-check-sub-mobility-public-know-how = Öffentlicher Verkehr: weiß nicht wie oder hat nicht die Mittel
self-check-sub-mobility-no-public = Kein öffentlicher Verkehr in der Nähe
self-check-sub-mobility-distance = Unklar, wie weit die Person fahren kann
self-check-sub-papers-not-independent = Schafft den Papierkram nicht selbstständig
self-check-sub-papers-obligations = Wenig Überblick über Pflichten (Adresse, Krankenkasse)
self-check-sub-papers-self-employed = Papierkram aus einer früheren Selbstständigkeit
self-check-sub-papers-work-permit = Keine gültige Arbeitserlaubnis oder kein gültiger Aufenthalt
self-check-sub-papers-justice = Kontakt mit der Justiz
self-check-sub-digital-no-device = Kein Handy, Computer oder Internet
self-check-sub-digital-no-email = Keine E-Mail-Adresse
self-check-sub-digital-no-eid = itsme oder eID klappt noch nicht
self-check-sub-digital-no-vdab = Kein VDAB-Konto

## Vorgeschlagene Aktionen (für den Plan)
self-check-act-money-debt-mediation = Gemeinsam zur Schuldnerberatung gehen
self-check-act-money-budget-guidance = Budgetbegleitung beginnen
self-check-act-housing-search-together = Gemeinsam eine Wohnung suchen
self-check-act-housing-reference-address = Eine Referenzadresse beantragen
self-check-act-health-see-doctor = Einen Termin beim Hausarzt machen
self-check-act-health-check-limits = Prüfen lassen, was körperlich machbar ist
self-check-act-mind-talk-counsellor = Ein Gespräch mit Psychologe/in oder Berater/in
self-check-act-mind-refer-care = Gemeinsam passende Hilfe suchen
self-check-act-addiction-contact-service = Kontakt mit einer Suchtberatungsstelle aufnehmen
self-check-act-addiction-talk-doctor = Mit dem Hausarzt darüber sprechen
self-check-act-family-parenting-support = Unterstützung bei der Erziehung suchen
self-check-act-family-relieve-care = Suchen, wer bei der Pflege entlasten kann
self-check-act-childcare-find-place = Gemeinsam einen Platz in der Kinderbetreuung suchen
self-check-act-childcare-informal = Betreuung im eigenen Umfeld prüfen
self-check-act-safety-safe-talk = Ein sicheres Gespräch allein mit der Sozialarbeiterin oder dem Sozialarbeiter
self-check-act-safety-contact-support = Kontakt mit einem Hilfetelefon oder einer Beratungsstelle
self-check-act-network-meeting-place = Einen Treffpunkt in der Nähe besuchen
self-check-act-network-volunteering = Freiwilligenarbeit ausprobieren
self-check-act-structure-week-plan = Gemeinsam einen Wochenplan machen
self-check-act-structure-reminders = Erinnerungen für Termine einstellen
self-check-act-daily-home-support = Hilfe zu Hause prüfen
self-check-act-daily-practice = Haushalt üben
self-check-act-dutch-course = Sich für einen Niederländischkurs anmelden
self-check-act-dutch-conversation-table = Zu einem Sprachcafé gehen
self-check-act-learning-diploma-recognition = Den Abschluss anerkennen lassen (NARIC)
self-check-act-learning-training = Eine Ausbildung wählen
self-check-act-work-cv = Gemeinsam einen Lebenslauf schreiben
self-check-act-work-job-coach = Einen Jobcoach kennenlernen
self-check-act-attitude-small-steps = Einen ersten kleinen Schritt vereinbaren
self-check-act-attitude-orientation = Eine Orientierung oder ein Schnupperpraktikum machen
self-check-act-mobility-transport-pass = Ein Bus- oder Zugabo beantragen
self-check-act-mobility-bike-or-licence = Fahrradfahren lernen oder den Führerschein machen
self-check-act-papers-sort-together = Gemeinsam die Papiere ordnen
self-check-act-papers-residence-advice = Beratung zu Aufenthalt oder Arbeitserlaubnis holen
self-check-act-digital-course = Einen Computerkurs besuchen
self-check-act-digital-eid-setup = Gemeinsam itsme oder das eID-Lesegerät einrichten

## Zusammenfassung
self-check-summary-chart-title = Beide Stimmen nebeneinander
self-check-summary-chart-hint = Pro Bereich die Antwort der Klientin oder des Klienten und die Bewertung der Sozialarbeiterin oder des Sozialarbeiters. Ein ≠ zeigt, wo sie sich unterscheiden: Darüber kann man gut ins Gespräch kommen.
self-check-summary-table-caption = Antworten pro Bereich
self-check-col-domain = Bereich
self-check-col-client = Klient/in
self-check-col-worker = Sozialarbeiter/in
self-check-col-marks = Auffällig
self-check-diff = Unterschied
self-check-precondition = Grundvoraussetzung
self-check-not-answered = Noch nicht beantwortet
self-check-skipped = Übersprungen
self-check-wants-help = Möchte Hilfe
self-check-summary-diff-title = Wo die Antworten sich unterscheiden
self-check-summary-diff-none = Noch keine Unterschiede zwischen den beiden Antworten.
self-check-summary-pre-title = Grundvoraussetzungen
self-check-summary-pre-hint = Von der Sozialarbeiterin oder dem Sozialarbeiter mit 3 bewertet. Die meisten OCMWs kümmern sich zuerst darum.
self-check-summary-pre-none = Keine Grundvoraussetzungen markiert.
self-check-summary-help-title = Hierbei möchte die Person Hilfe
self-check-summary-help-none = Noch keine Bitte um Hilfe markiert.
self-check-summary-actions = Mögliche Aktionen
self-check-summary-client-note = In eigenen Worten
self-check-summary-changes-title = Was sich seit der Selbsteinschätzung vom { $date } geändert hat
self-check-summary-changes-none = Keine Veränderungen seit der letzten Selbsteinschätzung.
self-check-summary-first = Das ist die erste Selbsteinschätzung: Es gibt noch nichts zum Vergleichen.
self-check-voice-client = Klient/in
self-check-voice-worker = Sozialarbeiter/in
self-check-change-eased = leichter
self-check-change-harder = schwerer
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = In den Plan aufnehmen
self-check-add-to-plan-named = „{ $action }“ in den Plan aufnehmen
self-check-in-plan = Steht im Plan

## rules
self-check-sub-money-unemployment-trap = Gefahr einer Arbeitslosigkeitsfalle: Arbeiten bringt kaum oder gar nicht mehr ein
