# Trede: Deutsch. "OCMW" bleibt stehen (öffentliches Sozialhilfezentrum, ÖSHZ).
# Ton: einladend und respektvoll, keine Befehle. Die Person wird mit "Sie" angesprochen.

app-name = Trede
app-tagline = Gemeinsam hinschauen, gemeinsam planen
skip-to-content = Zum Inhalt springen
language-label = Sprache der Anzeige
privacy-line = Alles bleibt in diesem Browser auf diesem Gerät. Nichts wird an einen Server geschickt.
storage-persistent = Dieser Browser hat zugesagt, die Daten zu behalten, auch wenn das Gerät voll wird.
storage-best-effort = Dieser Browser kann die Daten löschen, wenn das Gerät voll wird oder die Seite lange nicht benutzt wird. Ein Export ist die sicherste Kopie.
update-ready = Eine neue Version von Trede ist bereit. Alles ist gespeichert.
update-apply = Jetzt aktualisieren
locale-failed = Die Übersetzung in { $language } konnte nicht geladen werden. Diese Bildschirme sind vorläufig auf Niederländisch.

## Datum
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Startseite
home-title = Akten auf diesem Gerät
home-count =
    { $count ->
        [0] Noch keine Akten auf diesem Gerät.
        [one] Eine Akte auf diesem Gerät.
       *[other] { $count } Akten auf diesem Gerät.
    }
home-empty-hint = Beginnen Sie mit einer neuen Akte: Nur ein Name ist nötig, den Rest füllen Sie gemeinsam aus.
new-dossier-title = Neue Akte
new-dossier-name-label = Name der Klientin oder des Klienten
new-dossier-name-hint = So, wie die Person genannt werden möchte. Keine Nationalregisternummer nötig.
new-dossier-button = Akte anlegen
dossier-created-on = Angelegt am { $date }
dossier-updated-on = Geändert am { $date }
open-button = Öffnen
rename-button = Umbenennen
delete-button = Löschen
save-button = Speichern
cancel-button = Abbrechen
rename-label = Neuer Name

## Akte
back-to-list = Alle Akten
dossier-heading = Akte von { $name }
client-lang-label = Sprache der Klientin oder des Klienten
client-lang-hint = Bildschirme, die die Person selbst ausfüllt, verwenden diese Sprache.
dossier-dates-title = Über diese Akte

view-overview = Übersicht
dossier-nav-label = Teile der Akte

## Bestätigen
confirm-delete-title = Akte löschen?
confirm-delete-body = Die Akte von { $name } wird von diesem Gerät gelöscht. Das kann nicht rückgängig gemacht werden.
confirm-delete-yes = Ja, löschen

## Fehler
error-name-empty = Bitte geben Sie einen Namen ein.
error-name-too-long = Dieser Name ist { $actual } Zeichen lang. Höchstens { $max } Zeichen.
unreadable-notice =
    { $count ->
        [one] Eine gespeicherte Akte konnte nicht gelesen werden. Sie bleibt unverändert auf diesem Gerät.
       *[other] { $count } gespeicherte Akten konnten nicht gelesen werden. Sie bleiben unverändert auf diesem Gerät.
    }
load-error-not-json = Die Daten sind beschädigt oder unvollständig.
load-error-no-version = Die Daten haben keine Versionsnummer.
load-error-too-new = Die Daten stammen aus einer neueren Version von Trede.
load-error-migration = Die Daten konnten nicht für diese Version umgewandelt werden.
load-error-invalid = Die Daten sind keine gültige Akte.
save-error-full = Der Speicher dieses Geräts ist voll. Die letzten Änderungen wurden nicht gespeichert, sind aber noch auf dem Bildschirm, solange diese Seite offen bleibt.
save-error-unavailable = Dieser Browser erlaubt nicht, Daten zu speichern. Änderungen bleiben nur erhalten, solange diese Seite offen ist.
save-error-other = Das Speichern ist fehlgeschlagen. Die Änderungen sind noch auf dem Bildschirm; wir versuchen es bei der nächsten Änderung noch einmal.

