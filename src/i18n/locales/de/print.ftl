# Trede: Unterschreiben und Drucken (Deutsch)
# Verbindlich ist nur der niederländische Text des Plans. Ton: einfache Wörter, ehrlich, ohne Drohung.
# Die Klientin oder der Klient wird mit "Sie" angesprochen, wie in den anderen Dateien.

sign-view = Unterschreiben
print-view = Drucken

## Unterschreiben
sign-title = Den Plan unterschreiben
sign-intro = Lesen Sie den Plan zuerst gemeinsam durch. Alle, die mitmachen, unterschreiben hier auf dem Tablet, genau wie auf Papier: mit dem Finger, einem Stift oder der Maus.
sign-reflection = Möchte die Klientin oder der Klient zuerst nachdenken? Dann drucken Sie einen Entwurf zum Mitnehmen aus. Unterschreiben geht auch später.
sign-fingerprint = Digitaler Fingerabdruck dieser Version
sign-fingerprint-hint = Dieser Code gehört genau zu diesem Text. Ändert sich etwas am Plan, ändert sich auch der Code.
sign-state-unsigned = Noch niemand hat diese Version des Plans unterschrieben.
sign-state-partly = Es fehlt noch die Unterschrift von: { $names }
sign-state-complete = Alle, die unterschreiben müssen, haben unterschrieben.
sign-outdated = Der Plan wurde nach dem Unterschreiben geändert. Diese Unterschriften gehören zu einer früheren Version; Sie können sie weiterhin lesen und drucken. Diese Version muss neu unterschrieben werden.
sign-not-ready = Der Plan ist noch nicht ganz bereit zum Unterschreiben. Unter „Durchlesen“ steht, was noch fehlt.
sign-go-review = Zu „Durchlesen“
sign-go-print = Zur Druckvorschau
sign-parties-title = Wer unterschreibt
sign-present-title = Auch anwesend (Unterschreiben ist keine Pflicht)
sign-as-party = Unterschreibt als Partei
sign-as-present = Unterschreibt als anwesende Person, nicht als Partei
sign-role-client = Klient/in
sign-role-worker = Sozialarbeiter/in, im Namen des OCMW
sign-role-third = Partner
sign-role-interpreter = Dolmetscher/in
sign-role-support = Vertrauensperson
sign-start = Unterschreiben
sign-again = Neu unterschreiben
sign-withdraw = Unterschrift entfernen
sign-signed = Unterschrieben am { $date }
sign-signed-at = Unterschrieben am { $date } in { $place }
sign-not-signed = Noch nicht unterschrieben
sign-earlier-title = Früher unterschriebene Versionen
sign-earlier-item = Version { $fingerprint }, unterschrieben von { $names }
sign-show-version = Diese Version ansehen

## Das Unterschriftsfeld
pad-area = Feld zum Unterschreiben
pad-hint = Unterschreiben Sie im Feld mit dem Finger, einem Stift oder der Maus.
pad-empty = Das Feld ist noch leer.
pad-drawn = Im Feld steht eine Unterschrift.
pad-undo = Letzten Strich entfernen
pad-clear = Alles löschen
pad-name = Name
pad-date = Datum
pad-place = Ort
pad-save = Unterschrift speichern
pad-cancel = Abbrechen
sign-problem-name = Bitte geben Sie den Namen ein.
sign-problem-strokes = Bitte unterschreiben Sie zuerst im Feld.
sign-problem-too-long = Diese Unterschrift ist zu lang. Bitte löschen Sie sie und unterschreiben Sie etwas einfacher.
sign-problem-unknown = Dieser Partner steht nicht mehr im Plan.

## Drucken
print-title = Drucken
print-intro = Der Plan auf A4, zum Mitgeben oder zum Unterschreiben auf Papier. Drucken geht auch ohne Internet; wählen Sie „Als PDF speichern“, um eine Datei zu erhalten.
print-version-label = Welche Version
print-version-current = Der Plan, wie er jetzt ist
print-version-round = Unterschriebene Version { $fingerprint }
print-both = Drucken (Niederländisch + { $lang })
print-client = Exemplar für Klient/in drucken (nur { $lang })
print-dutch = Drucken (Niederländisch)
print-mode-label = Was Sie sehen
print-mode-both = Niederländisch mit Hilfsübersetzung
print-mode-client = Exemplar für Klient/in
print-no-translation = Für { $lang } gibt es noch keine Übersetzung. Der Plan wird auf Niederländisch gedruckt.
print-preview-label = Druckvorschau

