# Self-check. Client screens: "ty", short and friendly. Worker screens: "vy". Never a verdict.

self-check-view = Sebahodnotenie
self-check-title = Sebahodnotenie
self-check-intro = Spolu sa pozrieme na 18 oblastí života. Môže to byť po častiach, počas viacerých rozhovorov: všetko sa hneď ukladá.
self-check-list-title = Sebahodnotenia v tomto spise
self-check-none = V tomto spise zatiaľ nie je žiadne sebahodnotenie.
self-check-start = Začať nové sebahodnotenie
self-check-item-title = Sebahodnotenie z { $date }
self-check-status-unfinished = Ešte nedokončené
self-check-status-complete = Úplne vyplnené
self-check-progress-client = Klient: zodpovedané { $answered } z { $total }
self-check-progress-skipped =
    { $count ->
        [one] jedna preskočená
        [few] { $count } preskočené
        [many] { $count } preskočenej
       *[other] { $count } preskočených
    }
self-check-progress-worker = Pracovník: ohodnotené { $scored } z { $total }
self-check-open = Otvoriť
self-check-delete = Odstrániť
self-check-confirm-delete-title = Odstrániť toto sebahodnotenie?
self-check-confirm-delete-body = Sebahodnotenie z { $date } sa z tohto zariadenia vymaže. Túto akciu nie je možné vrátiť späť.
self-check-confirm-delete-yes = Áno, odstrániť
self-check-back-to-list = Všetky sebahodnotenia
self-check-mode-nav = Časti sebahodnotenia
self-check-mode-client = Vypĺňa klient
self-check-mode-worker = Hodnotenie pracovníka
self-check-mode-summary = Zhrnutie

## Client ("ty" form)
self-check-client-progress = Otázka { $current } z { $total }
self-check-client-answer-label = Tvoja odpoveď
self-check-answer-good = Ide to dobre
self-check-answer-hard = Niekedy je to ťažké
self-check-answer-big = Teraz veľký problém
self-check-answer-private = Radšej to nepoviem
self-check-client-help = Chcem s tým pomoc
self-check-client-note-label = Chceš k tomu niečo povedať? Svojimi slovami, môže to zostať aj prázdne.
self-check-client-skip = Odpovedať neskôr
self-check-client-back = Späť
self-check-client-next = Ďalej
self-check-client-skipped-note = Táto otázka predtým zostala bez odpovede. Môžeš na ňu odpovedať teraz, alebo ju ešte chvíľu nechať.
self-check-client-saved = Všetko sa hneď ukladá. Môžeš prestať, kedykoľvek chceš.
self-check-client-end-title = To bola posledná otázka. Ďakujeme!
self-check-client-end-body = Chceš niečo zmeniť? Vždy sa môžeš vrátiť k otázke.
self-check-client-end-open =
    { $count ->
        [one] Jedna otázka je ešte bez odpovede:
        [few] { $count } otázky sú ešte bez odpovede:
        [many] { $count } otázky je ešte bez odpovede:
       *[other] { $count } otázok je ešte bez odpovede:
    }
self-check-client-go-to = Prejsť na: { $domain }

## Questions for the client
self-check-q-money = Ako to ide s peniazmi, účtami a dlhmi?
self-check-q-housing = Ako to ide s tvojím bývaním?
self-check-q-health = Ako je na tom tvoje zdravie?
self-check-q-mind = Ako sa v poslednom čase cítiš?
self-check-q-addiction = Ako to ide s alkoholom, drogami, hazardnými hrami alebo tabletkami?
self-check-q-family = Ako to ide so starostlivosťou o tvoje deti alebo o niekoho iného?
self-check-q-childcare = Ako to ide s jasľami, škôlkou alebo strážením tvojich detí?
self-check-q-safety = Ako bezpečne sa cítiš doma?
self-check-q-network = Ako to ide s ľuďmi okolo teba?
self-check-q-structure = Ako to ide s tvojím denným režimom: ráno vstať, prísť na dohodnuté stretnutia?
self-check-q-daily = Ako to ide s varením, umývaním a domácnosťou?
self-check-q-dutch = Ako ti ide rozprávanie a čítanie po holandsky?
self-check-q-learning = Ako to ide so školou, kurzami a diplomami?
self-check-q-work = Ako to ide s prácou: akú prácu máš za sebou a čo vieš robiť?
self-check-q-attitude = Ako sa cítiš, keď myslíš na ďalší krok k práci alebo vzdelávaniu?
self-check-q-mobility = Ako to ide s cestovaním: autobus, vlak, bicykel alebo auto?
self-check-q-papers = Ako to ide s dokladmi, listami z úradov a tvojím pobytom?
self-check-q-digital = Ako to ide s mobilom, počítačom, e-mailom a itsme?

