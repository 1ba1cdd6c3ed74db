# Self-check. Client screens: "ty", short and friendly. Worker screens: "vy". Never a verdict.

sc-view = Sebahodnotenie
sc-title = Sebahodnotenie
sc-intro = Spolu sa pozrieme na 18 oblastí života. Môže to byť po častiach, počas viacerých rozhovorov: všetko sa hneď ukladá.
sc-list-title = Sebahodnotenia v tomto spise
sc-none = V tomto spise zatiaľ nie je žiadne sebahodnotenie.
sc-start = Začať nové sebahodnotenie
sc-item-title = Sebahodnotenie z { $date }
sc-status-unfinished = Ešte nedokončené
sc-status-complete = Úplne vyplnené
sc-progress-client = Klient: zodpovedané { $answered } z { $total }
sc-progress-skipped =
    { $count ->
        [one] jedna preskočená
        [few] { $count } preskočené
        [many] { $count } preskočenej
       *[other] { $count } preskočených
    }
sc-progress-worker = Pracovník: ohodnotené { $scored } z { $total }
sc-open = Otvoriť
sc-delete = Odstrániť
sc-confirm-delete-title = Odstrániť toto sebahodnotenie?
sc-confirm-delete-body = Sebahodnotenie z { $date } sa z tohto zariadenia vymaže. Túto akciu nie je možné vrátiť späť.
sc-confirm-delete-yes = Áno, odstrániť
sc-back-to-list = Všetky sebahodnotenia
sc-mode-nav = Časti sebahodnotenia
sc-mode-client = Vypĺňa klient
sc-mode-worker = Hodnotenie pracovníka
sc-mode-summary = Zhrnutie

## Client ("ty" form)
sc-client-progress = Otázka { $current } z { $total }
sc-client-answer-label = Tvoja odpoveď
sc-answer-good = Ide to dobre
sc-answer-hard = Niekedy je to ťažké
sc-answer-big = Teraz veľký problém
sc-answer-private = Radšej to nepoviem
sc-client-help = Chcem s tým pomoc
sc-client-note-label = Chceš k tomu niečo povedať? Svojimi slovami, môže to zostať aj prázdne.
sc-client-skip = Odpovedať neskôr
sc-client-back = Späť
sc-client-next = Ďalej
sc-client-skipped-note = Táto otázka predtým zostala bez odpovede. Môžeš na ňu odpovedať teraz, alebo ju ešte chvíľu nechať.
sc-client-saved = Všetko sa hneď ukladá. Môžeš prestať, kedykoľvek chceš.
sc-client-end-title = To bola posledná otázka. Ďakujeme!
sc-client-end-body = Chceš niečo zmeniť? Vždy sa môžeš vrátiť k otázke.
sc-client-end-open =
    { $count ->
        [one] Jedna otázka je ešte bez odpovede:
        [few] { $count } otázky sú ešte bez odpovede:
        [many] { $count } otázky je ešte bez odpovede:
       *[other] { $count } otázok je ešte bez odpovede:
    }
sc-client-go-to = Prejsť na: { $domain }

## Questions for the client
sc-q-money = Ako to ide s peniazmi, účtami a dlhmi?
sc-q-housing = Ako to ide s tvojím bývaním?
sc-q-health = Ako je na tom tvoje zdravie?
sc-q-mind = Ako sa v poslednom čase cítiš?
sc-q-addiction = Ako to ide s alkoholom, drogami, hazardnými hrami alebo tabletkami?
sc-q-family = Ako to ide so starostlivosťou o tvoje deti alebo o niekoho iného?
sc-q-childcare = Ako to ide s jasľami, škôlkou alebo strážením tvojich detí?
sc-q-safety = Ako bezpečne sa cítiš doma?
sc-q-network = Ako to ide s ľuďmi okolo teba?
sc-q-structure = Ako to ide s tvojím denným režimom: ráno vstať, prísť na dohodnuté stretnutia?
sc-q-daily = Ako to ide s varením, umývaním a domácnosťou?
sc-q-dutch = Ako ti ide rozprávanie a čítanie po holandsky?
sc-q-learning = Ako to ide so školou, kurzami a diplomami?
sc-q-work = Ako to ide s prácou: akú prácu máš za sebou a čo vieš robiť?
sc-q-attitude = Ako sa cítiš, keď myslíš na ďalší krok k práci alebo vzdelávaniu?
sc-q-mobility = Ako to ide s cestovaním: autobus, vlak, bicykel alebo auto?
sc-q-papers = Ako to ide s dokladmi, listami z úradov a tvojím pobytom?
sc-q-digital = Ako to ide s mobilom, počítačom, e-mailom a itsme?

