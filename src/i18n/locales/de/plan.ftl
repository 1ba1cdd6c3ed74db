# Trede: das GPMI, gemeinsam erstellt (Deutsch)
# Ton: einladend, einfache Wörter. Sanktionen werden offen genannt, ohne Drohung.

plan-view = Plan (GPMI)
plan-title = Das Integrationsprojekt (GPMI)
plan-intro = Sie schreiben diesen Plan gemeinsam. Gehen Sie die Schritte in der Reihenfolge durch, die passt, und hören Sie auf, wann Sie möchten: Alles wird beim Tippen gespeichert und geht dort weiter, wo Sie aufgehört haben.
plan-undo = Rückgängig
plan-redo = Wiederholen
plan-steps-label = Schritte des Plans
plan-previous = Zurück: { $step }
plan-next = Weiter: { $step }
plan-choose = Bitte wählen…
plan-unknown = Noch nicht bekannt
plan-not-set = noch nicht ausgefüllt
plan-not-filled = noch nicht ausgefüllt
plan-no-owner = noch niemand
plan-no-date = noch kein Datum
plan-unnamed-action = eine Aktion ohne Beschreibung

## Schritte
plan-step-basics = Über den Plan
plan-step-topics = Ihre Geschichte
plan-step-goals = Ziele
plan-step-actions = Aktionen
plan-step-agreements = Vereinbarungen
plan-step-review = Durchlesen
plan-step-evaluations = Auswertungen
plan-step-basics-title = Welcher Plan, und wer macht mit
plan-step-topics-title = In Ihren eigenen Worten
plan-step-goals-title = Was möchten Sie erreichen?
plan-step-actions-title = Wer macht was, und bis wann?
plan-step-agreements-title = Was wir vereinbaren
plan-step-review-title = Gemeinsam durchlesen
plan-step-evaluations-title = Gemeinsam zurückschauen

## Frist
plan-deadline-by = Das OCMW muss diesen Plan spätestens am { $date } abschließen. Die Frist nach der Entscheidung über das Eingliederungseinkommen beträgt { $months ->
        [one] einen Monat
       *[other] { $months } Monate
    }.
plan-deadline-close = Das OCMW muss diesen Plan spätestens am { $date } abschließen: { $days ->
        [0] Das ist heute.
        [one] Noch ein Tag.
       *[other] Noch { $days } Tage.
    }
plan-deadline-past = Das OCMW musste diesen Plan spätestens am { $date } abschließen, { $days ->
        [one] vor einem Tag.
       *[other] vor { $days } Tagen.
    } Diese Frist ist vorbei: Das OCMW stellt den Plan jetzt so schnell wie möglich mit der Person fertig.

## Grundlagen
plan-kind-title = Der Plan
plan-type-label = Art des Plans
plan-type-employment = Mit Ziel Arbeit
plan-type-training = Mit Ziel Ausbildung oder Studium
plan-type-activation = Soziale Aktivierung
plan-decision-label = Datum der Entscheidung über das Leefloon (Eingliederungseinkommen)
plan-decision-hint = Der Plan wird innerhalb von 3 Monaten nach diesem Datum unterschrieben.
plan-start-label = Der Plan beginnt am
plan-end-label = Der Plan endet am
plan-period = Zeitraum
plan-why-title = Warum es einen Plan gibt
plan-birth-label = Geburtsdatum
plan-birth-hint = Nur um zu sehen, ob der Plan Pflicht ist.
plan-recent-right-label = Hatte die Person in der Zeit vor der Entscheidung ({ $months ->
        [one] einen Monat
       *[other] { $months } Monate
    }) ein Recht auf soziale Eingliederung?