## Lebensbereiche
life-domain-money = Geld und Schulden
life-domain-housing = Wohnen
life-domain-health = Körperliche Gesundheit
life-domain-mind = Seelisches Wohlbefinden
life-domain-addiction = Sucht
life-domain-family = Familie und Betreuungsaufgaben
life-domain-childcare = Kinderbetreuung
life-domain-safety = Sicherheit zu Hause
life-domain-network = Menschen um mich herum
life-domain-structure = Tagesablauf
life-domain-daily = Alltag und Selbstversorgung
life-domain-dutch = Niederländisch
life-domain-learning = Ausbildung und Abschlüsse
life-domain-work = Arbeitserfahrung und Fähigkeiten
life-domain-attitude = Arbeitshaltung und Motivation
life-domain-mobility = Mobilität
life-domain-papers = Papiere und Aufenthalt
life-domain-digital = Digitale Fähigkeiten

## Partizipationsleiter
rung-1 = Kontakte beschränkt auf den häuslichen Kreis
rung-2 = Soziale Kontakte außer Haus
rung-3 = Arbeitsähnliche Tätigkeiten
rung-4 = Unbezahlte Arbeit
rung-5 = Bezahlte Arbeit mit Unterstützung
rung-6 = Bezahlte Arbeit

## Dateien und Ende des Gesprächs
device-tools-title = Dateien und dieses Gerät
export-button = Exportieren
import-button = Akte importieren
import-hint = Wählen Sie eine Datei, die mit Trede exportiert wurde (.json). Die Akten auf diesem Gerät bleiben, wie sie sind.
import-done = Die Akte von { $name } wurde importiert.
import-done-copy = Die Akte von { $name } wurde als Kopie importiert: Dieselbe Akte war schon auf diesem Gerät und bleibt unverändert.
import-failed = { $file } konnte nicht importiert werden. An den Akten auf diesem Gerät hat sich nichts geändert.
import-where = Zeile { $line }, Spalte { $column }
import-error-not-json = Diese Datei ist beschädigt oder unvollständig: Sie ist kein gültiges JSON.
import-error-too-deep = Diese Datei ist zu tief verschachtelt, um eine Akte zu sein.
import-error-too-large = Diese Datei ist größer als { $detail } MB. Eine Akte ist viel kleiner.
import-error-not-trede = Das ist keine Aktendatei von Trede.
import-error-encrypted = Diese Datei ist mit einem Passwortsatz verschlüsselt.
import-error-file-version = Diese Datei hat die Version { $detail }, die diese Version von Trede nicht kennt.
import-error-too-new = Diese Akte stammt aus einer neueren Version von Trede (Schema { $detail }). Bitte aktualisieren Sie zuerst Trede.
import-error-missing-field = Das Feld „{ $field }“ fehlt.
import-error-unknown-value = Der Wert „{ $detail }“ ist unbekannt.
import-error-wrong-type = Ein Feld hat die falsche Art von Wert, zum Beispiel eine Zahl, wo Text hingehört.
import-error-invalid = Die Akte in dieser Datei ist nicht gültig: { $detail }
import-error-bad-name = Der Name der Person in dieser Datei ist leer oder zu lang.
import-error-bad-id = Der Schlüssel der Akte in dieser Datei ist ungültig.
import-error-unreadable = Die Datei konnte nicht gelesen werden.
wipe-button = Ende des Gesprächs: alles löschen
wipe-title = Alle Akten von diesem Gerät löschen?
wipe-body =
    { $count ->
        [one] Die Akte unten wird von diesem Gerät gelöscht.
       *[other] Die { $count } Akten unten werden von diesem Gerät gelöscht.
    } Das kann nicht rückgängig gemacht werden. Möchten Sie zuerst einen Export machen?