## Worker ("vy" form)
sc-worker-intro = Jedno hodnotenie pre každú oblasť, na stupnici skríningu HIVA. Pri 3 alebo 4 môžete označiť, čo platí. Hodnotenie je váš odhad, popri odhade klienta.
sc-score-1 = 1 · Žiadna prekážka
sc-score-2 = 2 · Prekážka, ale práca alebo vzdelávanie je možné s podporou
sc-score-3 = 3 · Prekážka: práca alebo vzdelávanie teraz nie je možné
sc-score-4 = 4 · Nedokážem (zatiaľ) posúdiť
sc-score-none = Zatiaľ neohodnotené
sc-worker-sub-title = Čo platí?
sc-worker-no-subs = Pre túto oblasť opíšte situáciu v poznámke.
sc-worker-note-label = Poznámka pracovníka
sc-dutch-level-label = Úroveň holandčiny
sc-dutch-level-hint = Podľa potvrdenia zo školy alebo z Huis van het Nederlands, ktoré nie je staršie ako dva roky.
sc-dutch-level-none = Zatiaľ nevyplnené
sc-dutch-level-unknown = Neznáma
sc-dutch-level-below-1-1 = Nižšia ako 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Úplne zvládnutá
sc-latin-reading = Čítanie latinky
sc-latin-writing = Písanie latinkou
sc-yes = Áno
sc-no = Nie
sc-not-known = Zatiaľ neznáme

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Dlhy
sc-sub-money-mediation = V procese riešenia dlhov (schuldbemiddeling)
sc-sub-money-basic-needs = Nemá dosť na jedlo, oblečenie alebo nájom
sc-sub-housing-no-address = Nemá stálu adresu alebo býva v nocľahárni
sc-sub-housing-unhealthy = Vážne problémy s bývaním alebo byt vyhlásený za neobývateľný
sc-sub-housing-must-move = Musí sa čoskoro vysťahovať alebo sa sťahuje veľmi často
sc-sub-housing-transit = Býva v prechodnom bývaní
sc-sub-health-illness = Choroba sťažuje prácu alebo vzdelávanie
sc-sub-health-diagnosis = Známa choroba s lekárskymi potvrdeniami
sc-sub-health-complaints = Zdravotné ťažkosti
sc-sub-health-pregnancy = Tehotenstvo alebo materská dovolenka
sc-sub-health-disability = Zdravotné postihnutie
sc-sub-health-work-disability = Uznaná znížená pracovná schopnosť
sc-sub-family-parenting = Výchova detí a vzťah s nimi
sc-sub-family-child-needs = Dieťa s osobitnými potrebami starostlivosti
sc-sub-family-single-parent = Osamelý rodič
sc-sub-family-care-task = Doma sa stará o niekoho so zdravotným postihnutím, vo vysokom veku alebo dlhodobo chorého
sc-sub-childcare-waiting-list = Žiadosť podaná, ale dlhý poradovník
sc-sub-childcare-no-informal = Nikto z rodiny ani známych nemôže strážiť deti
sc-sub-childcare-unknown-options = Ešte nepozná možnosti ani to, ako požiadať
sc-sub-safety-relationship = Napätie s partnerom, rodinou alebo inými ľuďmi
sc-sub-safety-violence = Násilie v rodine
sc-sub-network-no-social = Málo alebo žiadni priatelia či známi
sc-sub-network-no-family = Žiadna rodina nablízku
sc-sub-network-family-against-work = Rodina nepodporuje prácu
sc-sub-network-nobody-works = Nikto v domácnosti ani medzi priateľmi nepracuje
sc-sub-structure-no-rhythm = Žiadny pravidelný denný režim
sc-sub-structure-missed-appointments = Dohodnuté stretnutia niekedy nevyjdú
sc-sub-structure-documents = Na stretnutie neprinesie potrebné dokumenty
sc-sub-daily-hygiene = Hygiena
sc-sub-daily-appearance = Upravený vzhľad
sc-sub-daily-household = Domácnosť nezvláda
sc-sub-dutch-express = Ťažko vyjadruje myšlienky slovami
sc-sub-dutch-oral = Ústna komunikácia zatiaľ nejde
sc-sub-dutch-written = Písomná komunikácia zatiaľ nejde
sc-sub-dutch-illiterate = Nevie čítať ani písať
sc-sub-learning-inactive = Dlhé obdobia bez práce alebo vzdelávania
sc-sub-learning-no-choices = Zatiaľ žiadna vedomá voľba smeru
sc-sub-learning-history = Školskú a pracovnú minulosť je ťažké opísať
sc-sub-learning-recognition = Zahraničný diplom ešte nie je uznaný
sc-sub-work-guided-only = Predchádzajúce zamestnania len s intenzívnym sprevádzaním
sc-sub-work-unrealistic = Očakávania od práce, mzdy alebo pracoviska nezodpovedajú realite
sc-sub-work-overestimates = Vlastné možnosti odhaduje vyššie
sc-sub-work-expectations = Ešte celkom nevie, čo sa na pracovisku očakáva
sc-sub-attitude-no-steps = Zatiaľ nerobí vlastné kroky
sc-sub-attitude-gives-up = Pri neúspechu to rýchlo vzdáva
sc-sub-attitude-motivation = Teraz nevidí dôvod niečo meniť
sc-sub-attitude-one-target = Po dlhom hľadaní sa drží jednej konkrétnej práce
sc-sub-attitude-interaction = Ťažkosti vo vzťahu k iným ľuďom alebo k pravidlám
sc-sub-mobility-no-transport = Bez vlastného dopravného prostriedku a bez verejnej dopravy
sc-sub-mobility-public-know-how = Verejná doprava: nevie, ako ju používať, alebo nemá na ňu prostriedky
sc-sub-mobility-no-public = Žiadna verejná doprava nablízku
sc-sub-mobility-distance = Nie je jasné, ako ďaleko môže klient cestovať
sc-sub-papers-not-independent = Úradné veci nezvláda samostatne
sc-sub-papers-obligations = Málo prehľadu o povinnostiach (adresa, zdravotná poisťovňa)
sc-sub-papers-self-employed = Papierovanie z bývalého vlastného podnikania
sc-sub-papers-work-permit = Bez platného pracovného povolenia alebo pobytu
sc-sub-papers-justice = Kontakt so súdmi alebo políciou
sc-sub-digital-no-device = Žiadny mobil, počítač ani internet
sc-sub-digital-no-email = Žiadna e-mailová adresa
sc-sub-digital-no-eid = S itsme alebo eID to zatiaľ nejde
sc-sub-digital-no-vdab = Žiadny účet na VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Spolu ísť do poradne pre riešenie dlhov
sc-act-money-budget-guidance = Začať s pomocou pri hospodárení s peniazmi
sc-act-housing-search-together = Spolu hľadať bývanie
sc-act-housing-reference-address = Požiadať o referenčnú adresu
sc-act-health-see-doctor = Objednať sa k všeobecnému lekárovi
sc-act-health-check-limits = Dať posúdiť, čo je telesne zvládnuteľné
sc-act-mind-talk-counsellor = Rozhovor so psychológom alebo poradcom
sc-act-mind-refer-care = Spolu hľadať vhodnú pomoc
sc-act-addiction-contact-service = Kontaktovať službu pre závislosti
sc-act-addiction-talk-doctor = Porozprávať sa o tom so všeobecným lekárom
sc-act-family-parenting-support = Hľadať podporu pri výchove detí
sc-act-family-relieve-care = Hľadať, kto môže pomôcť so starostlivosťou
sc-act-childcare-find-place = Spolu hľadať miesto v jasliach
sc-act-childcare-informal = Zistiť, či môže deti strážiť niekto z rodiny alebo známych
sc-act-safety-safe-talk = Bezpečný rozhovor len so sociálnym pracovníkom
sc-act-safety-contact-support = Kontakt s linkou pomoci alebo s poradňou
sc-act-network-meeting-place = Navštíviť komunitné centrum v okolí
sc-act-network-volunteering = Vyskúšať dobrovoľníctvo
sc-act-structure-week-plan = Spolu urobiť týždenný plán
sc-act-structure-reminders = Nastaviť pripomienky na stretnutia
sc-act-daily-home-support = Zvážiť pomoc v domácnosti
sc-act-daily-practice = Precvičovať domáce práce
sc-act-dutch-course = Prihlásiť sa na kurz holandčiny
sc-act-dutch-conversation-table = Chodiť na konverzačné stretnutia (praattafel)
sc-act-learning-diploma-recognition = Dať si uznať diplom (NARIC)
sc-act-learning-training = Vybrať si vzdelávanie alebo kurz
sc-act-work-cv = Spolu napísať životopis
sc-act-work-job-coach = Zoznámiť sa s pracovným koučom
sc-act-attitude-small-steps = Dohodnúť sa na prvom malom kroku
sc-act-attitude-orientation = Absolvovať orientáciu alebo krátku skúšobnú stáž
sc-act-mobility-transport-pass = Požiadať o predplatný lístok na autobus alebo vlak
sc-act-mobility-bike-or-licence = Naučiť sa bicyklovať alebo si urobiť vodičský preukaz
sc-act-papers-sort-together = Spolu usporiadať papiere
sc-act-papers-residence-advice = Požiadať o radu k pobytu alebo pracovnému povoleniu
sc-act-digital-course = Absolvovať počítačový kurz
sc-act-digital-eid-setup = Spolu nastaviť itsme alebo čítačku eID