plan-recent-right-no = Nein, kein Recht in diesem Zeitraum
plan-recent-right-yes = Ja, ein Recht in diesem Zeitraum
plan-asked-client = Die Person hat um einen Plan gebeten
plan-asked-ocmw = Das OCMW hat um einen Plan gebeten
plan-mandate-required = Ein Plan ist Pflicht, weil:
plan-mandate-not-required = Nach den Regeln ist ein Plan keine Pflicht. Auf Wunsch ist er aber möglich.
plan-mandate-unknown = Geben Sie das Geburtsdatum ein und ob die Person in den Monaten davor ein Recht auf soziale Eingliederung hatte. Dann sehen Sie, ob ein Plan Pflicht ist.
plan-ground-under25 = die Person jünger als 25 ist
plan-ground-new = die Person in der Zeit davor ({ $months ->
        [one] einen Monat
       *[other] { $months } Monate
    }) kein Recht auf soziale Eingliederung hatte
plan-ground-client = die Person darum gebeten hat
plan-ground-ocmw = das OCMW darum gebeten hat
plan-override-label = Einschätzung der Sozialarbeiterin oder des Sozialarbeiters
plan-override-none = Den Regeln folgen
plan-override-required = Trotzdem Pflicht
plan-override-optional = Trotzdem keine Pflicht
plan-override-reason = Grund für diese Einschätzung
plan-parties-title = Wer macht mit
plan-worker-label = Sozialarbeiter/in
plan-ocmw-label = OCMW
plan-third-legend = Partner { $n }
plan-third-name = Name
plan-third-role = Rolle (zum Beispiel Schuldnerberater/in)
plan-third-tasks = Was dieser Partner übernimmt
plan-third-add = Partner hinzufügen
plan-third-remove = Diesen Partner entfernen
plan-support-label = Jemand an der Seite der Person
plan-support-none = Niemand
plan-support-interpreter = Dolmetscher/in
plan-support-support = Eine Vertrauensperson
plan-support-name = Name

## Themen
plan-topics-intro = Schreiben Sie auf, was die Person erzählt, in ihren eigenen Worten. Nichts davon ist ein Test.
plan-topic-needs = Was brauchen Sie?
plan-topic-needs-hint = Zum Beispiel: keine Sorgen mehr ums Geld, eine Wohnung, Kinderbetreuung.
plan-topic-challenges = Was ist gerade schwer für Sie?
plan-topic-challenges-hint = Dinge, die im Weg stehen, groß oder klein.
plan-topic-goals = Was möchten Sie erreichen oder vermeiden?
plan-topic-goals-hint = Zum Beispiel: Arbeit finden, keine neuen Schulden.
plan-topic-future = Wie sehen Sie Ihre Zukunft?
plan-topic-future-hint = Wo möchten Sie in ein oder zwei Jahren stehen?
plan-topic-role = Welche Rolle möchten Sie unter anderen Menschen haben?
plan-topic-role-hint = Für sich selbst und für andere: bei der Arbeit, in der Nachbarschaft, zu Hause.

## Ziele
plan-goals-intro = Ein paar Ziele reichen. Bei jedem Ziel steht, warum es für Sie zählt.
plan-goals-empty = Noch keine Ziele. Sollen wir das erste hinzufügen?
plan-goal-legend = Ziel { $n }
plan-goal-title = Das Ziel
plan-goal-domain = Lebensbereich
plan-goal-from = Von
plan-goal-until = Bis
plan-goal-why = Warum ist das wichtig für Sie?
plan-goal-add = Ziel hinzufügen
plan-goal-remove = Dieses Ziel entfernen

## Aktionen
plan-actions-intro = Kleine, konkrete Schritte. Jeder Schritt hat jemanden, der ihn übernimmt, und ein Datum.
plan-actions-empty = Noch keine Aktionen. Sollen wir die erste hinzufügen?
plan-action-legend = Aktion { $n }
plan-action-what = Was passiert?
plan-action-owner = Wer übernimmt das?
plan-action-due = Bis wann?
plan-action-status = Wie läuft es?
plan-action-stop-reason = Warum wurde es gestoppt?
plan-action-evidence = Woran sehen wir, dass es passiert ist?
plan-action-goal = Für welches Ziel?
plan-action-no-goal = Kein bestimmtes Ziel
plan-action-add = Aktion hinzufügen
plan-action-remove = Diese Aktion entfernen
plan-owner-client = Klient/in
plan-owner-ocmw = Das OCMW
plan-owner-third = Ein Partner
plan-status-planned = Geplant
plan-status-busy = Läuft
plan-status-done = Erledigt
plan-status-stopped = Gestoppt
plan-origin-free = Gemeinsam geschrieben
plan-origin-self-check = Aus der Selbsteinschätzung: { $domain }
plan-origin-catalogue = Angebot: { $offer }