wipe-confirm = Alles löschen

## Passwortsätze und Verschlüsselung
passphrase-label = Passwortsatz
passphrase-repeat-label = Passwortsatz wiederholen
passphrase-cannot-recover = Merken Sie sich diesen Passwortsatz gut: Wenn er vergessen wird, kann niemand mehr die Daten öffnen. Auch das OCMW nicht.
passphrase-encrypt-choice = Mit einem Passwortsatz verschlüsseln (empfohlen)
passphrase-too-short = Bitte wählen Sie einen Passwortsatz mit mindestens 12 Zeichen. Drei oder vier lose Wörter merkt man sich leicht, zum Beispiel: „blaues Fahrrad Leuchtturm Suppe“.
passphrase-empty = Bitte geben Sie den Passwortsatz ein.
passphrase-mismatch = Die beiden Passwortsätze sind nicht gleich.
passphrase-working = Einen Moment bitte…
export-title = Akte exportieren
export-intro = Sie erstellen eine Datei mit dieser Akte. Mit einem Passwortsatz kann nur jemand, der ihn kennt, die Datei öffnen.
export-make-file = Datei erstellen
import-passphrase-title = Verschlüsselte Datei öffnen
import-passphrase-intro = { $file } ist verschlüsselt. Bitte geben Sie den Passwortsatz ein, mit dem die Datei erstellt wurde.
import-passphrase-open = Öffnen
crypto-error-wrong-passphrase = Dieser Passwortsatz stimmt nicht. Bitte versuchen Sie es noch einmal.
crypto-error-tampered = Der Passwortsatz stimmt, aber die Datei wurde verändert oder ist beschädigt. Sie wird nicht geöffnet.
crypto-error-unavailable = Dieser Browser kann hier nicht verschlüsseln. Öffnen Sie Trede über https oder direkt auf diesem Gerät.
crypto-error-malformed = Diese verschlüsselte Datei ist unvollständig oder beschädigt.

## Sperren
lock-title = Sperren
lock-off = Diese Akte ist nicht gesperrt. Mit einem Passwortsatz wird sie nur verschlüsselt gespeichert, und nur wer den Passwortsatz kennt, kann sie öffnen.
lock-on = Diese Akte ist gesperrt: Sie ist auf diesem Gerät nur verschlüsselt gespeichert.
lock-set = Mit einem Passwortsatz sperren
lock-intro = Wählen Sie einen Passwortsatz für diese Akte. Ohne ihn kann niemand sie auf diesem Gerät mehr öffnen.
lock-now = Jetzt sperren
lock-remove = Sperre aufheben
lock-idle-label = Automatisch sperren nach
lock-idle-minutes = { $minutes } Minuten ohne Benutzung
locked-dossier-name = Gesperrte Akte { $number }
locked-dossier-hint = Name und Inhalt sind verschlüsselt. Entsperren Sie die Akte mit dem Passwortsatz.
unlock-button = Entsperren
unlock-title = Akte entsperren
unlock-intro = Bitte geben Sie den Passwortsatz dieser Akte ein.

tab-conflict = Die Akte von { $name } wurde gleichzeitig in einem anderen Fenster geändert. Nichts ist verloren: Die Version aus dem anderen Fenster steht jetzt als eigene Akte in der Liste.
notice-understood = Verstanden
save-error-export = Diese Akte jetzt exportieren
save-error-export-hint = Öffnen Sie eine Akte und exportieren Sie sie, um sie aufzubewahren.

