# Trede: ondertekenen en afdrukken (Nederlands)
# De Nederlandse tekst van het plan is de bindende tekst. Toon: gewone woorden, eerlijk, zonder dreiging.

sign-view = Ondertekenen
print-view = Afdrukken

## Ondertekenen
sign-title = Het plan ondertekenen
sign-intro = Lees het plan eerst samen na. Wie meedoet, tekent hier op de tablet, net als op papier: met de vinger, een pen of de muis.
sign-reflection = Wil de cliënt eerst nadenken? Druk dan een ontwerp af om mee naar huis te nemen. Tekenen kan later.
sign-fingerprint = Vingerafdruk van deze versie
sign-fingerprint-hint = Deze code hoort bij precies deze tekst. Verandert er iets in het plan, dan verandert ook de code.
sign-state-unsigned = Nog niemand tekende deze versie van het plan.
sign-state-partly = Nog te tekenen door: { $names }
sign-state-complete = Iedereen die moet tekenen, heeft getekend.
sign-outdated = Het plan veranderde nadat er getekend werd. Die handtekeningen horen bij een eerdere versie; je kan ze nog lezen en afdrukken. Deze versie moet opnieuw getekend worden.
sign-not-ready = Het plan is nog niet helemaal klaar om te tekenen. Bij ‘Nalezen’ staat wat nog ontbreekt.
sign-go-review = Naar ‘Nalezen’
sign-go-print = Naar het afdrukvoorbeeld
sign-parties-title = Wie tekent
sign-present-title = Ook aanwezig (tekenen is niet verplicht)
sign-as-party = Tekent als partij
sign-as-present = Tekent als aanwezige, niet als partij
sign-role-client = De cliënt
sign-role-worker = De maatschappelijk werker, voor het OCMW
sign-role-third = Partner
sign-role-interpreter = Tolk
sign-role-support = Vertrouwenspersoon
sign-start = Tekenen
sign-again = Opnieuw tekenen
sign-withdraw = Handtekening weghalen
sign-signed = Getekend op { $date }
sign-signed-at = Getekend op { $date } in { $place }
sign-not-signed = Nog niet getekend
sign-earlier-title = Eerder getekende versies
sign-earlier-item = Versie { $fingerprint }, getekend door { $names }
sign-show-version = Deze versie bekijken

## Het tekenvak
pad-area = Vak om te tekenen
pad-hint = Teken in het vak met je vinger, een pen of de muis.
pad-empty = Er is nog niets getekend.
pad-drawn = Er staat een handtekening in het vak.
pad-undo = Laatste lijn weg
pad-clear = Alles wissen
pad-name = Naam
pad-date = Datum
pad-place = Plaats
pad-save = Handtekening bewaren
pad-cancel = Annuleren
sign-problem-name = Vul de naam in.
sign-problem-strokes = Teken eerst in het vak.
sign-problem-too-long = Deze handtekening is te lang. Wis ze en teken ze iets eenvoudiger.
sign-problem-unknown = Deze partner staat niet meer in het plan.

## Afdrukken
print-title = Afdrukken
print-intro = Het plan op A4, om mee te geven of op papier te tekenen. Afdrukken werkt ook zonder internet; kies ‘Opslaan als PDF’ voor een bestand.
print-version-label = Welke versie
print-version-current = Het plan zoals het nu is
print-version-round = Getekende versie { $fingerprint }
print-both = Afdrukken (Nederlands + { $lang })
print-client = Kopie voor de cliënt afdrukken (alleen { $lang })
print-dutch = Afdrukken (Nederlands)
print-mode-label = Wat je ziet
print-mode-both = Nederlands met hulpvertaling
print-mode-client = Kopie voor de cliënt
print-no-translation = Voor { $lang } is er nog geen vertaling. Het plan wordt in het Nederlands afgedrukt.
print-preview-label = Afdrukvoorbeeld