## Vereinbarungen
plan-questions-title = Der Aktionsplan
plan-question-client-will-do = Was werden Sie tun, um Ihre Ziele zu erreichen?
plan-question-client-expects = Was erwarten Sie vom OCMW?
plan-question-ocmw-expects = Was erwartet das OCMW von Ihnen?
plan-means-title = Was jede Seite einbringt
plan-means-intro = Zeit, Geld, Hilfe, Gespräche: wozu sich jede Seite verpflichtet.
plan-means-client = Klient/in
plan-means-ocmw = Das OCMW
plan-means-others = Partner
plan-rights-title = Ihre Rechte und Pflichten
plan-rights-1 = Dieser Plan ist eine Vereinbarung zwischen Ihnen und dem OCMW (dem öffentlichen Sozialhilfezentrum). Beide Seiten unterschreiben ihn, und beide halten ihr Wort.
plan-rights-2 = Bevor Sie unterschreiben, können Sie { $reflection ->
        [one] einen Tag
       *[other] { $reflection } Tage
    } Bedenkzeit verlangen. Sie dürfen eine Person Ihrer Wahl mitbringen.
plan-rights-3 = Wir schauen uns den Plan mindestens { $evaluations ->
        [one] einmal
       *[other] { $evaluations }-mal
    } im Jahr gemeinsam an, davon mindestens { $in_person ->
        [one] einmal
       *[other] { $in_person }-mal
    } in einem persönlichen Gespräch. Der Plan kann sich mit Ihrer Situation verändern.
plan-rights-4 = Wenn Vereinbarungen ohne guten Grund nicht eingehalten werden, kann das Eingliederungseinkommen ganz oder teilweise ausgesetzt werden: höchstens { $sanction ->
        [one] einen Monat
       *[other] { $sanction } Monate
    } lang, oder höchstens { $repeat ->
        [one] einen Monat
       *[other] { $repeat } Monate
    } lang, wenn es innerhalb eines Jahres wieder geschieht. Zuerst bekommen Sie einen Einschreibebrief, und Sie haben das Recht, angehört zu werden, bevor etwas entschieden wird.
plan-rights-5 = Es gibt keine Sanktion, wenn das OCMW seine eigenen Vereinbarungen nicht eingehalten hat.
plan-rights-6 = Wenn Sie mit einer Entscheidung nicht einverstanden sind, können Sie beim Arbeitsgericht Einspruch einlegen. Dafür haben Sie { $appeal ->
        [one] einen Monat
       *[other] { $appeal } Monate
    } Zeit, ab dem Tag, an dem Ihnen die Entscheidung mitgeteilt wurde.

## Durchlesen
plan-ready-title = Bereit zum Unterschreiben?
plan-ready-ok = Alles Nötige ist drin. Der Plan ist bereit zum Unterschreiben.
plan-ready-missing = { $count ->
        [one] Es fehlt noch eine Sache:
       *[other] Es fehlen noch { $count } Sachen:
    }
