# Zelfscan. Cliëntschermen: "je", kort en vriendelijk. Werkerschermen: "u". Nooit een oordeel.

self-check-view = Zelfscan
self-check-title = Zelfscan
self-check-intro = Samen kijken naar 18 levensdomeinen. Dat mag in stukjes, over meerdere gesprekken: alles wordt meteen bewaard.
self-check-list-title = Zelfscans in dit dossier
self-check-none = Nog geen zelfscan in dit dossier.
self-check-start = Nieuwe zelfscan starten
self-check-item-title = Zelfscan van { $date }
self-check-status-unfinished = Nog niet af
self-check-status-complete = Volledig ingevuld
self-check-progress-client = Cliënt: { $answered } van { $total } beantwoord
self-check-progress-skipped =
    { $count ->
        [one] één overgeslagen
       *[other] { $count } overgeslagen
    }
self-check-progress-worker = Werker: { $scored } van { $total } gescoord
self-check-open = Openen
self-check-delete = Verwijderen
self-check-confirm-delete-title = Deze zelfscan verwijderen?
self-check-confirm-delete-body = De zelfscan van { $date } wordt van dit toestel gewist. Dit kan niet ongedaan gemaakt worden.
self-check-confirm-delete-yes = Ja, verwijderen
self-check-back-to-list = Alle zelfscans
self-check-mode-nav = Delen van de zelfscan
self-check-mode-client = Cliënt vult in
self-check-mode-worker = Inschatting werker
self-check-mode-summary = Samenvatting

## Cliënt (je-vorm)
self-check-client-progress = Vraag { $current } van { $total }
self-check-client-answer-label = Jouw antwoord
self-check-answer-good = Gaat goed
self-check-answer-hard = Soms moeilijk
self-check-answer-big = Nu een groot probleem
self-check-answer-private = Zeg ik liever niet
self-check-client-help = Ik wil hier hulp bij
self-check-client-note-label = Wil je er iets over vertellen? In je eigen woorden, het mag ook leeg blijven.
self-check-client-skip = Later beantwoorden
self-check-client-back = Vorige
self-check-client-next = Volgende
self-check-client-skipped-note = Deze vraag heb je eerder overgeslagen. Je kan ze nu beantwoorden, of ze nog even laten.
self-check-client-saved = Alles wordt meteen bewaard. Je mag stoppen wanneer je wil.
self-check-client-end-title = Dat was de laatste vraag. Dank je wel!
self-check-client-end-body = Wil je iets veranderen? Je kan altijd terug naar een vraag.
self-check-client-end-open =
    { $count ->
        [one] Eén vraag staat nog open:
       *[other] { $count } vragen staan nog open:
    }
self-check-client-go-to = Naar { $domain }

## Vragen aan de cliënt
self-check-q-money = Hoe gaat het met geld, rekeningen en schulden?
self-check-q-housing = Hoe gaat het met je woning?
self-check-q-health = Hoe gaat het met je gezondheid?
self-check-q-mind = Hoe voel je je de laatste tijd?
self-check-q-addiction = Hoe gaat het met alcohol, drugs, gokken of pillen?
self-check-q-family = Hoe gaat het met de zorg voor je kinderen of voor iemand anders?
self-check-q-childcare = Hoe gaat het met opvang voor je kinderen?
self-check-q-safety = Hoe veilig voel je je thuis?
self-check-q-network = Hoe gaat het met de mensen om je heen?
self-check-q-structure = Hoe gaat het met je dagritme: opstaan, afspraken halen?
self-check-q-daily = Hoe gaat het met koken, wassen en het huishouden?
self-check-q-dutch = Hoe gaat het met Nederlands spreken en lezen?
self-check-q-learning = Hoe gaat het met school, cursussen en diploma's?
self-check-q-work = Hoe gaat het met werk: wat heb je al gedaan, wat kan je?
self-check-q-attitude = Hoe voel je je bij een volgende stap naar werk of opleiding?
self-check-q-mobility = Hoe gaat het met je verplaatsen: bus, trein, fiets of auto?
self-check-q-papers = Hoe gaat het met papieren, brieven en je verblijf?
self-check-q-digital = Hoe gaat het met gsm, computer, e-mail en itsme?

## Werker (u-vorm)
self-check-worker-intro = Een score per domein, op de schaal van de HIVA-screening. Bij 3 of 4 kan u aanduiden wat van toepassing is. De score is uw inschatting, naast die van de cliënt.
self-check-score-1 = 1 · Geen drempel
self-check-score-2 = 2 · Drempel, maar werk of opleiding kan met ondersteuning
self-check-score-3 = 3 · Drempel: werk of opleiding lukt nu niet
self-check-score-4 = 4 · Kan ik (nog) niet inschatten
self-check-score-none = Nog niet gescoord
self-check-worker-sub-title = Wat is van toepassing?
self-check-worker-no-subs = Voor dit domein beschrijft u de situatie in de notitie.
self-check-worker-note-label = Notitie van de werker
self-check-dutch-level-label = Niveau Nederlands
self-check-dutch-level-hint = Volgens een attest van school of Huis van het Nederlands, niet ouder dan twee jaar.
self-check-dutch-level-none = Nog niet ingevuld
self-check-dutch-level-unknown = Onbekend
self-check-dutch-level-below-1-1 = Lager dan 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Uitgeleerd
self-check-latin-reading = Lezen in het Latijnse schrift
self-check-latin-writing = Schrijven in het Latijnse schrift
self-check-yes = Ja
self-check-no = Nee
self-check-not-known = Nog niet bekend

