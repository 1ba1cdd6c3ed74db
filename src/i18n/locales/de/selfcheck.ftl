# Selbsteinschätzung. Bildschirme für die Person: "Sie", kurz und freundlich. Bildschirme für Fachkräfte: "Sie", sachlich. Nie ein Urteil.

sc-view = Selbsteinschätzung
sc-title = Selbsteinschätzung
sc-intro = Gemeinsam auf 18 Lebensbereiche schauen. Das geht auch in Teilen, über mehrere Gespräche: Alles wird sofort gespeichert.
sc-list-title = Selbsteinschätzungen in dieser Akte
sc-none = Noch keine Selbsteinschätzung in dieser Akte.
sc-start = Neue Selbsteinschätzung beginnen
sc-item-title = Selbsteinschätzung vom { $date }
sc-status-unfinished = Noch nicht fertig
sc-status-complete = Vollständig ausgefüllt
sc-progress-client = Klient/in: { $answered } von { $total } beantwortet
sc-progress-skipped =
    { $count ->
        [one] eine übersprungen
       *[other] { $count } übersprungen
    }
sc-progress-worker = Sozialarbeiter/in: { $scored } von { $total } bewertet
sc-open = Öffnen
sc-delete = Löschen
sc-confirm-delete-title = Diese Selbsteinschätzung löschen?
sc-confirm-delete-body = Die Selbsteinschätzung vom { $date } wird von diesem Gerät gelöscht. Das kann nicht rückgängig gemacht werden.
sc-confirm-delete-yes = Ja, löschen
sc-back-to-list = Alle Selbsteinschätzungen
sc-mode-nav = Teile der Selbsteinschätzung
sc-mode-client = Klient/in füllt aus
sc-mode-worker = Einschätzung Sozialarbeiter/in
sc-mode-summary = Zusammenfassung

## Klient/in ("Sie", freundlich)
sc-client-progress = Frage { $current } von { $total }
sc-client-answer-label = Ihre Antwort
sc-answer-good = Läuft gut
sc-answer-hard = Manchmal schwer
sc-answer-big = Gerade ein großes Problem
sc-answer-private = Sage ich lieber nicht
sc-client-help = Dabei möchte ich Hilfe
sc-client-note-label = Möchten Sie etwas dazu erzählen? In Ihren eigenen Worten. Das Feld darf auch leer bleiben.
sc-client-skip = Später beantworten
sc-client-back = Zurück
sc-client-next = Weiter
sc-client-skipped-note = Diese Frage haben Sie vorhin übersprungen. Sie können sie jetzt beantworten oder noch etwas warten.
sc-client-saved = Alles wird sofort gespeichert. Sie können aufhören, wann Sie möchten.
sc-client-end-title = Das war die letzte Frage. Vielen Dank!
sc-client-end-body = Möchten Sie etwas ändern? Sie können jederzeit zu einer Frage zurückgehen.
sc-client-end-open =
    { $count ->
        [one] Eine Frage ist noch offen:
       *[other] { $count } Fragen sind noch offen:
    }
sc-client-go-to = Zu: { $domain }

## Fragen an die Person
sc-q-money = Wie geht es Ihnen mit Geld, Rechnungen und Schulden?
sc-q-housing = Wie geht es Ihnen mit Ihrer Wohnung?
sc-q-health = Wie geht es Ihrer Gesundheit?
sc-q-mind = Wie fühlen Sie sich in letzter Zeit?
sc-q-addiction = Wie geht es Ihnen mit Alkohol, Drogen, Glücksspiel oder Tabletten?
sc-q-family = Wie klappt es, für Ihre Kinder oder für einen anderen Menschen zu sorgen?
sc-q-childcare = Wie klappt es mit der Betreuung für Ihre Kinder, zum Beispiel in der Kita?
sc-q-safety = Wie sicher fühlen Sie sich zu Hause?
sc-q-network = Wie geht es Ihnen mit den Menschen um Sie herum?
sc-q-structure = Wie klappt Ihr Tagesablauf: aufstehen, Termine einhalten?
sc-q-daily = Wie klappt es mit Kochen, Wäsche und Haushalt?
sc-q-dutch = Wie klappt es mit Niederländisch sprechen und lesen?
sc-q-learning = Wie steht es mit Schule, Kursen und Abschlüssen?
sc-q-work = Wie ist es mit Arbeit: Was haben Sie schon gemacht, was können Sie?
sc-q-attitude = Wie fühlen Sie sich bei dem Gedanken an einen nächsten Schritt zu Arbeit oder Ausbildung?
sc-q-mobility = Wie klappt es, unterwegs zu sein: mit Bus, Zug, Fahrrad oder Auto?
sc-q-papers = Wie klappt es mit Papieren, Briefen und Ihrem Aufenthalt?
sc-q-digital = Wie klappt es mit Handy, Computer, E-Mail und itsme?