## Der gedruckte Plan
doc-title = Individualisiertes Projekt zur sozialen Eingliederung (GPMI)
doc-subtitle = Eine Vereinbarung zwischen der Klientin oder dem Klienten und dem OCMW
doc-binding-note = Hilfsübersetzung. Verbindlich ist nur der niederländische Text.
doc-copy-note = Dies ist eine Hilfsübersetzung für die Klientin oder den Klienten. Verbindlich ist nur der niederländische Text.
doc-draft = ENTWURF
doc-draft-note = Entwurf: noch nicht von allen unterschrieben.
doc-earlier-note = Dies ist eine früher unterschriebene Version. Der Plan wurde danach geändert.
doc-not-set = nicht ausgefüllt
doc-facts = Angaben
doc-ocmw = OCMW
doc-client = Klient/in
doc-worker = Sozialarbeiter/in
doc-type = Art des Plans
doc-type-employment = Mit Ziel Arbeit
doc-type-training = Mit Ziel Ausbildung oder Studium
doc-type-activation = Soziale Aktivierung
doc-period = Laufzeit
doc-decision = Entscheidung über das Leefloon (Eingliederungseinkommen)
doc-partners = Partner
doc-support = An der Seite der Klientin oder des Klienten
doc-topics = Die Geschichte der Klientin oder des Klienten
doc-topic-needs = Was die Klientin oder der Klient braucht
doc-topic-challenges = Was jetzt schwer ist
doc-topic-goals = Was die Klientin oder der Klient erreichen oder vermeiden möchte
doc-topic-future = Wie die Klientin oder der Klient die Zukunft sieht
doc-topic-role = Welche Rolle die Klientin oder der Klient unter anderen Menschen haben möchte
doc-goals = Ziele
doc-goal-domain = Lebensbereich
doc-goal-period = Zeitraum
doc-goal-why = Warum das zählt
doc-actions = Aktionen
doc-col-what = Was
doc-col-who = Wer
doc-col-due = Bis wann
doc-col-evidence = Woran wir sehen, dass es passiert ist
doc-who-client = Klient/in
doc-who-ocmw = Das OCMW
doc-who-third = Partner
doc-who-nobody = noch niemand
doc-origin-catalogue = Angebot des OCMW
doc-questions = Der Aktionsplan
doc-question-client-will-do = Was tut die Klientin oder der Klient, um die Ziele zu erreichen?
doc-question-client-expects = Was erwartet die Klientin oder der Klient vom OCMW?
doc-question-ocmw-expects = Was erwartet das OCMW von der Klientin oder dem Klienten?
doc-means = Was jede Seite einbringt
doc-means-client = Klient/in
doc-means-ocmw = Das OCMW
doc-means-others = Partner
doc-evaluations = Wann wir gemeinsam zurückschauen
doc-evaluations-rule = Mindestens { $count }-mal im Jahr, davon mindestens { $inperson }-mal persönlich.
doc-eval-in-person = persönlich
doc-eval-remote = per Telefon oder Video
doc-signatures = Unterschriften
doc-signatures-intro = Mit ihrer Unterschrift stimmen die Parteien diesem Plan zu. Eine Dolmetscherin, ein Dolmetscher oder eine Vertrauensperson unterschreibt als anwesende Person, nicht als Partei.
doc-fingerprint = Digitaler Fingerabdruck des unterschriebenen Textes (SHA-256)
doc-sign-name = Name
doc-sign-date = Datum
doc-sign-place = Ort

## Rechte und Pflichten, in einfachen Worten
rights-title = Rechte und Pflichten
rights-agreement = Dieser Plan ist eine Vereinbarung zwischen Ihnen und dem OCMW. Sie haben ihn gemeinsam geschrieben. Mit der Unterschrift versprechen Sie und das OCMW beide, das zu tun, was darin steht.
rights-client = Was Sie tun: Sie erledigen die Aktionen, bei denen Ihr Name steht, Sie kommen zu den Terminen, und Sie sagen rechtzeitig Bescheid, wenn etwas nicht klappt.
rights-ocmw = Was das OCMW tut: Es hilft Ihnen so, wie es in diesem Plan steht, und erledigt die Aktionen, bei denen das OCMW steht. Es schaut sich den Plan mindestens { $evaluations ->
        [one] einmal
       *[other] { $evaluations }-mal
    } im Jahr gemeinsam mit Ihnen an, davon mindestens { $in_person ->
        [one] einmal
       *[other] { $in_person }-mal
    } in einem persönlichen Gespräch.
