# Zelfscan. Cliëntschermen: "je", kort en vriendelijk. Werkerschermen: "u". Nooit een oordeel.

sc-view = Zelfscan
sc-title = Zelfscan
sc-intro = Samen kijken naar 18 levensdomeinen. Dat mag in stukjes, over meerdere gesprekken: alles wordt meteen bewaard.
sc-list-title = Zelfscans in dit dossier
sc-none = Nog geen zelfscan in dit dossier.
sc-start = Nieuwe zelfscan starten
sc-item-title = Zelfscan van { $date }
sc-status-unfinished = Nog niet af
sc-status-complete = Volledig ingevuld
sc-progress-client = Cliënt: { $answered } van { $total } beantwoord
sc-progress-skipped =
    { $count ->
        [one] één overgeslagen
       *[other] { $count } overgeslagen
    }
sc-progress-worker = Werker: { $scored } van { $total } gescoord
sc-open = Openen
sc-delete = Verwijderen
sc-confirm-delete-title = Deze zelfscan verwijderen?
sc-confirm-delete-body = De zelfscan van { $date } wordt van dit toestel gewist. Dit kan niet ongedaan gemaakt worden.
sc-confirm-delete-yes = Ja, verwijderen
sc-back-to-list = Alle zelfscans
sc-mode-nav = Delen van de zelfscan
sc-mode-client = Cliënt vult in
sc-mode-worker = Inschatting werker
sc-mode-summary = Samenvatting

## Cliënt (je-vorm)
sc-client-progress = Vraag { $current } van { $total }
sc-client-answer-label = Jouw antwoord
sc-answer-good = Gaat goed
sc-answer-hard = Soms moeilijk
sc-answer-big = Nu een groot probleem
sc-answer-private = Zeg ik liever niet
sc-client-help = Ik wil hier hulp bij
sc-client-note-label = Wil je er iets over vertellen? In je eigen woorden, het mag ook leeg blijven.
sc-client-skip = Later beantwoorden
sc-client-back = Vorige
sc-client-next = Volgende
sc-client-skipped-note = Deze vraag heb je eerder overgeslagen. Je kan ze nu beantwoorden, of ze nog even laten.
sc-client-saved = Alles wordt meteen bewaard. Je mag stoppen wanneer je wil.
sc-client-end-title = Dat was de laatste vraag. Dank je wel!
sc-client-end-body = Wil je iets veranderen? Je kan altijd terug naar een vraag.
sc-client-end-open =
    { $count ->
        [one] Eén vraag staat nog open:
       *[other] { $count } vragen staan nog open:
    }
sc-client-go-to = Naar { $domain }

## Vragen aan de cliënt
sc-q-money = Hoe gaat het met geld, rekeningen en schulden?
sc-q-housing = Hoe gaat het met je woning?
sc-q-health = Hoe gaat het met je gezondheid?
sc-q-mind = Hoe voel je je de laatste tijd?
sc-q-addiction = Hoe gaat het met alcohol, drugs, gokken of pillen?
sc-q-family = Hoe gaat het met de zorg voor je kinderen of voor iemand anders?
sc-q-childcare = Hoe gaat het met opvang voor je kinderen?
sc-q-safety = Hoe veilig voel je je thuis?
sc-q-network = Hoe gaat het met de mensen om je heen?
sc-q-structure = Hoe gaat het met je dagritme: opstaan, afspraken halen?
sc-q-daily = Hoe gaat het met koken, wassen en het huishouden?
sc-q-dutch = Hoe gaat het met Nederlands spreken en lezen?
sc-q-learning = Hoe gaat het met school, cursussen en diploma's?
sc-q-work = Hoe gaat het met werk: wat heb je al gedaan, wat kan je?
sc-q-attitude = Hoe voel je je bij een volgende stap naar werk of opleiding?
sc-q-mobility = Hoe gaat het met je verplaatsen: bus, trein, fiets of auto?
sc-q-papers = Hoe gaat het met papieren, brieven en je verblijf?
sc-q-digital = Hoe gaat het met gsm, computer, e-mail en itsme?

## Werker (u-vorm)
sc-worker-intro = Een score per domein, op de schaal van de HIVA-screening. Bij 3 of 4 kan u aanduiden wat van toepassing is. De score is uw inschatting, naast die van de cliënt.
sc-score-1 = 1 · Geen drempel
sc-score-2 = 2 · Drempel, maar werk of opleiding kan met ondersteuning
sc-score-3 = 3 · Drempel: werk of opleiding lukt nu niet
sc-score-4 = 4 · Kan ik (nog) niet inschatten
sc-score-none = Nog niet gescoord
sc-worker-sub-title = Wat is van toepassing?
sc-worker-no-subs = Voor dit domein beschrijft u de situatie in de notitie.
sc-worker-note-label = Notitie van de werker
sc-dutch-level-label = Niveau Nederlands
sc-dutch-level-hint = Volgens een attest van school of Huis van het Nederlands, niet ouder dan twee jaar.
sc-dutch-level-none = Nog niet ingevuld
sc-dutch-level-unknown = Onbekend
sc-dutch-level-below-1-1 = Lager dan 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Uitgeleerd
sc-latin-reading = Lezen in het Latijnse schrift
sc-latin-writing = Schrijven in het Latijnse schrift
sc-yes = Ja
sc-no = Nee
sc-not-known = Nog niet bekend