## Sozialarbeiter/in ("Sie", sachlich)
sc-worker-intro = Eine Bewertung pro Bereich, auf der Skala des HIVA-Screenings. Bei 3 oder 4 können Sie angeben, was zutrifft. Die Bewertung ist Ihre Einschätzung, neben der Einschätzung der Klientin oder des Klienten.
sc-score-1 = 1 · Keine Hürde
sc-score-2 = 2 · Hürde, aber Arbeit oder Ausbildung ist mit Unterstützung möglich
sc-score-3 = 3 · Hürde: Arbeit oder Ausbildung ist jetzt nicht möglich
sc-score-4 = 4 · Kann ich (noch) nicht einschätzen
sc-score-none = Noch nicht bewertet
sc-worker-sub-title = Was trifft zu?
sc-worker-no-subs = Beschreiben Sie für diesen Bereich die Situation in der Notiz.
sc-worker-note-label = Notiz der Sozialarbeiterin oder des Sozialarbeiters
sc-dutch-level-label = Niveau Niederländisch
sc-dutch-level-hint = Laut einer Bescheinigung einer Schule oder des Huis van het Nederlands, nicht älter als zwei Jahre.
sc-dutch-level-none = Noch nicht ausgefüllt
sc-dutch-level-unknown = Unbekannt
sc-dutch-level-below-1-1 = Unter 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Höchstes erreichbares Niveau erreicht
sc-latin-reading = Lesen in lateinischer Schrift
sc-latin-writing = Schreiben in lateinischer Schrift
sc-yes = Ja
sc-no = Nein
sc-not-known = Noch nicht bekannt