## Worker ("vy" form)
self-check-worker-intro = Jedno hodnotenie pre každú oblasť, na stupnici skríningu HIVA. Pri 3 alebo 4 môžete označiť, čo platí. Hodnotenie je váš odhad, popri odhade klienta.
self-check-score-1 = 1 · Žiadna prekážka
self-check-score-2 = 2 · Prekážka, ale práca alebo vzdelávanie je možné s podporou
self-check-score-3 = 3 · Prekážka: práca alebo vzdelávanie teraz nie je možné
self-check-score-4 = 4 · Nedokážem (zatiaľ) posúdiť
self-check-score-none = Zatiaľ neohodnotené
self-check-worker-sub-title = Čo platí?
self-check-worker-no-subs = Pre túto oblasť opíšte situáciu v poznámke.
self-check-worker-note-label = Poznámka pracovníka
self-check-dutch-level-label = Úroveň holandčiny
self-check-dutch-level-hint = Podľa potvrdenia zo školy alebo z Huis van het Nederlands, ktoré nie je staršie ako dva roky.
self-check-dutch-level-none = Zatiaľ nevyplnené
self-check-dutch-level-unknown = Neznáma
self-check-dutch-level-below-1-1 = Nižšia ako 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Úplne zvládnutá
self-check-latin-reading = Čítanie latinky
self-check-latin-writing = Písanie latinkou
self-check-yes = Áno
self-check-no = Nie
self-check-not-known = Zatiaľ neznáme

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Dlhy
self-check-sub-money-mediation = V procese riešenia dlhov (schuldbemiddeling)
self-check-sub-money-basic-needs = Nemá dosť na jedlo, oblečenie alebo nájom
self-check-sub-housing-no-address = Nemá stálu adresu alebo býva v nocľahárni
self-check-sub-housing-unhealthy = Vážne problémy s bývaním alebo byt vyhlásený za neobývateľný
self-check-sub-housing-must-move = Musí sa čoskoro vysťahovať alebo sa sťahuje veľmi často
self-check-sub-housing-transit = Býva v prechodnom bývaní
self-check-sub-health-illness = Choroba sťažuje prácu alebo vzdelávanie
self-check-sub-health-diagnosis = Známa choroba s lekárskymi potvrdeniami
self-check-sub-health-complaints = Zdravotné ťažkosti
self-check-sub-health-pregnancy = Tehotenstvo alebo materská dovolenka
self-check-sub-health-disability = Zdravotné postihnutie
self-check-sub-health-work-disability = Uznaná znížená pracovná schopnosť
self-check-sub-family-parenting = Výchova detí a vzťah s nimi
self-check-sub-family-child-needs = Dieťa s osobitnými potrebami starostlivosti
self-check-sub-family-single-parent = Osamelý rodič
self-check-sub-family-care-task = Doma sa stará o niekoho so zdravotným postihnutím, vo vysokom veku alebo dlhodobo chorého
self-check-sub-childcare-waiting-list = Žiadosť podaná, ale dlhý poradovník
self-check-sub-childcare-no-informal = Nikto z rodiny ani známych nemôže strážiť deti
self-check-sub-childcare-unknown-options = Ešte nepozná možnosti ani to, ako požiadať
self-check-sub-safety-relationship = Napätie s partnerom, rodinou alebo inými ľuďmi
self-check-sub-safety-violence = Násilie v rodine
self-check-sub-network-no-social = Málo alebo žiadni priatelia či známi
self-check-sub-network-no-family = Žiadna rodina nablízku
self-check-sub-network-family-against-work = Rodina nepodporuje prácu
self-check-sub-network-nobody-works = Nikto v domácnosti ani medzi priateľmi nepracuje
self-check-sub-structure-no-rhythm = Žiadny pravidelný denný režim
self-check-sub-structure-missed-appointments = Dohodnuté stretnutia niekedy nevyjdú
self-check-sub-structure-documents = Na stretnutie neprinesie potrebné dokumenty
self-check-sub-daily-hygiene = Hygiena
self-check-sub-daily-appearance = Upravený vzhľad
self-check-sub-daily-household = Domácnosť nezvláda
self-check-sub-dutch-express = Ťažko vyjadruje myšlienky slovami
self-check-sub-dutch-oral = Ústna komunikácia zatiaľ nejde
self-check-sub-dutch-written = Písomná komunikácia zatiaľ nejde
self-check-sub-dutch-illiterate = Nevie čítať ani písať
self-check-sub-learning-inactive = Dlhé obdobia bez práce alebo vzdelávania
self-check-sub-learning-no-choices = Zatiaľ žiadna vedomá voľba smeru
self-check-sub-learning-history = Školskú a pracovnú minulosť je ťažké opísať
self-check-sub-learning-recognition = Zahraničný diplom ešte nie je uznaný
self-check-sub-work-guided-only = Predchádzajúce zamestnania len s intenzívnym sprevádzaním
self-check-sub-work-unrealistic = Očakávania od práce, mzdy alebo pracoviska nezodpovedajú realite
self-check-sub-work-overestimates = Vlastné možnosti odhaduje vyššie
self-check-sub-work-expectations = Ešte celkom nevie, čo sa na pracovisku očakáva
self-check-sub-attitude-no-steps = Zatiaľ nerobí vlastné kroky
self-check-sub-attitude-gives-up = Pri neúspechu to rýchlo vzdáva
self-check-sub-attitude-motivation = Teraz nevidí dôvod niečo meniť
self-check-sub-attitude-one-target = Po dlhom hľadaní sa drží jednej konkrétnej práce
self-check-sub-attitude-interaction = Ťažkosti vo vzťahu k iným ľuďom alebo k pravidlám
self-check-sub-mobility-no-transport = Bez vlastného dopravného prostriedku a bez verejnej dopravy
self-check-sub-mobility-public-know-how = Verejná doprava: nevie, ako ju používať, alebo nemá na ňu prostriedky
self-check-sub-mobility-no-public = Žiadna verejná doprava nablízku
self-check-sub-mobility-distance = Nie je jasné, ako ďaleko môže klient cestovať
self-check-sub-papers-not-independent = Úradné veci nezvláda samostatne
self-check-sub-papers-obligations = Málo prehľadu o povinnostiach (adresa, zdravotná poisťovňa)
self-check-sub-papers-self-employed = Papierovanie z bývalého vlastného podnikania
self-check-sub-papers-work-permit = Bez platného pracovného povolenia alebo pobytu
self-check-sub-papers-justice = Kontakt so súdmi alebo políciou
self-check-sub-digital-no-device = Žiadny mobil, počítač ani internet
self-check-sub-digital-no-email = Žiadna e-mailová adresa
self-check-sub-digital-no-eid = S itsme alebo eID to zatiaľ nejde
self-check-sub-digital-no-vdab = Žiadny účet na VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Spolu ísť do poradne pre riešenie dlhov
self-check-act-money-budget-guidance = Začať s pomocou pri hospodárení s peniazmi
self-check-act-housing-search-together = Spolu hľadať bývanie
self-check-act-housing-reference-address = Požiadať o referenčnú adresu
self-check-act-health-see-doctor = Objednať sa k všeobecnému lekárovi
self-check-act-health-check-limits = Dať posúdiť, čo je telesne zvládnuteľné
self-check-act-mind-talk-counsellor = Rozhovor so psychológom alebo poradcom
self-check-act-mind-refer-care = Spolu hľadať vhodnú pomoc
self-check-act-addiction-contact-service = Kontaktovať službu pre závislosti
self-check-act-addiction-talk-doctor = Porozprávať sa o tom so všeobecným lekárom
self-check-act-family-parenting-support = Hľadať podporu pri výchove detí
self-check-act-family-relieve-care = Hľadať, kto môže pomôcť so starostlivosťou
self-check-act-childcare-find-place = Spolu hľadať miesto v jasliach
self-check-act-childcare-informal = Zistiť, či môže deti strážiť niekto z rodiny alebo známych
self-check-act-safety-safe-talk = Bezpečný rozhovor len so sociálnym pracovníkom
self-check-act-safety-contact-support = Kontakt s linkou pomoci alebo s poradňou
self-check-act-network-meeting-place = Navštíviť komunitné centrum v okolí
self-check-act-network-volunteering = Vyskúšať dobrovoľníctvo
self-check-act-structure-week-plan = Spolu urobiť týždenný plán
self-check-act-structure-reminders = Nastaviť pripomienky na stretnutia
self-check-act-daily-home-support = Zvážiť pomoc v domácnosti
self-check-act-daily-practice = Precvičovať domáce práce
self-check-act-dutch-course = Prihlásiť sa na kurz holandčiny
self-check-act-dutch-conversation-table = Chodiť na konverzačné stretnutia (praattafel)
self-check-act-learning-diploma-recognition = Dať si uznať diplom (NARIC)
self-check-act-learning-training = Vybrať si vzdelávanie alebo kurz
self-check-act-work-cv = Spolu napísať životopis
self-check-act-work-job-coach = Zoznámiť sa s pracovným koučom
self-check-act-attitude-small-steps = Dohodnúť sa na prvom malom kroku
self-check-act-attitude-orientation = Absolvovať orientáciu alebo krátku skúšobnú stáž
self-check-act-mobility-transport-pass = Požiadať o predplatný lístok na autobus alebo vlak
self-check-act-mobility-bike-or-licence = Naučiť sa bicyklovať alebo si urobiť vodičský preukaz
self-check-act-papers-sort-together = Spolu usporiadať papiere
self-check-act-papers-residence-advice = Požiadať o radu k pobytu alebo pracovnému povoleniu
self-check-act-digital-course = Absolvovať počítačový kurz
self-check-act-digital-eid-setup = Spolu nastaviť itsme alebo čítačku eID