## Deelitems (bij score 3 of 4)
sc-sub-money-debts = Schulden
sc-sub-money-mediation = In schuldbemiddeling
sc-sub-money-basic-needs = Te weinig voor eten, kleding of huur
sc-sub-housing-no-address = Geen vast adres of in de nachtopvang
sc-sub-housing-unhealthy = Ernstige problemen met de woning of onbewoonbaar verklaard
sc-sub-housing-must-move = Moet snel weg of verhuist heel vaak
sc-sub-housing-transit = Woont in een doorgangswoning
sc-sub-health-illness = Ziekte maakt werk of opleiding moeilijk
sc-sub-health-diagnosis = Gekende ziekte met attesten
sc-sub-health-complaints = Gezondheidsklachten
sc-sub-health-pregnancy = Zwangerschap of moederschapsrust
sc-sub-health-disability = Handicap
sc-sub-health-work-disability = Erkende arbeidshandicap
sc-sub-family-parenting = Opvoeding en omgang met de kinderen
sc-sub-family-child-needs = Kind met een bijzondere zorgnood
sc-sub-family-single-parent = Alleenstaande ouder
sc-sub-family-care-task = Zorgt thuis voor iemand met een handicap, op hoge leeftijd of langdurig ziek
sc-sub-childcare-waiting-list = Aangevraagd, maar lange wachtlijst
sc-sub-childcare-no-informal = Geen opvang in de eigen omgeving
sc-sub-childcare-unknown-options = Kent de mogelijkheden en de aanvraag nog niet
sc-sub-safety-relationship = Spanningen met partner, familie of anderen
sc-sub-safety-violence = Geweld in het gezin
sc-sub-network-no-social = Weinig of geen vrienden of kennissen
sc-sub-network-no-family = Geen familie in de buurt
sc-sub-network-family-against-work = Familie staat niet achter werk
sc-sub-network-nobody-works = Niemand in het gezin of de vriendenkring werkt
sc-sub-structure-no-rhythm = Geen vast dagritme
sc-sub-structure-missed-appointments = Afspraken lopen soms mis
sc-sub-structure-documents = Documenten raken niet mee naar de afspraak
sc-sub-daily-hygiene = Hygiëne
sc-sub-daily-appearance = Verzorgd voorkomen
sc-sub-daily-household = Het huishouden lukt niet
sc-sub-dutch-express = Gedachten onder woorden brengen is moeilijk
sc-sub-dutch-oral = Mondeling communiceren lukt nog niet
sc-sub-dutch-written = Schriftelijk communiceren lukt nog niet
sc-sub-dutch-illiterate = Kan niet lezen of schrijven
sc-sub-learning-inactive = Lange periodes zonder werk of opleiding
sc-sub-learning-no-choices = Nog geen bewuste keuze voor een richting
sc-sub-learning-history = School- en werkverleden zijn moeilijk te beschrijven
sc-sub-learning-recognition = Buitenlands diploma nog niet erkend
sc-sub-work-guided-only = Vroegere jobs enkel met intensieve begeleiding
sc-sub-work-unrealistic = Verwachtingen over job, loon of werkplek sluiten niet aan
sc-sub-work-overestimates = Schat de eigen mogelijkheden hoger in
sc-sub-work-expectations = Weet nog niet goed wat een werkplek verwacht
sc-sub-attitude-no-steps = Zet nog geen eigen stappen
sc-sub-attitude-gives-up = Geeft snel op bij tegenslag
sc-sub-attitude-motivation = Ziet nu geen reden om iets te veranderen
sc-sub-attitude-one-target = Houdt vast aan één job na lang zoeken
sc-sub-attitude-interaction = Omgang met anderen of met regels loopt moeilijk
sc-sub-mobility-no-transport = Geen eigen vervoer en geen openbaar vervoer
sc-sub-mobility-public-know-how = Openbaar vervoer: weet niet hoe of heeft de middelen niet
sc-sub-mobility-no-public = Geen openbaar vervoer in de buurt
sc-sub-mobility-distance = Onduidelijk hoe ver de cliënt kan reizen
sc-sub-papers-not-independent = Papierwerk lukt niet zelfstandig
sc-sub-papers-obligations = Weinig zicht op plichten (adres, ziekenfonds)
sc-sub-papers-self-employed = Papierwerk van vroegere zelfstandige zaak
sc-sub-papers-work-permit = Geen geldige arbeidskaart of verblijf
sc-sub-papers-justice = Contact met justitie
sc-sub-digital-no-device = Geen gsm, computer of internet
sc-sub-digital-no-email = Geen e-mailadres
sc-sub-digital-no-eid = itsme of eID lukt nog niet
sc-sub-digital-no-vdab = Geen VDAB-account