plan-ready-never-blocks = Alles ist trotzdem schon gespeichert; Sie können es später fertig machen.
plan-missing-type = die Art des Plans
plan-missing-start = das Anfangsdatum
plan-missing-worker = der Name der Sozialarbeiterin oder des Sozialarbeiters
plan-missing-ocmw = der Name des OCMW
plan-missing-third-name = der Name eines Partners
plan-missing-goal = mindestens ein Ziel
plan-missing-goal-title = ein Ziel ohne Beschreibung
plan-missing-action = mindestens eine Aktion
plan-missing-action-what = eine Aktion ohne Beschreibung
plan-missing-action-owner = wer „{ $what }“ übernimmt
plan-missing-action-date = ein Datum für „{ $what }“
plan-missing-evaluation = Auswertungstermine
plan-missing-evaluation-count = genug Auswertungstermine: mindestens { $total } { $months ->
        [12] pro Jahr
        [one] in einem Monat
       *[other] in { $months } Monaten
    }, davon { $in_person } persönlich
plan-go-evaluations = Die Auswertungen planen
plan-sign-title = Bedenkzeit und Unterschrift
plan-reflection-hint = Die Person darf vor dem Unterschreiben { $days } Arbeitstage nachdenken.
plan-reflection-label = Bedenkzeit verlangt am
plan-reflection-until = Die Bedenkzeit läuft bis zum { $date }.
plan-signed-label = Unterschrieben am
plan-summary-title = Der ganze Plan

## Auswertungen
plan-schedule-title = Auswertungstermine
plan-schedule-rule = Mindestens { $count } pro Jahr, davon { $inperson } persönlich.
plan-schedule-needs-start = Füllen Sie zuerst das Anfangsdatum aus; dann können Termine vorgeschlagen werden.
plan-schedule-propose = Auswertungstermine vorschlagen
plan-schedule-remove = Entfernen
plan-schedule-remove-label = Entfernen: den Termin vom { $date }
plan-eval-status-done = hat stattgefunden
plan-eval-status-due = { $days ->
        [0] heute
        [one] in 1 Tag
       *[other] in { $days } Tagen
    }
plan-eval-status-overdue = { $days ->
        [one] 1 Tag zu spät
       *[other] { $days } Tage zu spät
    }
plan-eval-status-later = später
plan-record-title = Eine Auswertung festhalten
plan-eval-date = Datum
plan-eval-date-missing = Bitte geben Sie das Datum der Auswertung ein.
plan-eval-present = Wer war dabei
plan-eval-goal = Wie läuft „{ $goal }“?
plan-progress-not-started = Noch nicht begonnen
plan-progress-on-track = Auf gutem Weg
plan-progress-reached = Erreicht
plan-progress-adjusted = Angepasst
plan-progress-stopped = Gestoppt
plan-eval-changes = Was sich geändert hat
plan-eval-changes-hint = Zum Beispiel eine zusätzliche Vereinbarung oder vorläufig ein anderer Schwerpunkt.
plan-eval-rung = Platz auf der Leiter jetzt
plan-eval-rung-same = Keine Veränderung
plan-eval-save = Auswertung speichern
plan-history-title = Bisherige Auswertungen
plan-history-empty = Noch keine Auswertungen.
plan-eval-new-rung = Neuer Platz auf der Leiter: { $rung }
plan-eval-version = Der Plan zu diesem Zeitpunkt

plan-reflection-hint-calendar = Die Person darf vor dem Unterschreiben { $days } Kalendertage nachdenken.
plan-reflection-count-label = Bedenkzeit zählen in
plan-reflection-count-working = Arbeitstagen (Montag bis Freitag)
plan-reflection-count-calendar = Kalendertagen

## rules
plan-rights-meeting = Wenn Sie um ein Gespräch mit Ihrer Sozialarbeiterin oder Ihrem Sozialarbeiter bitten, hat das OCMW dafür { $meeting ->
        [one] einen Arbeitstag
       *[other] { $meeting } Arbeitstage
    } Zeit.