## Deelitems (bij score 3 of 4)
self-check-sub-money-debts = Schulden
self-check-sub-money-mediation = In schuldbemiddeling
self-check-sub-money-basic-needs = Te weinig voor eten, kleding of huur
self-check-sub-housing-no-address = Geen vast adres of in de nachtopvang
self-check-sub-housing-unhealthy = Ernstige problemen met de woning of onbewoonbaar verklaard
self-check-sub-housing-must-move = Moet snel weg of verhuist heel vaak
self-check-sub-housing-transit = Woont in een doorgangswoning
self-check-sub-health-illness = Ziekte maakt werk of opleiding moeilijk
self-check-sub-health-diagnosis = Gekende ziekte met attesten
self-check-sub-health-complaints = Gezondheidsklachten
self-check-sub-health-pregnancy = Zwangerschap of moederschapsrust
self-check-sub-health-disability = Handicap
self-check-sub-health-work-disability = Erkende arbeidshandicap
self-check-sub-family-parenting = Opvoeding en omgang met de kinderen
self-check-sub-family-child-needs = Kind met een bijzondere zorgnood
self-check-sub-family-single-parent = Alleenstaande ouder
self-check-sub-family-care-task = Zorgt thuis voor iemand met een handicap, op hoge leeftijd of langdurig ziek
self-check-sub-childcare-waiting-list = Aangevraagd, maar lange wachtlijst
self-check-sub-childcare-no-informal = Geen opvang in de eigen omgeving
self-check-sub-childcare-unknown-options = Kent de mogelijkheden en de aanvraag nog niet
self-check-sub-safety-relationship = Spanningen met partner, familie of anderen
self-check-sub-safety-violence = Geweld in het gezin
self-check-sub-network-no-social = Weinig of geen vrienden of kennissen
self-check-sub-network-no-family = Geen familie in de buurt
self-check-sub-network-family-against-work = Familie staat niet achter werk
self-check-sub-network-nobody-works = Niemand in het gezin of de vriendenkring werkt
self-check-sub-structure-no-rhythm = Geen vast dagritme
self-check-sub-structure-missed-appointments = Afspraken lopen soms mis
self-check-sub-structure-documents = Documenten raken niet mee naar de afspraak
self-check-sub-daily-hygiene = Hygiëne
self-check-sub-daily-appearance = Verzorgd voorkomen
self-check-sub-daily-household = Het huishouden lukt niet
self-check-sub-dutch-express = Gedachten onder woorden brengen is moeilijk
self-check-sub-dutch-oral = Mondeling communiceren lukt nog niet
self-check-sub-dutch-written = Schriftelijk communiceren lukt nog niet
self-check-sub-dutch-illiterate = Kan niet lezen of schrijven
self-check-sub-learning-inactive = Lange periodes zonder werk of opleiding
self-check-sub-learning-no-choices = Nog geen bewuste keuze voor een richting
self-check-sub-learning-history = School- en werkverleden zijn moeilijk te beschrijven
self-check-sub-learning-recognition = Buitenlands diploma nog niet erkend
self-check-sub-work-guided-only = Vroegere jobs enkel met intensieve begeleiding
self-check-sub-work-unrealistic = Verwachtingen over job, loon of werkplek sluiten niet aan
self-check-sub-work-overestimates = Schat de eigen mogelijkheden hoger in
self-check-sub-work-expectations = Weet nog niet goed wat een werkplek verwacht
self-check-sub-attitude-no-steps = Zet nog geen eigen stappen
self-check-sub-attitude-gives-up = Geeft snel op bij tegenslag
self-check-sub-attitude-motivation = Ziet nu geen reden om iets te veranderen
self-check-sub-attitude-one-target = Houdt vast aan één job na lang zoeken
self-check-sub-attitude-interaction = Omgang met anderen of met regels loopt moeilijk
self-check-sub-mobility-no-transport = Geen eigen vervoer en geen openbaar vervoer
self-check-sub-mobility-public-know-how = Openbaar vervoer: weet niet hoe of heeft de middelen niet
self-check-sub-mobility-no-public = Geen openbaar vervoer in de buurt
self-check-sub-mobility-distance = Onduidelijk hoe ver de cliënt kan reizen
self-check-sub-papers-not-independent = Papierwerk lukt niet zelfstandig
self-check-sub-papers-obligations = Weinig zicht op plichten (adres, ziekenfonds)
self-check-sub-papers-self-employed = Papierwerk van vroegere zelfstandige zaak
self-check-sub-papers-work-permit = Geen geldige arbeidskaart of verblijf
self-check-sub-papers-justice = Contact met justitie
self-check-sub-digital-no-device = Geen gsm, computer of internet
self-check-sub-digital-no-email = Geen e-mailadres
self-check-sub-digital-no-eid = itsme of eID lukt nog niet
self-check-sub-digital-no-vdab = Geen VDAB-account