## Unterpunkte (bei Bewertung 3 oder 4)
sc-sub-money-debts = Schulden
sc-sub-money-mediation = In Schuldnerberatung
sc-sub-money-basic-needs = Zu wenig Geld für Essen, Kleidung oder Miete
sc-sub-housing-no-address = Keine feste Adresse oder in der Notschlafstelle
sc-sub-housing-unhealthy = Ernste Probleme mit der Wohnung oder für unbewohnbar erklärt
sc-sub-housing-must-move = Muss bald ausziehen oder zieht sehr oft um
sc-sub-housing-transit = Wohnt in einer Übergangswohnung
sc-sub-health-illness = Krankheit erschwert Arbeit oder Ausbildung
sc-sub-health-diagnosis = Bekannte Krankheit mit Attesten
sc-sub-health-complaints = Gesundheitliche Beschwerden
sc-sub-health-pregnancy = Schwangerschaft oder Mutterschaftsurlaub
sc-sub-health-disability = Behinderung
sc-sub-health-work-disability = Anerkannte Arbeitsbehinderung
sc-sub-family-parenting = Erziehung und Umgang mit den Kindern
sc-sub-family-child-needs = Kind mit besonderem Pflegebedarf
sc-sub-family-single-parent = Alleinerziehend
sc-sub-family-care-task = Pflegt zu Hause jemanden mit Behinderung, im hohen Alter oder mit langer Krankheit
sc-sub-childcare-waiting-list = Beantragt, aber lange Warteliste
sc-sub-childcare-no-informal = Keine Betreuung im eigenen Umfeld
sc-sub-childcare-unknown-options = Kennt die Möglichkeiten und den Antrag noch nicht
sc-sub-safety-relationship = Spannungen mit Partner/in, Familie oder anderen
sc-sub-safety-violence = Gewalt in der Familie
sc-sub-network-no-social = Wenige oder keine Freunde oder Bekannte
sc-sub-network-no-family = Keine Familie in der Nähe
sc-sub-network-family-against-work = Familie steht nicht hinter einer Arbeit
sc-sub-network-nobody-works = Niemand in Familie oder Freundeskreis arbeitet
sc-sub-structure-no-rhythm = Kein fester Tagesablauf
sc-sub-structure-missed-appointments = Termine gehen manchmal schief
sc-sub-structure-documents = Dokumente kommen nicht mit zum Termin
sc-sub-daily-hygiene = Hygiene
sc-sub-daily-appearance = Gepflegtes Äußeres
sc-sub-daily-household = Der Haushalt klappt nicht
sc-sub-dutch-express = Gedanken in Worte fassen ist schwer
sc-sub-dutch-oral = Mündliche Verständigung klappt noch nicht
sc-sub-dutch-written = Schriftliche Verständigung klappt noch nicht
sc-sub-dutch-illiterate = Kann nicht lesen oder schreiben
sc-sub-learning-inactive = Lange Zeiten ohne Arbeit oder Ausbildung
sc-sub-learning-no-choices = Noch keine bewusste Entscheidung für eine Richtung
sc-sub-learning-history = Schul- und Berufsweg sind schwer zu beschreiben
sc-sub-learning-recognition = Ausländischer Abschluss noch nicht anerkannt
sc-sub-work-guided-only = Frühere Jobs nur mit intensiver Begleitung
sc-sub-work-unrealistic = Erwartungen an Job, Lohn oder Arbeitsplatz passen nicht zur Realität
sc-sub-work-overestimates = Schätzt die eigenen Möglichkeiten höher ein
sc-sub-work-expectations = Weiß noch nicht genau, was an einem Arbeitsplatz erwartet wird
sc-sub-attitude-no-steps = Unternimmt noch keine eigenen Schritte
sc-sub-attitude-gives-up = Gibt bei Rückschlägen schnell auf
sc-sub-attitude-motivation = Sieht jetzt keinen Grund, etwas zu ändern
sc-sub-attitude-one-target = Hält nach langer Suche an einem einzigen Job fest
sc-sub-attitude-interaction = Umgang mit anderen oder mit Regeln ist schwierig
sc-sub-mobility-no-transport = Kein eigenes Fahrzeug und kein öffentlicher Verkehr
sc-sub-mobility-public-know-how = Öffentlicher Verkehr: weiß nicht wie oder hat nicht die Mittel
sc-sub-mobility-no-public = Kein öffentlicher Verkehr in der Nähe
sc-sub-mobility-distance = Unklar, wie weit die Person fahren kann
sc-sub-papers-not-independent = Schafft den Papierkram nicht selbstständig
sc-sub-papers-obligations = Wenig Überblick über Pflichten (Adresse, Krankenkasse)
sc-sub-papers-self-employed = Papierkram aus einer früheren Selbstständigkeit
sc-sub-papers-work-permit = Keine gültige Arbeitserlaubnis oder kein gültiger Aufenthalt
sc-sub-papers-justice = Kontakt mit der Justiz
sc-sub-digital-no-device = Kein Handy, Computer oder Internet
sc-sub-digital-no-email = Keine E-Mail-Adresse
sc-sub-digital-no-eid = itsme oder eID klappt noch nicht
sc-sub-digital-no-vdab = Kein VDAB-Konto