plan-rights-change = Sie dürfen jederzeit darum bitten, den Plan zu ändern.
plan-part-time-top-up = Arbeitet Teilzeit und bekommt ein ergänzendes Eingliederungseinkommen
plan-part-time-rule-label = Regel dieses OCMW bei Teilzeitarbeit mit ergänzendem Eingliederungseinkommen
plan-part-time-rule-required = Ein Plan ist Pflicht (wie beim OCMW Oostende)
plan-part-time-rule-optional = Ein Plan nur auf Wunsch (wie in den Brüsseler Leitfäden)
plan-ground-part-time = die Person Teilzeit arbeitet und ein ergänzendes Eingliederungseinkommen bekommt
plan-ground-studies = die Person mit Zustimmung des OCMW Vollzeit studiert
plan-mandate-exempted = Das OCMW hat eine Befreiung aus Gesundheits- oder Billigkeitsgründen beschlossen. Ein Plan ist weiter möglich, wenn die Person darum bittet.
plan-exemption-label = Befreiung durch das OCMW
plan-exemption-none = Keine Befreiung
plan-exemption-health = Aus Gesundheitsgründen
plan-exemption-equity = Aus Billigkeitsgründen
plan-exemption-date = Datum der Entscheidung
plan-exemption-reason = Begründung der Entscheidung
plan-exemption-date-missing = Das Datum der Entscheidung fehlt noch.
plan-exemption-reason-missing = Die Begründung der Entscheidung fehlt noch.
plan-exemption-ladder = Die Leiter zeigt diese Entscheidung beim Status befreit.
plan-reflection-waived-label = Die Person hat auf die Bedenkzeit verzichtet am
plan-reflection-waived-hint = Nur ausfüllen, wenn die Person selbst früher unterschreiben wollte.
plan-signed-inside-reflection = Der Plan wurde innerhalb der Bedenkzeit unterschrieben, und es steht nicht darin, dass die Person darauf verzichtet hat. Fragen Sie nach und halten Sie es fest, oder unterschreiben Sie nach der Bedenkzeit neu.
## evals
plan-eval-kind-in-person = persönlich
plan-eval-kind-written = schriftlich
plan-eval-kind-phone-or-video = per Telefon oder Video
plan-eval-kind-label = Wie fand die Auswertung statt
plan-eval-link = Welcher geplante Termin ist das
plan-eval-link-none = Kein geplanter Termin: eine zusätzliche Auswertung
plan-eval-kind-mismatch = Geplant als { $planned }, gehalten als { $held }. Sie zählt als { $held }.
plan-eval-date-future = Dieses Datum liegt nach heute. Wählen Sie den Tag, an dem die Auswertung stattfand.
plan-eval-rung-to-ladder = Ein neuer Platz kommt auch auf die Leiter, mit dem Datum dieser Auswertung.
plan-year-line = Jahr { $year } ({ $from } – { $until }): { $held } gehalten ({ $heldinperson } persönlich), noch { $planned } geplant ({ $plannedinperson } persönlich). Nötig: { $total }, davon { $inperson } persönlich.
plan-year-met = In Ordnung.
plan-year-on-track = Machbar mit dem, was geplant ist.
plan-year-short = Mit dem, was jetzt geplant ist, erreicht dieses Jahr das Minimum nicht. Planen Sie einen weiteren Termin.
plan-year-missed = Dieses Jahr ist vorbei und hat das Minimum nicht erreicht.
plan-eval-print = Bericht drucken
plan-rules-evals-title = Einstellungen der Auswertungen
plan-rules-link-margin = Eine Auswertung zählt für einen geplanten Termin bis so viele Tage später
plan-rules-link-margin-error = Wählen Sie eine Zahl von 0 bis { $max }.
plan-rules-short-year = Minimum für einen Plan oder einen Teil eines Jahres unter zwölf Monaten
plan-rules-short-year-proportional = im Verhältnis zu den Monaten (aufgerundet)
plan-rules-short-year-full-year = das volle Jahresminimum
## plan
plan-type-studies = Vollzeitstudium (Studenten-GPMI)
plan-orientations-label = Ausgerichtet auf (eines oder mehrere)
plan-present-name-interpreter = Name der dolmetschenden Person
plan-present-name-support = Name der Vertrauensperson
plan-studies-title = Studium
plan-studies-intro = Wer mit Zustimmung des ÖSHZ Vollzeit studiert, hat immer ein GPMI. Tragen Sie Schule, Studienrichtung und Dauer ein und was jede Seite verspricht.
plan-studies-school = Schule oder Hochschule
plan-studies-direction = Studienrichtung
plan-studies-duration = Dauer des Studiums
plan-studies-student = Die studierende Person verspricht,
plan-student-attend = den Unterricht zu besuchen
plan-student-exams = die Prüfungen abzulegen
plan-student-results = die Ergebnisse dem ÖSHZ zu geben
plan-student-holiday-job = in den Ferien für einen Studentenjob verfügbar zu sein, soweit das Studium es erlaubt
plan-studies-other = Andere Absprachen für die studierende Person
plan-studies-ocmw = Was das ÖSHZ verspricht (zum Beispiel welche Schulkosten es bezahlt)
plan-costs-title = Kosten, die das ÖSHZ bezahlt
plan-costs-intro = Für eine Ausbildung oder Aktivität: Welche Kosten übernimmt das ÖSHZ?
plan-cost-registration = Einschreibegebühr
plan-cost-insurance = Versicherung
plan-cost-work-clothes = Arbeitskleidung
plan-cost-travel = Fahrtkosten
plan-costs-other = Andere Kosten
plan-costs-none = Es fallen keine Kosten an
plan-explained-title = Erklärung für die Person
plan-explained-on = Inhalt, Tragweite und Folgen erklärt am { $date }
plan-explained-record = Ich habe den Plan heute erklärt
plan-end-title = Den Plan abschließen
plan-end-intro = Ein abgeschlossener Plan kann noch gelesen und gedruckt, aber nicht mehr geändert oder unterschrieben werden.
plan-end-kind = Wie der Plan endet
plan-end-successful = Erfolgreich: die Ziele sind erreicht
plan-end-early = Früher beendet
plan-end-right-ended = Das Recht auf soziale Eingliederung ist beendet
plan-end-date = Datum des Endes
plan-end-reason = Grund
plan-end-confirm = Plan abschließen
plan-end-need-kind = Wählen Sie, wie der Plan endet.
plan-end-need-date = Tragen Sie das Datum des Endes ein.
plan-end-need-reason = Schreiben Sie, warum der Plan früher endet.
plan-ended = Dieser Plan wurde am { $date } abgeschlossen: { $kind }.
plan-ended-hint = Sie können den Plan noch lesen und drucken. Ändern oder unterschreiben geht nicht mehr.
plan-move-title = Umzug zu einem anderen ÖSHZ
plan-move-ocmw = Das neue ÖSHZ
plan-move-consent = Die Person hat der Weitergabe der Akte zugestimmt am
plan-move-export = Akte für das neue ÖSHZ exportieren
plan-move-needs-consent = Tragen Sie das neue ÖSHZ und das Datum der Zustimmung ein. Ohne Zustimmung geben Sie die Akte nicht weiter.
plan-missing-studies = Schule, Studienrichtung und Dauer des Studiums
plan-missing-end = das Enddatum
plan-missing-end-order = ein Enddatum nach dem Anfangsdatum
plan-missing-domain = der Lebensbereich der Ziele
plan-missing-ocmw-commitment = was das ÖSHZ verspricht (eine Aktion des ÖSHZ oder was das ÖSHZ einbringt)
plan-missing-costs = welche Kosten das ÖSHZ bezahlt, oder dass keine anfallen
plan-missing-explained = das Datum, an dem Sie Inhalt, Tragweite und Folgen erklärt haben
plan-missing-explained-again = der Plan hat sich nach der Erklärung geändert: erklären Sie ihn noch einmal
plan-origin-catalogue-from = Angebot: { $offer } (aus { $catalogue }, Ausgabe { $edition })

## strength
plan-strength-label = Wer trägt das vor allem? (Kräftekompass)
plan-strength-client = Vor allem die Person selbst
plan-strength-network = Mit Hilfe des eigenen Umfelds
plan-strength-professional = Mit professioneller Hilfe