## Het afgedrukte plan
doc-title = Geïndividualiseerd project voor maatschappelijke integratie (GPMI)
doc-subtitle = Een afspraak tussen de cliënt en het OCMW
doc-binding-note = Hulpvertaling. De Nederlandse tekst is de bindende tekst.
doc-copy-note = Dit is een hulpvertaling voor de cliënt. De Nederlandse tekst is de bindende tekst.
doc-draft = ONTWERP
doc-draft-note = Ontwerp: nog niet door iedereen getekend.
doc-earlier-note = Dit is een eerder getekende versie. Het plan veranderde daarna.
doc-not-set = niet ingevuld
doc-facts = Gegevens
doc-ocmw = OCMW
doc-client = Cliënt
doc-worker = Maatschappelijk werker
doc-type = Soort plan
doc-type-employment = Gericht op werk
doc-type-training = Gericht op opleiding of studie
doc-type-activation = Sociale activering
doc-period = Looptijd
doc-decision = Beslissing over het leefloon
doc-partners = Partners
doc-support = Naast de cliënt
doc-topics = Het verhaal van de cliënt
doc-topic-needs = Wat de cliënt nodig heeft
doc-topic-challenges = Wat nu moeilijk is
doc-topic-goals = Wat de cliënt wil bereiken of vermijden
doc-topic-future = Hoe de cliënt de toekomst ziet
doc-topic-role = De rol die de cliënt wil hebben tussen andere mensen
doc-goals = Doelen
doc-goal-domain = Levensdomein
doc-goal-period = Periode
doc-goal-why = Waarom dit telt
doc-actions = Acties
doc-col-what = Wat
doc-col-who = Wie
doc-col-due = Tegen wanneer
doc-col-evidence = Hoe we zien dat het gebeurd is
doc-who-client = De cliënt
doc-who-ocmw = Het OCMW
doc-who-third = Partner
doc-who-nobody = nog niemand
doc-origin-catalogue = Aanbod van het OCMW
doc-questions = Het actieplan
doc-question-client-will-do = Wat doet de cliënt om de doelen te bereiken?
doc-question-client-expects = Wat verwacht de cliënt van het OCMW?
doc-question-ocmw-expects = Wat verwacht het OCMW van de cliënt?
doc-means = Wat elke kant inbrengt
doc-means-client = De cliënt
doc-means-ocmw = Het OCMW
doc-means-others = Partners
doc-evaluations = Wanneer we samen terugkijken
doc-evaluations-rule = Per jaar minstens { $count } keer, waarvan minstens { $inperson } keer van persoon tot persoon.
doc-eval-in-person = van persoon tot persoon
doc-eval-remote = telefonisch of met video
doc-signatures = Handtekeningen
doc-signatures-intro = Met hun handtekening gaan de partijen akkoord met dit plan. Een tolk of vertrouwenspersoon tekent als aanwezige, niet als partij.
doc-fingerprint = Vingerafdruk van de getekende tekst (SHA-256)
doc-sign-name = Naam
doc-sign-date = Datum
doc-sign-place = Plaats

## Rechten en plichten, in gewone woorden
rights-title = Rechten en plichten
rights-agreement = Dit plan is een afspraak tussen jou en het OCMW. Jullie hebben het samen geschreven. Met jullie handtekening beloven jullie allebei te doen wat erin staat.
rights-client = Wat jij doet: je doet de acties die bij jou staan, je komt naar de afspraken, en je laat het op tijd weten als iets niet lukt.
rights-ocmw = Wat het OCMW doet: het helpt je zoals in dit plan staat en doet de acties die bij het OCMW staan. Het bekijkt het plan minstens { $evaluations ->
        [one] één keer
       *[other] { $evaluations } keer
    } per jaar samen met jou, waarvan minstens { $in_person ->
        [one] één keer
       *[other] { $in_person } keer
    } in een gesprek van persoon tot persoon.
rights-change = Het plan kan veranderen als je leven verandert. Jij en het OCMW mogen op elk moment vragen om het aan te passen. Een veranderd plan wordt opnieuw getekend.
rights-reflection = Voor je tekent, mag je { $reflection ->
        [one] één dag
       *[other] { $reflection } dagen
    } bedenktijd vragen en het ontwerp mee naar huis nemen. Je mag iemand meebrengen die je zelf kiest.
rights-not-kept = Als een afspraak zonder goede reden niet gebeurt, kan het leefloon helemaal of voor een deel geschorst worden: hoogstens { $sanction ->
        [one] één maand
       *[other] { $sanction } maanden
    }, of hoogstens { $repeat ->
        [one] één maand
       *[other] { $repeat } maanden
    } als het binnen een jaar opnieuw gebeurt. Dat gebeurt nooit zonder waarschuwing: eerst krijg je een aangetekende brief.
rights-heard = Je hebt het recht om gehoord te worden. Voor er een beslissing valt, mag je je verhaal doen, en je mag iemand meebrengen om je te helpen.
rights-no-sanction = Er komt geen sanctie als je een goede reden had, of als het OCMW zijn eigen afspraken uit dit plan niet nakwam.
rights-interpreter = Begrijp je het gesprek of dit plan niet goed, dan mag je om een tolk vragen.
rights-copy = Je krijgt een kopie van dit plan. Als hulp kan je het ook in je eigen taal krijgen; de Nederlandse tekst is de bindende tekst.
rights-appeal = Ben je het niet eens met een beslissing van het OCMW, dan kan je in beroep gaan bij de arbeidsrechtbank. Daarvoor heb je { $appeal ->
        [one] één maand
       *[other] { $appeal } maanden
    } vanaf de dag dat de beslissing je meegedeeld werd.

pad-typed = Ik kan niet tekenen: mijn getypte naam geldt als handtekening
pad-typed-hint = Voor wie niet met de hand kan tekenen. De naam hieronder komt dan in het vak van de handtekening.

## rules
rights-meeting = Vraag je een gesprek met je maatschappelijk werker, dan moet dat gesprek er komen binnen { $meeting ->
        [one] één werkdag
       *[other] { $meeting } werkdagen
    }.
