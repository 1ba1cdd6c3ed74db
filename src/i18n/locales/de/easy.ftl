# Einfache Ansicht (leicht lesbar) für die Person: kurze Sätze, "Sie", ein Gedanke pro Satz, nie ein Befehl.
# easy-toggle und easy-toggle-hint stehen auf einem Bildschirm für die Fachkraft.

easy-toggle = Einfache Ansicht für die Klientin oder den Klienten
easy-toggle-hint = Eine Frage pro Bildschirm, größere Schrift und Knöpfe, kurze Sätze, Vorlesen, und das niederländische Wort unter dem Wort in der eigenen Sprache.
easy-badge = Einfache Ansicht
easy-read-aloud = Vorlesen
easy-no-voice = Dieses Tablet hat keine Stimme zum Vorlesen in dieser Sprache: { $language }.
easy-dutch-label = Auf Niederländisch:
easy-title = Wie geht es Ihnen?
easy-intro = Sie bekommen 18 Fragen. Immer eine Frage. Sie wählen eine Antwort. Alles wird gespeichert.
easy-progress = Frage { $current } von { $total }
easy-q-money = Wie geht es mit Geld?
easy-q-housing = Wie geht es mit Ihrer Wohnung?
easy-q-health = Wie geht es Ihrem Körper?
easy-q-mind = Wie fühlen Sie sich?
easy-q-addiction = Wie geht es mit Alkohol, Drogen oder Glücksspiel?
easy-q-family = Wie geht es mit der Sorge für Ihre Kinder oder Ihre Familie?
easy-q-childcare = Wie geht es mit der Betreuung für Ihre Kinder?
easy-q-safety = Wie sicher fühlen Sie sich zu Hause?
easy-q-network = Wie geht es mit Freunden und Familie?
easy-q-structure = Wie geht es mit Ihrem Tag: Aufstehen und Termine?
easy-q-daily = Wie geht es mit Kochen, Waschen und Putzen?
easy-q-dutch = Wie geht es mit Niederländisch?
easy-q-learning = Wie geht es mit Schule und Kursen?
easy-q-work = Wie geht es mit Arbeit?
easy-q-attitude = Wie fühlen Sie sich, wenn Sie an Arbeit oder eine Ausbildung denken?
easy-q-mobility = Wie geht es mit Bus, Zug oder Fahrrad?
easy-q-papers = Wie geht es mit Briefen und Papieren?
easy-q-digital = Wie geht es mit Handy und Computer?
easy-help = Ich möchte Hilfe.
easy-note-label = Möchten Sie etwas erzählen? Das dürfen Sie. Es muss nicht sein.
easy-skip = Später
easy-back = Zurück
easy-next = Weiter
easy-saved = Alles ist gespeichert. Sie können aufhören.
easy-skipped-note = Diese Frage hatten Sie zuerst übersprungen. Das ist in Ordnung.
easy-end-title = Fertig! Vielen Dank.
easy-end-body = Sie können immer zu einer Frage zurückgehen.
easy-end-open =
    { $count ->
        [one] Eine Frage ist noch offen.
       *[other] { $count } Fragen sind noch offen.
    }
easy-go-to = Zur Frage: { $domain }

## changes
easy-changes-title = Das ist neu seit dem { $date }