rights-change = Der Plan kann sich ändern, wenn sich Ihr Leben ändert. Sie und das OCMW dürfen jederzeit darum bitten, ihn anzupassen. Ein geänderter Plan wird neu unterschrieben.
rights-reflection = Bevor Sie unterschreiben, können Sie { $reflection ->
        [one] einen Tag
       *[other] { $reflection } Tage
    } Bedenkzeit verlangen und den Entwurf mit nach Hause nehmen. Sie dürfen eine Person Ihrer Wahl mitbringen.
rights-not-kept = Wenn eine Vereinbarung ohne guten Grund nicht eingehalten wird, kann das Eingliederungseinkommen ganz oder teilweise ausgesetzt werden: höchstens { $sanction ->
        [one] einen Monat
       *[other] { $sanction } Monate
    } lang, oder höchstens { $repeat ->
        [one] einen Monat
       *[other] { $repeat } Monate
    } lang, wenn es innerhalb eines Jahres wieder geschieht. Das geschieht nie ohne Warnung: Zuerst bekommen Sie einen Einschreibebrief.
rights-heard = Sie haben das Recht, angehört zu werden. Bevor eine Entscheidung fällt, dürfen Sie Ihre Sicht erzählen, und Sie dürfen jemanden mitbringen, der Ihnen hilft.
rights-no-sanction = Es gibt keine Sanktion, wenn Sie einen guten Grund hatten oder wenn das OCMW seine eigenen Vereinbarungen aus diesem Plan nicht eingehalten hat.
rights-interpreter = Wenn Sie das Gespräch oder diesen Plan nicht gut verstehen, dürfen Sie um eine Dolmetscherin oder einen Dolmetscher bitten.
rights-copy = Sie bekommen eine Kopie dieses Plans. Als Hilfe können Sie ihn auch in Ihrer eigenen Sprache bekommen; verbindlich ist nur der niederländische Text.
rights-appeal = Wenn Sie mit einer Entscheidung des OCMW nicht einverstanden sind, können Sie beim Arbeitsgericht Einspruch einlegen. Dafür haben Sie { $appeal ->
        [one] einen Monat
       *[other] { $appeal } Monate
    } Zeit, ab dem Tag, an dem Ihnen die Entscheidung mitgeteilt wurde.

pad-typed = Ich kann nicht von Hand unterschreiben: Mein getippter Name gilt als Unterschrift
pad-typed-hint = Für Personen, die nicht von Hand unterschreiben können. Der Name unten steht dann im Feld für die Unterschrift.

## rules
rights-meeting = Wenn Sie um ein Gespräch mit Ihrer Sozialarbeiterin oder Ihrem Sozialarbeiter bitten, hat das OCMW dafür { $meeting ->
        [one] einen Arbeitstag
       *[other] { $meeting } Arbeitstage
    } Zeit.
doc-reflection = Bedenkzeit
doc-reflection-until = läuft bis einschließlich
doc-reflection-waived = die Person hat darauf verzichtet am
sign-inside-reflection = Die Bedenkzeit läuft bis einschließlich { $date }. Wer heute unterschreibt, unterschreibt innerhalb der Bedenkzeit. Das geht nur, wenn die Person selbst darauf verzichtet: Halten Sie das dann im Plan fest.
## evals
doc-eval-written = schriftlich
eval-report-title = Bericht über eine Auswertung des GPMI
eval-report-kind = Wie
eval-report-present = Anwesend
eval-report-fulfils = Geplanter Termin
eval-report-extra = Eine zusätzliche Auswertung, außerhalb der geplanten Termine
eval-report-rung = Platz auf der Teilhabeleiter
eval-report-rung-same = Keine Änderung
eval-report-next = Nächste Auswertung
eval-report-next-none = Noch kein nächster Termin geplant
eval-report-goals = Wie es mit den Zielen steht
eval-report-notes = Was sich änderte:
eval-report-actions = Die Aktionen und wie weit sie sind
eval-report-col-status = Stand
eval-report-changes = Hinzugefügt oder geändert seit der vorigen Fassung
eval-report-no-changes = Keine Ziele oder Aktionen hinzugefügt, geändert oder gestrichen.
eval-report-change-goal-added = Neues Ziel
eval-report-change-goal-changed = Ziel geändert
eval-report-change-goal-removed = Ziel gestrichen
eval-report-change-action-added = Neue Aktion
eval-report-change-action-changed = Aktion geändert
eval-report-change-action-removed = Aktion gestrichen
eval-report-signatures = Unterschreiben ist nicht Pflicht. Eine Unterschrift bestätigt, dass dieser Bericht stimmt.
eval-report-fingerprint = Fingerabdruck dieses Berichts (SHA-256)
## plan
doc-contract = Was das ÖSHZ übernimmt
doc-ocmw-actions = Aktionen des ÖSHZ
doc-domains = Tätigkeitsbereiche
doc-ended = Abgeschlossen
doc-moved = Akte weitergegeben an
sign-ended = Dieser Plan ist abgeschlossen. Er kann nicht mehr unterschrieben werden.