## Summary
self-check-summary-chart-title = Oba hlasy vedľa seba
self-check-summary-chart-hint = Pre každú oblasť odpoveď klienta a hodnotenie pracovníka. Znak ≠ ukazuje, kde sa líšia: o tom sa dá hovoriť.
self-check-summary-table-caption = Odpovede podľa oblastí
self-check-col-domain = Oblasť
self-check-col-client = Klient
self-check-col-worker = Pracovník
self-check-col-marks = Na povšimnutie
self-check-diff = Rozdiel
self-check-precondition = Základná podmienka
self-check-not-answered = Zatiaľ bez odpovede
self-check-skipped = Preskočené
self-check-wants-help = Chce pomoc
self-check-summary-diff-title = Kde sa odpovede líšia
self-check-summary-diff-none = Medzi oboma odpoveďami zatiaľ nie sú rozdiely.
self-check-summary-pre-title = Základné podmienky
self-check-summary-pre-hint = Hodnotenie pracovníka: 3. Väčšina OCMW ich rieši ako prvé.
self-check-summary-pre-none = Nie sú označené žiadne základné podmienky.
self-check-summary-help-title = S týmto chce klient pomoc
self-check-summary-help-none = Zatiaľ nie je označená žiadna žiadosť o pomoc.
self-check-summary-actions = Možné kroky
self-check-summary-client-note = Vlastnými slovami
self-check-summary-changes-title = Čo sa zmenilo od sebahodnotenia z { $date }
self-check-summary-changes-none = Od predchádzajúceho sebahodnotenia sa nič neposunulo.
self-check-summary-first = Toto je prvé sebahodnotenie: zatiaľ nie je s čím porovnávať.
self-check-voice-client = klient
self-check-voice-worker = pracovník
self-check-change-eased = ľahšie
self-check-change-harder = ťažšie
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Zaradiť do plánu
self-check-add-to-plan-named = Zaradiť „{ $action }“ do plánu
self-check-in-plan = Je v pláne

## rules
self-check-sub-money-unemployment-trap = Riziko pasce nezamestnanosti: práca prináša málo alebo nič navyše