## rules
rung-1-definition = Soziale Kontakte sind wichtig, finden aber vor allem zu Hause und im nahen Umfeld statt: Haushalt, nahe Familie, Hilfs- und Pflegekräfte, auch in einer Pflege- oder Wohlfahrtseinrichtung, in der jemand lebt.
rung-2-definition = Kontakte außer Haus und Teilnahme an organisierten Aktivitäten, etwa in einem Verein, einem Dienstleistungszentrum oder einer Armutsorganisation: Menschen treffen und etwas Sinnvolles tun.
rung-3-definition = Arbeitsähnliche Aufgaben unter Anleitung, zusammen mit Unterstützung für Wohlbefinden und Pflege. Bezahlte Arbeit ist mittelfristig noch nicht möglich.
rung-4-definition = Ein vorübergehender Schritt ohne Arbeitsvertrag: Erfahrung und Fähigkeiten sammeln, mit Begleitung bei Arbeit, Wohlbefinden und Pflege, um später auf Stufe 5 oder 6 zu wechseln.
rung-5-definition = Bezahlte Arbeit mit persönlicher Unterstützung, weil etwas dem ganz selbstständigen Arbeiten noch im Weg steht. Der Arbeitgeber erhält einen Ausgleich für diese zusätzliche Unterstützung.
rung-6-definition = Arbeit in der regulären Wirtschaft, ohne besondere Unterstützung oder Begleitung. Die meisten Arbeitnehmer und Selbstständigen sind hier.
## guard
import-error-implausible = Die Akte in dieser Datei enthält einen Wert, den keine echte Akte hat (bei „{ $field }“): Die Datei ist beschädigt oder wurde nicht von Trede erstellt. Es wurde nichts hinzugefügt.
load-error-implausible = Die Daten enthalten einen Wert, den keine echte Akte hat: Sie sind beschädigt oder wurden nicht von Trede geschrieben.
wipe-cannot-erase = Was die App schon verlassen hat, kann Trede nicht löschen: Exportierte Dateien, gedruckte Seiten und PDFs bleiben in „Downloads“, beim Drucker oder dort, wo sie geteilt wurden. Löschen Sie diese selbst.
wipe-done = Alles, was Trede auf diesem Gerät gespeichert hatte, ist gelöscht. Geprüft: Es ist nichts übrig.
wipe-incomplete = Nicht alles konnte gelöscht werden. Das ist übrig. Schließen Sie alle Fenster von Trede und löschen Sie die Daten dieser Website in den Einstellungen des Browsers.
lock-when-hidden = Auf diesem Gerät jede gesperrte Akte sofort schließen, sobald der Tab verborgen ist oder der Bildschirm ausgeht

## turn
turn-start = Tablet an Klient/in geben
turn-nav-label = Ihre Seiten
turn-plan = Den Plan lesen
turn-print-copy = Meine Kopie drucken
turn-hold-return = Sozialarbeiter/in: 2 Sekunden gedrückt halten, um das Tablet zurückzunehmen
turn-returned = Das Tablet ist wieder bei Ihnen. Alles, was Klient/in eingegeben hat, ist gespeichert.
turn-note-unreviewed = Dies ist eine Hilfsübersetzung. Noch niemand mit dieser Muttersprache hat sie geprüft. Es gilt der niederländische Text.
turn-note-reviewed = Dies ist eine Hilfsübersetzung, geprüft von jemandem mit dieser Muttersprache. Es gilt der niederländische Text.
home-search-label = Nach Namen suchen
home-sort-label = Reihenfolge
home-sort-newest = Neueste zuerst
home-sort-name = Name (A–Z)
home-sort-changed = Zuletzt geändert zuerst
home-search-none = Keine Akte mit diesem Namen.
## store
save-status-saving = Wird gespeichert…
save-status-saved = Alles ist auf diesem Gerät gespeichert.
storage-room = { $used } auf diesem Gerät belegt, noch { $free } frei.
## The example on the home screen
plan-example-title = Ein Beispiel ansehen
plan-example-text = Eine erfundene Person mit einem fertigen Plan und einer Auswertung. Nichts davon ist echt.
plan-example-button = Beispiel ansehen
plan-example-badge = Beispiel: keine echte Person