## Vorgeschlagene Aktionen (für den Plan)
sc-act-money-debt-mediation = Gemeinsam zur Schuldnerberatung gehen
sc-act-money-budget-guidance = Budgetbegleitung beginnen
sc-act-housing-search-together = Gemeinsam eine Wohnung suchen
sc-act-housing-reference-address = Eine Referenzadresse beantragen
sc-act-health-see-doctor = Einen Termin beim Hausarzt machen
sc-act-health-check-limits = Prüfen lassen, was körperlich machbar ist
sc-act-mind-talk-counsellor = Ein Gespräch mit Psychologe/in oder Berater/in
sc-act-mind-refer-care = Gemeinsam passende Hilfe suchen
sc-act-addiction-contact-service = Kontakt mit einer Suchtberatungsstelle aufnehmen
sc-act-addiction-talk-doctor = Mit dem Hausarzt darüber sprechen
sc-act-family-parenting-support = Unterstützung bei der Erziehung suchen
sc-act-family-relieve-care = Suchen, wer bei der Pflege entlasten kann
sc-act-childcare-find-place = Gemeinsam einen Platz in der Kinderbetreuung suchen
sc-act-childcare-informal = Betreuung im eigenen Umfeld prüfen
sc-act-safety-safe-talk = Ein sicheres Gespräch allein mit der Sozialarbeiterin oder dem Sozialarbeiter
sc-act-safety-contact-support = Kontakt mit einem Hilfetelefon oder einer Beratungsstelle
sc-act-network-meeting-place = Einen Treffpunkt in der Nähe besuchen
sc-act-network-volunteering = Freiwilligenarbeit ausprobieren
sc-act-structure-week-plan = Gemeinsam einen Wochenplan machen
sc-act-structure-reminders = Erinnerungen für Termine einstellen
sc-act-daily-home-support = Hilfe zu Hause prüfen
sc-act-daily-practice = Haushalt üben
sc-act-dutch-course = Sich für einen Niederländischkurs anmelden
sc-act-dutch-conversation-table = Zu einem Sprachcafé gehen
sc-act-learning-diploma-recognition = Den Abschluss anerkennen lassen (NARIC)
sc-act-learning-training = Eine Ausbildung wählen
sc-act-work-cv = Gemeinsam einen Lebenslauf schreiben
sc-act-work-job-coach = Einen Jobcoach kennenlernen
sc-act-attitude-small-steps = Einen ersten kleinen Schritt vereinbaren
sc-act-attitude-orientation = Eine Orientierung oder ein Schnupperpraktikum machen
sc-act-mobility-transport-pass = Ein Bus- oder Zugabo beantragen
sc-act-mobility-bike-or-licence = Fahrradfahren lernen oder den Führerschein machen
sc-act-papers-sort-together = Gemeinsam die Papiere ordnen
sc-act-papers-residence-advice = Beratung zu Aufenthalt oder Arbeitserlaubnis holen
sc-act-digital-course = Einen Computerkurs besuchen
sc-act-digital-eid-setup = Gemeinsam itsme oder das eID-Lesegerät einrichten

## Zusammenfassung
sc-summary-chart-title = Beide Stimmen nebeneinander
sc-summary-chart-hint = Pro Bereich die Antwort der Klientin oder des Klienten und die Bewertung der Sozialarbeiterin oder des Sozialarbeiters. Ein ≠ zeigt, wo sie sich unterscheiden: Darüber kann man gut ins Gespräch kommen.
sc-summary-table-caption = Antworten pro Bereich
sc-col-domain = Bereich
sc-col-client = Klient/in
sc-col-worker = Sozialarbeiter/in
sc-col-marks = Auffällig
sc-diff = Unterschied
sc-precondition = Grundvoraussetzung
sc-not-answered = Noch nicht beantwortet
sc-skipped = Übersprungen
sc-wants-help = Möchte Hilfe
sc-summary-diff-title = Wo die Antworten sich unterscheiden
sc-summary-diff-none = Noch keine Unterschiede zwischen den beiden Antworten.
sc-summary-pre-title = Grundvoraussetzungen
sc-summary-pre-hint = Von der Sozialarbeiterin oder dem Sozialarbeiter mit 3 bewertet. Die meisten OCMWs kümmern sich zuerst darum.
sc-summary-pre-none = Keine Grundvoraussetzungen markiert.
sc-summary-help-title = Hierbei möchte die Person Hilfe
sc-summary-help-none = Noch keine Bitte um Hilfe markiert.
sc-summary-actions = Mögliche Aktionen
sc-summary-client-note = In eigenen Worten
sc-summary-changes-title = Was sich seit der Selbsteinschätzung vom { $date } geändert hat
sc-summary-changes-none = Keine Veränderungen seit der letzten Selbsteinschätzung.
sc-summary-first = Das ist die erste Selbsteinschätzung: Es gibt noch nichts zum Vergleichen.
sc-voice-client = Klient/in
sc-voice-worker = Sozialarbeiter/in
sc-change-eased = leichter
sc-change-harder = schwerer
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = In den Plan aufnehmen
sc-add-to-plan-named = „{ $action }“ in den Plan aufnehmen
sc-in-plan = Steht im Plan