## Summary
sc-summary-chart-title = Oba hlasy vedľa seba
sc-summary-chart-hint = Pre každú oblasť odpoveď klienta a hodnotenie pracovníka. Znak ≠ ukazuje, kde sa líšia: o tom sa dá hovoriť.
sc-summary-table-caption = Odpovede podľa oblastí
sc-col-domain = Oblasť
sc-col-client = Klient
sc-col-worker = Pracovník
sc-col-marks = Na povšimnutie
sc-diff = Rozdiel
sc-precondition = Základná podmienka
sc-not-answered = Zatiaľ bez odpovede
sc-skipped = Preskočené
sc-wants-help = Chce pomoc
sc-summary-diff-title = Kde sa odpovede líšia
sc-summary-diff-none = Medzi oboma odpoveďami zatiaľ nie sú rozdiely.
sc-summary-pre-title = Základné podmienky
sc-summary-pre-hint = Hodnotenie pracovníka: 3. Väčšina OCMW ich rieši ako prvé.
sc-summary-pre-none = Nie sú označené žiadne základné podmienky.
sc-summary-help-title = S týmto chce klient pomoc
sc-summary-help-none = Zatiaľ nie je označená žiadna žiadosť o pomoc.
sc-summary-actions = Možné kroky
sc-summary-client-note = Vlastnými slovami
sc-summary-changes-title = Čo sa zmenilo od sebahodnotenia z { $date }
sc-summary-changes-none = Od predchádzajúceho sebahodnotenia sa nič neposunulo.
sc-summary-first = Toto je prvé sebahodnotenie: zatiaľ nie je s čím porovnávať.
sc-voice-client = klient
sc-voice-worker = pracovník
sc-change-eased = ľahšie
sc-change-harder = ťažšie
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Zaradiť do plánu
sc-add-to-plan-named = Zaradiť „{ $action }“ do plánu
sc-in-plan = Je v pláne