## turn
doc-review-no = Die Übersetzung wurde noch von niemandem mit dieser Muttersprache geprüft.
doc-review-yes = Die Übersetzung wurde von jemandem mit dieser Muttersprache geprüft.

## turn2
sign-binding-dutch = Verbindlicher Text, auf Niederländisch:

## changes
changes-title = Was hat sich seit der Fassung vom { $date } geändert?
changes-intro = Lesen Sie das gemeinsam, bevor Sie erneut unterschreiben. Nur was hier steht, ist anders als in der schon unterschriebenen Fassung.
changes-now = jetzt:
changes-was = vorher:
changes-goal-added = Neues Ziel
changes-goal-removed = Ziel gestrichen
changes-goal-changed = Ziel geändert
changes-goal-period = Anderer Zeitraum für das Ziel
changes-action-added = Neue Maßnahme
changes-action-removed = Maßnahme gestrichen
changes-action-what = Maßnahme anders formuliert
changes-action-who = Jemand anderes übernimmt die Maßnahme
changes-action-due = Anderes Datum für die Maßnahme
changes-action-changed = Maßnahme geändert
changes-date-decision = Anderes Datum der Entscheidung
changes-date-start = Der Plan beginnt an einem anderen Tag
changes-date-end = Der Plan endet an einem anderen Tag
changes-evaluation-added = Neuer Bewertungstermin
changes-evaluation-removed = Bewertungstermin gestrichen
changes-evaluation-changed = Bewertungstermin in anderer Form
changes-rung = Neue Stufe auf der Leiter
changes-part-basics = Geändert: Art des Plans, OCMW, Sozialarbeiter oder Name
changes-part-partners = Geändert: die Partner und ihre Aufgaben
changes-part-present = Geändert: Dolmetscher oder Vertrauensperson
changes-part-topics = Geändert: worüber wir gesprochen haben
changes-part-agreements = Geändert: die Vereinbarungen und was jede Seite einbringt
changes-part-contract = Geändert: Studium oder Kosten, die das OCMW zahlt
changes-part-evaluation-rule = Geändert: wie viele Bewertungen pro Jahr
changes-part-other = Geändert: ein anderer Teil des Plans
doc-changes-title = Anhang: was sich seit der Fassung vom { $date } geändert hat
doc-changes-old = Digitaler Fingerabdruck der vorigen Fassung:
doc-changes-new = Digitaler Fingerabdruck dieser Fassung:
doc-strength = Kraft
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Zusammenfassung für die Akte
case-file-intro = Der Plan als reiner Text auf Niederländisch, in der Reihenfolge des GPMI-Formulars des ÖPD SI, zur Übernahme in die Registrierungssoftware. Nur was im unterschriebenen Plan steht: Notizen außerhalb bleiben weg.
case-file-intro-evaluation = Diese Auswertung als reiner Text auf Niederländisch, zur Übernahme in die Registrierungssoftware. Notizen außerhalb des Plans bleiben weg.
case-file-show = Zusammenfassung zeigen
case-file-hide = Zusammenfassung ausblenden
case-file-copy = Kopieren
case-file-preview-label = Zusammenfassung, wie sie kopiert wird
case-file-copied = Kopiert. Fügen Sie den Text in die Registrierungssoftware ein.
case-file-downloaded = Die Zwischenablage ist nicht verfügbar. Der Text wurde als { $file } heruntergeladen.