doc-reflection = Bedenktijd
doc-reflection-until = loopt tot en met
doc-reflection-waived = de cliënt zag ervan af op
sign-inside-reflection = De bedenktijd loopt nog tot en met { $date }. Wie vandaag tekent, tekent binnen de bedenktijd. Dat kan alleen als de cliënt er zelf van afziet: noteer dat dan in het plan.
## evals
doc-eval-written = schriftelijk
eval-report-title = Verslag van een evaluatie van het GPMI
eval-report-kind = Hoe
eval-report-present = Aanwezig
eval-report-fulfils = Gepland moment
eval-report-extra = Een extra evaluatie, buiten de geplande momenten
eval-report-rung = Plaats op de participatieladder
eval-report-rung-same = Geen verandering
eval-report-next = Volgende evaluatie
eval-report-next-none = Nog geen volgend moment gepland
eval-report-goals = Hoe het met de doelen gaat
eval-report-notes = Wat veranderde:
eval-report-actions = De acties en hoe ver ze staan
eval-report-col-status = Stand
eval-report-changes = Toegevoegd of gewijzigd sinds de vorige versie
eval-report-no-changes = Geen doelen of acties toegevoegd, gewijzigd of geschrapt.
eval-report-change-goal-added = Nieuw doel
eval-report-change-goal-changed = Doel gewijzigd
eval-report-change-goal-removed = Doel geschrapt
eval-report-change-action-added = Nieuwe actie
eval-report-change-action-changed = Actie gewijzigd
eval-report-change-action-removed = Actie geschrapt
eval-report-signatures = Tekenen is niet verplicht. Een handtekening bevestigt dat dit verslag klopt.
eval-report-fingerprint = Vingerafdruk van dit verslag (SHA-256)
## plan
doc-contract = Wat het OCMW op zich neemt
doc-ocmw-actions = Acties van het OCMW
doc-domains = Activiteitendomeinen
doc-ended = Afgesloten
doc-moved = Dossier doorgegeven aan
sign-ended = Dit plan is afgesloten. Het kan niet meer getekend worden.

## turn
doc-review-no = De vertaling is nog niet nagelezen door iemand met die taal als moedertaal.
doc-review-yes = De vertaling is nagelezen door iemand met die taal als moedertaal.

## turn2
sign-binding-dutch = Bindende tekst, in het Nederlands:

## changes
changes-title = Wat veranderde sinds de versie van { $date }?
changes-intro = Lees dit samen voor je opnieuw tekent. Alleen wat hier staat, is anders dan in de versie die al getekend werd.
changes-now = nu:
changes-was = eerst:
changes-goal-added = Nieuw doel
changes-goal-removed = Doel geschrapt
changes-goal-changed = Doel aangepast
changes-goal-period = Andere periode voor het doel
changes-action-added = Nieuwe actie
changes-action-removed = Actie geschrapt
changes-action-what = Actie anders verwoord
changes-action-who = Iemand anders doet de actie
changes-action-due = Andere datum voor de actie
changes-action-changed = Actie aangepast
changes-date-decision = Andere datum van de beslissing
changes-date-start = Het plan begint op een andere dag
changes-date-end = Het plan eindigt op een andere dag
changes-evaluation-added = Nieuw evaluatiemoment
changes-evaluation-removed = Evaluatiemoment geschrapt
changes-evaluation-changed = Evaluatiemoment op een andere manier
changes-rung = Nieuwe trede op de ladder
changes-part-basics = Aangepast: soort plan, OCMW, maatschappelijk werker of naam
changes-part-partners = Aangepast: de partners en hun taken
changes-part-present = Aangepast: tolk of vertrouwenspersoon
changes-part-topics = Aangepast: waarover we spraken
changes-part-agreements = Aangepast: de afspraken en wat ieder inbrengt
changes-part-contract = Aangepast: studies of kosten die het OCMW betaalt
changes-part-evaluation-rule = Aangepast: hoeveel evaluaties per jaar
changes-part-other = Aangepast: een ander deel van het plan
doc-changes-title = Bijlage: wat veranderde sinds de versie van { $date }
doc-changes-old = Vingerafdruk van de vorige versie:
doc-changes-new = Vingerafdruk van deze versie:
doc-strength = Kracht
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Samenvatting voor het cliëntdossier
case-file-intro = Het plan als platte tekst in het Nederlands, in de volgorde van het GPMI-formulier van de POD MI, om over te nemen in de registratiesoftware. Alleen wat in het getekende plan staat: notities daarbuiten blijven weg.
case-file-intro-evaluation = Deze evaluatie als platte tekst in het Nederlands, om over te nemen in de registratiesoftware. Notities buiten het plan blijven weg.
case-file-show = Samenvatting tonen
case-file-hide = Samenvatting verbergen
case-file-copy = Kopiëren
case-file-preview-label = Samenvatting, zoals ze gekopieerd wordt
case-file-copied = Gekopieerd. Plak de tekst in de registratiesoftware.
case-file-downloaded = Het klembord is niet beschikbaar. De tekst is gedownload als { $file }.