## Voorgestelde acties (voor het plan)
self-check-act-money-debt-mediation = Samen naar de schuldbemiddeling gaan
self-check-act-money-budget-guidance = Budgetbegeleiding opstarten
self-check-act-housing-search-together = Samen een woning zoeken
self-check-act-housing-reference-address = Een referentieadres aanvragen
self-check-act-health-see-doctor = Een afspraak maken bij de huisarts
self-check-act-health-check-limits = Laten bekijken wat lichamelijk haalbaar is
self-check-act-mind-talk-counsellor = Een gesprek met een psycholoog of hulpverlener
self-check-act-mind-refer-care = Samen zoeken naar passende zorg
self-check-act-addiction-contact-service = Contact opnemen met een dienst voor verslavingszorg
self-check-act-addiction-talk-doctor = Erover praten met de huisarts
self-check-act-family-parenting-support = Steun bij de opvoeding zoeken
self-check-act-family-relieve-care = Zoeken wie de zorgtaak kan verlichten
self-check-act-childcare-find-place = Samen een plaats in de kinderopvang zoeken
self-check-act-childcare-informal = Opvang in de eigen omgeving bekijken
self-check-act-safety-safe-talk = Een veilig gesprek alleen met de maatschappelijk werker
self-check-act-safety-contact-support = Contact met een hulplijn of een vertrouwenscentrum
self-check-act-network-meeting-place = Een ontmoetingsplek in de buurt bezoeken
self-check-act-network-volunteering = Vrijwilligerswerk uitproberen
self-check-act-structure-week-plan = Samen een weekplanning maken
self-check-act-structure-reminders = Herinneringen voor afspraken instellen
self-check-act-daily-home-support = Hulp aan huis bekijken
self-check-act-daily-practice = Oefenen met het huishouden
self-check-act-dutch-course = Inschrijven voor een cursus Nederlands
self-check-act-dutch-conversation-table = Naar een praattafel gaan
self-check-act-learning-diploma-recognition = Het diploma laten erkennen (NARIC)
self-check-act-learning-training = Een opleiding kiezen
self-check-act-work-cv = Samen een cv maken
self-check-act-work-job-coach = Kennismaken met een jobcoach
self-check-act-attitude-small-steps = Een eerste kleine stap afspreken
self-check-act-attitude-orientation = Een oriëntatie of snuffelstage doen
self-check-act-mobility-transport-pass = Een abonnement voor bus of trein aanvragen
self-check-act-mobility-bike-or-licence = Leren fietsen of het rijbewijs halen
self-check-act-papers-sort-together = Samen de papieren ordenen
self-check-act-papers-residence-advice = Advies over verblijf of arbeidskaart vragen
self-check-act-digital-course = Een computercursus volgen
self-check-act-digital-eid-setup = Samen itsme of de eID-lezer instellen

## Samenvatting
self-check-summary-chart-title = Beide stemmen naast elkaar
self-check-summary-chart-hint = Per domein het antwoord van de cliënt en de score van de werker. Een ≠ toont waar ze verschillen: daarover kan het gesprek gaan.
self-check-summary-table-caption = Antwoorden per domein
self-check-col-domain = Domein
self-check-col-client = Cliënt
self-check-col-worker = Werker
self-check-col-marks = Opvallend
self-check-diff = Verschil
self-check-precondition = Randvoorwaarde
self-check-not-answered = Nog niet beantwoord
self-check-skipped = Overgeslagen
self-check-wants-help = Wil hulp
self-check-summary-diff-title = Waar de antwoorden verschillen
self-check-summary-diff-none = Nog geen verschillen tussen de twee antwoorden.
self-check-summary-pre-title = Randvoorwaarden
self-check-summary-pre-hint = Door de werker met 3 gescoord. De meeste OCMW's pakken deze eerst aan.
self-check-summary-pre-none = Geen randvoorwaarden aangeduid.
self-check-summary-help-title = Hier wil de cliënt hulp bij
self-check-summary-help-none = Nog geen hulpvraag aangeduid.
self-check-summary-actions = Mogelijke acties
self-check-summary-client-note = In eigen woorden
self-check-summary-changes-title = Wat veranderde sinds de zelfscan van { $date }
self-check-summary-changes-none = Geen verschuivingen sinds de vorige zelfscan.
self-check-summary-first = Dit is de eerste zelfscan: er is nog niets om mee te vergelijken.
self-check-voice-client = cliënt
self-check-voice-worker = werker
self-check-change-eased = lichter
self-check-change-harder = zwaarder
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = In het plan zetten
self-check-add-to-plan-named = “{ $action }” in het plan zetten
self-check-in-plan = Staat in het plan

## rules
self-check-sub-money-unemployment-trap = Kans op een werkloosheidsval: werken brengt weinig of niets meer op