## Voorgestelde acties (voor het plan)
sc-act-money-debt-mediation = Samen naar de schuldbemiddeling gaan
sc-act-money-budget-guidance = Budgetbegeleiding opstarten
sc-act-housing-search-together = Samen een woning zoeken
sc-act-housing-reference-address = Een referentieadres aanvragen
sc-act-health-see-doctor = Een afspraak maken bij de huisarts
sc-act-health-check-limits = Laten bekijken wat lichamelijk haalbaar is
sc-act-mind-talk-counsellor = Een gesprek met een psycholoog of hulpverlener
sc-act-mind-refer-care = Samen zoeken naar passende zorg
sc-act-addiction-contact-service = Contact opnemen met een dienst voor verslavingszorg
sc-act-addiction-talk-doctor = Erover praten met de huisarts
sc-act-family-parenting-support = Steun bij de opvoeding zoeken
sc-act-family-relieve-care = Zoeken wie de zorgtaak kan verlichten
sc-act-childcare-find-place = Samen een plaats in de kinderopvang zoeken
sc-act-childcare-informal = Opvang in de eigen omgeving bekijken
sc-act-safety-safe-talk = Een veilig gesprek alleen met de maatschappelijk werker
sc-act-safety-contact-support = Contact met een hulplijn of een vertrouwenscentrum
sc-act-network-meeting-place = Een ontmoetingsplek in de buurt bezoeken
sc-act-network-volunteering = Vrijwilligerswerk uitproberen
sc-act-structure-week-plan = Samen een weekplanning maken
sc-act-structure-reminders = Herinneringen voor afspraken instellen
sc-act-daily-home-support = Hulp aan huis bekijken
sc-act-daily-practice = Oefenen met het huishouden
sc-act-dutch-course = Inschrijven voor een cursus Nederlands
sc-act-dutch-conversation-table = Naar een praattafel gaan
sc-act-learning-diploma-recognition = Het diploma laten erkennen (NARIC)
sc-act-learning-training = Een opleiding kiezen
sc-act-work-cv = Samen een cv maken
sc-act-work-job-coach = Kennismaken met een jobcoach
sc-act-attitude-small-steps = Een eerste kleine stap afspreken
sc-act-attitude-orientation = Een oriëntatie of snuffelstage doen
sc-act-mobility-transport-pass = Een abonnement voor bus of trein aanvragen
sc-act-mobility-bike-or-licence = Leren fietsen of het rijbewijs halen
sc-act-papers-sort-together = Samen de papieren ordenen
sc-act-papers-residence-advice = Advies over verblijf of arbeidskaart vragen
sc-act-digital-course = Een computercursus volgen
sc-act-digital-eid-setup = Samen itsme of de eID-lezer instellen

## Samenvatting
sc-summary-chart-title = Beide stemmen naast elkaar
sc-summary-chart-hint = Per domein het antwoord van de cliënt en de score van de werker. Een ≠ toont waar ze verschillen: daarover kan het gesprek gaan.
sc-summary-table-caption = Antwoorden per domein
sc-col-domain = Domein
sc-col-client = Cliënt
sc-col-worker = Werker
sc-col-marks = Opvallend
sc-diff = Verschil
sc-precondition = Randvoorwaarde
sc-not-answered = Nog niet beantwoord
sc-skipped = Overgeslagen
sc-wants-help = Wil hulp
sc-summary-diff-title = Waar de antwoorden verschillen
sc-summary-diff-none = Nog geen verschillen tussen de twee antwoorden.
sc-summary-pre-title = Randvoorwaarden
sc-summary-pre-hint = Door de werker met 3 gescoord. De meeste OCMW's pakken deze eerst aan.
sc-summary-pre-none = Geen randvoorwaarden aangeduid.
sc-summary-help-title = Hier wil de cliënt hulp bij
sc-summary-help-none = Nog geen hulpvraag aangeduid.
sc-summary-actions = Mogelijke acties
sc-summary-client-note = In eigen woorden
sc-summary-changes-title = Wat veranderde sinds de zelfscan van { $date }
sc-summary-changes-none = Geen verschuivingen sinds de vorige zelfscan.
sc-summary-first = Dit is de eerste zelfscan: er is nog niets om mee te vergelijken.
sc-voice-client = cliënt
sc-voice-worker = werker
sc-change-eased = lichter
sc-change-harder = zwaarder
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = In het plan zetten
sc-add-to-plan-named = “{ $action }” in het plan zetten
sc-in-plan = Staat in het plan
