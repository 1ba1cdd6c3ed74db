# Self-check. Client screens: short, friendly, plain (singular "adiga"). Worker screens: neutral. Never a verdict.

self-check-view = Is-qiimayn
self-check-title = Is-qiimayn
self-check-intro = Waxaan si wadajir ah u eegaynaa 18 qaybood oo nolosha ah. Waxaa loo samayn karaa qayb qayb, dhowr kulan: wax walba isla markiiba waa la kaydiyaa.
self-check-list-title = Is-qiimaynnada faylkan ku jira
self-check-none = Weli is-qiimayn kuma jirto faylkan.
self-check-start = Bilow is-qiimayn cusub
self-check-item-title = Is-qiimaynta { $date }
self-check-status-unfinished = Weli lama dhammayn
self-check-status-complete = Si buuxda ayaa loo buuxiyay
self-check-progress-client = Macmiilka: { $answered } ka mid ah { $total } ayaa laga jawaabay
self-check-progress-skipped =
    { $count ->
        [one] hal ayaa laga booday
       *[other] { $count } ayaa laga booday
    }
self-check-progress-worker = Shaqaalaha bulshada: { $scored } ka mid ah { $total } ayaa la qiimeeyay
self-check-open = Fur
self-check-delete = Tirtir
self-check-confirm-delete-title = Is-qiimayntan ma la tirtiraa?
self-check-confirm-delete-body = Is-qiimaynta { $date } waa laga tirtirayaa qalabkan. Tan dib looma celin karo.
self-check-confirm-delete-yes = Haa, tirtir
self-check-back-to-list = Dhammaan is-qiimaynnada
self-check-mode-nav = Qaybaha is-qiimaynta
self-check-mode-client = Macmiilka ayaa buuxinaya
self-check-mode-worker = Qiimaynta shaqaalaha bulshada
self-check-mode-summary = Soo koobid

## Client
self-check-client-progress = Su'aasha { $current } ka mid ah { $total }
self-check-client-answer-label = Jawaabtaada
self-check-answer-good = Si fiican ayay u socotaa
self-check-answer-hard = Mararka qaar way adag tahay
self-check-answer-big = Hadda waa dhibaato weyn
self-check-answer-private = Waxaan doorbidayaa inaanan sheegin
self-check-client-help = Waxaan rabaa in lagaga caawiyo arrintan
self-check-client-note-label = Ma rabtaa inaad wax ka sheegto? Ereyadaada ku qor; waxay kaloo ahaan kartaa madhan.
self-check-client-skip = Goor dambe ayaan ka jawaabayaa
self-check-client-back = Kii hore
self-check-client-next = Kan xiga
self-check-client-skipped-note = Su'aashan hore ayaad uga boodday. Hadda waad ka jawaabi kartaa, ama wali waad sii daayn kartaa.
self-check-client-saved = Wax walba isla markiiba waa la kaydiyaa. Waad joojin kartaa markaad doonto.
self-check-client-end-title = Taasi waxay ahayd su'aashii ugu dambaysay. Aad baad u mahadsan tahay!
self-check-client-end-body = Ma rabtaa inaad wax beddesho? Mar walba waad dib ugu noqon kartaa su'aal.
self-check-client-end-open =
    { $count ->
        [one] Hal su'aal ayaa weli furan:
       *[other] { $count } su'aalood ayaa weli furan:
    }
self-check-client-go-to = U gudub { $domain }

## Questions for the client
self-check-q-money = Sidee bay kuu socdaan arrimaha lacagta, biilasha iyo deymaha?
self-check-q-housing = Sidee bay kuu socdaan arrimaha gurigaaga?
self-check-q-health = Caafimaadkaagu sidee buu yahay?
self-check-q-mind = Sidee ayaad dareemaysay wakhtiyadan dambe?
self-check-q-addiction = Sidee bay kuu socdaan arrimaha khamriga, daroogada, khamaarka ama kiniinada?
self-check-q-family = Sidee buu kuu socdaa daryeelka carruurtaada ama qof kale?
self-check-q-childcare = Sidee bay kuu socdaan arrimaha xannaanada carruurtaada?
self-check-q-safety = Gurigaaga ma ku dareentaa ammaan? Intee le'eg?
self-check-q-network = Sidee bay kuu socdaan arrimaha dadka kugu xeeran?
self-check-q-structure = Sidee buu kuu socdaa nidaamka maalintaadu: kicidda subaxii, gaaridda ballamaha?
self-check-q-daily = Sidee bay kuu socdaan karinta, dhaqidda iyo shaqada guriga?
self-check-q-dutch = Sidee bay kuu socotaa ku hadalka iyo akhriska Af-Holandiiska?
self-check-q-learning = Sidee bay kuu socdaan arrimaha dugsiga, koorsooyinka iyo shahaadooyinka?
self-check-q-work = Shaqadu sidee tahay: maxaad hore u qabatay, maxaad qaban kartaa?
self-check-q-attitude = Sidee ayaad u dareemaysaa tallaabada xigta ee shaqo ama waxbarasho?
self-check-q-mobility = Sidee buu kuu socdaa isu-socodku: bas, tareen, baaskiil ama baabuur?
self-check-q-papers = Sidee bay kuu socdaan arrimaha dukumentiyada, warqadaha iyo deganaanshahaaga?
self-check-q-digital = Sidee bay kuu socdaan arrimaha taleefanka, kombiyuutarka, iimaylka iyo itsme?

## Worker
self-check-worker-intro = Hal dhibco qayb kasta, iyadoo la raacayo cabbirka baaritaanka HIVA. Marka ay tahay 3 ama 4 waxaad calaamadin kartaa waxa khuseeya. Dhibcuhu waa qiimayntaada, oo ku garab taagan jawaabta macmiilka.
self-check-score-1 = 1 · Caqabad ma jirto
self-check-score-2 = 2 · Caqabad ayaa jirta, laakiin shaqo ama waxbarasho waa suurtagal haddii taageero la helo
self-check-score-3 = 3 · Caqabad: shaqo ama waxbarasho hadda ma suurtagalayso
self-check-score-4 = 4 · (Weli) ma qiimayn karo
self-check-score-none = Weli lama qiimayn
self-check-worker-sub-title = Maxaa khuseeya?
self-check-worker-no-subs = Qaybtan, xaaladda ku sharax qoraalka.
self-check-worker-note-label = Qoraalka shaqaalaha bulshada
self-check-dutch-level-label = Heerka Af-Holandiiska
self-check-dutch-level-hint = Sida ku qoran shahaado ka timid dugsi ama Huis van het Nederlands, oo aan laba sano ka weyneyn.
self-check-dutch-level-none = Weli lama buuxin
self-check-dutch-level-unknown = Lama yaqaan
self-check-dutch-level-below-1-1 = Ka hooseeya 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Barashadu way dhammaatay (uitgeleerd)
self-check-latin-reading = Akhriska far Laatiinka
self-check-latin-writing = Qoraalka far Laatiinka
self-check-yes = Haa
self-check-no = Maya
self-check-not-known = Weli lama yaqaan

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Deymo
self-check-sub-money-mediation = Wuxuu ku jiraa dhexdhexaadinta deynta
self-check-sub-money-basic-needs = Lacag kuma filna cunto, dhar ama kiro
self-check-sub-housing-no-address = Cinwaan go'an ma leh, ama wuxuu ku jiraa hoyga habeenkii
self-check-sub-housing-unhealthy = Dhibaatooyin culus oo guriga ah, ama guriga waxaa lagu dhawaaqay inaan lagu noolaan karin
self-check-sub-housing-must-move = Waa inuu dhawaan ka guuro, ama marar badan ayuu guuraa
self-check-sub-housing-transit = Wuxuu ku nool yahay guri ku-meel-gaar ah (doorgangswoning)
self-check-sub-health-illness = Jirro ayaa adkaysa shaqada ama waxbarashada
self-check-sub-health-diagnosis = Jirro la yaqaan oo leh warqado caafimaad
self-check-sub-health-complaints = Cabashooyin caafimaad
self-check-sub-health-pregnancy = Uur ama fasaxa umulaha
self-check-sub-health-disability = Naafonimo
self-check-sub-health-work-disability = Naafonimo shaqo oo si rasmi ah loo aqoonsaday
self-check-sub-family-parenting = Barbaarinta iyo la dhaqanka carruurta
self-check-sub-family-child-needs = Ilmo u baahan daryeel gaar ah
self-check-sub-family-single-parent = Waalid keligiis ah
self-check-sub-family-care-task = Guriga wuxuu ku daryeelaa qof naafo ah, da' weyn ama muddo dheer jiran
self-check-sub-childcare-waiting-list = Waa la codsaday, laakiin liiska sugitaanka waa dheer yahay
self-check-sub-childcare-no-informal = Xannaano lagama helo qoyska ama saaxiibada
self-check-sub-childcare-unknown-options = Weli ma yaqaan fursadaha iyo sida loo codsado
self-check-sub-safety-relationship = Xiisad lala qabo lammaanaha, qoyska ama dad kale
self-check-sub-safety-violence = Rabshad qoyska dhexdiisa ah
self-check-sub-network-no-social = Saaxiibo ama dad uu yaqaan waa yar yihiin ama ma jiraan
self-check-sub-network-no-family = Qoys uma dhow
self-check-sub-network-family-against-work = Qoysku ma taageerayo inuu shaqeeyo
self-check-sub-network-nobody-works = Qofna kama shaqeeyo qoyska ama saaxiibada
self-check-sub-structure-no-rhythm = Ma laha nidaam maalinle ah oo go'an
self-check-sub-structure-missed-appointments = Ballamuhu mararka qaar way khaldamaan
self-check-sub-structure-documents = Dukumentiyada lama keeno ballanta
self-check-sub-daily-hygiene = Nadaafadda
self-check-sub-daily-appearance = Muuqaal nadiif ah oo habsan
self-check-sub-daily-household = Shaqada guriga ma socoto
self-check-sub-dutch-express = Way ku adag tahay inuu fikradihiisa erayo ku cabbiro
self-check-sub-dutch-oral = Hadal ahaan xiriirku weli ma suurtagalo
self-check-sub-dutch-written = Qoraal ahaan xiriirku weli ma suurtagalo
self-check-sub-dutch-illiterate = Ma akhrin karo, mana qori karo
self-check-sub-learning-inactive = Muddooyin dheer oo aan shaqo iyo waxbarasho midna lahayn
self-check-sub-learning-no-choices = Weli si miyir leh uma dooran jiho
self-check-sub-learning-history = Taariikhda dugsiga iyo shaqada way adag tahay in la sharaxo
self-check-sub-learning-recognition = Shahaadada dibadda weli lama aqoonsan
self-check-sub-work-guided-only = Shaqooyinkii hore waxay ku suurtageleen oo keliya hagid xoog leh
self-check-sub-work-unrealistic = Filashooyinka shaqada, mushaharka ama goobta shaqada ma waafaqsana xaqiiqda
self-check-sub-work-overestimates = Kartidiisa wuxuu u arkaa mid ka weyn sida ay tahay
self-check-sub-work-expectations = Weli si fiican uma garanayo waxa goob shaqo ka filayso
self-check-sub-attitude-no-steps = Weli tallaabooyin u gaar ah ma qaado
self-check-sub-attitude-gives-up = Si dhakhso ah ayuu u quustaa marka dhib yimaado
self-check-sub-attitude-motivation = Hadda ma arko sabab wax loo beddelo
self-check-sub-attitude-one-target = Raadin dheer kadib, weli wuxuu ku adkaystaa hal shaqo
self-check-sub-attitude-interaction = La dhaqanka dadka kale ama xeerarka way ku adag tahay
self-check-sub-mobility-no-transport = Gaadiid u gaar ah ma leh, gaadiid dadweynena ma jiro
self-check-sub-mobility-public-know-how = Gaadiidka dadweynaha: ma yaqaan sida loo isticmaalo, ama ma haysto lacagta
self-check-sub-mobility-no-public = Gaadiid dadweyne uma dhow
self-check-sub-mobility-distance = Ma cadda inta macmiilku u safri karo
self-check-sub-papers-not-independent = Waraaqaha keligiis ma maarayn karo
self-check-sub-papers-obligations = Wax yar ayuu ka garanayaa waajibaadkiisa (cinwaanka, caymiska caafimaadka / ziekenfonds)
self-check-sub-papers-self-employed = Waraaqo ka haray ganacsi gaar ah oo uu hore u lahaa
self-check-sub-papers-work-permit = Ma haysto ogolaansho shaqo ama sharci deganaansho oo ansax ah
self-check-sub-papers-justice = Xiriir la leh garsoorka
self-check-sub-digital-no-device = Ma laha taleefan, kombiyuutar ama internet
self-check-sub-digital-no-email = Ma laha cinwaan iimayl
self-check-sub-digital-no-eid = itsme ama eID weli uma shaqeeyaan
self-check-sub-digital-no-vdab = Ma laha akoon VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Si wadajir ah ugu tagid dhexdhexaadinta deynta
self-check-act-money-budget-guidance = Bilaabidda hagidda miisaaniyadda
self-check-act-housing-search-together = Si wadajir ah guri u raadin
self-check-act-housing-reference-address = Codsasho cinwaan tixraac (referentieadres)
self-check-act-health-see-doctor = Ballan ka qabsasho dhakhtarka qoyska (huisarts)
self-check-act-health-check-limits = In la eego waxa jir ahaan suurtagal ah
self-check-act-mind-talk-counsellor = Wadahadal lala yeesho cilmi-nafsi yaqaan ama lataliye
self-check-act-mind-refer-care = Si wadajir ah u raadin daryeel ku habboon
self-check-act-addiction-contact-service = La xiriirid adeeg daryeelka balwadda
self-check-act-addiction-talk-doctor = Arrinta kala hadlid dhakhtarka qoyska
self-check-act-family-parenting-support = Raadin taageero barbaarinta carruurta
self-check-act-family-relieve-care = Raadin qof fududayn kara hawsha daryeelka
self-check-act-childcare-find-place = Si wadajir ah u raadin meel xannaanada carruurta ah
self-check-act-childcare-informal = Eegid xannaano laga helo qoyska iyo saaxiibada
self-check-act-safety-safe-talk = Wadahadal ammaan ah oo keli ah lala yeesho shaqaalaha bulshada
self-check-act-safety-contact-support = La xiriirid khad caawimaad ama xarun taageero
self-check-act-network-meeting-place = Booqasho goob kulan oo u dhow
self-check-act-network-volunteering = Isku dayid shaqo tabarruc ah
self-check-act-structure-week-plan = Si wadajir ah u samayn qorshe toddobaadle ah
self-check-act-structure-reminders = Dejin xasuusiyeyaal ballamaha
self-check-act-daily-home-support = Eegid caawimaad guriga lagu helo
self-check-act-daily-practice = Ku tababarid shaqada guriga
self-check-act-dutch-course = Isku diiwaangelin koorso Af-Holandiis ah
self-check-act-dutch-conversation-table = U tagid miis wadahadal (praattafel)
self-check-act-learning-diploma-recognition = Aqoonsiisiinta shahaadada (NARIC)
self-check-act-learning-training = Doorashada tababar ama waxbarasho
self-check-act-work-cv = Si wadajir ah u qorid CV
self-check-act-work-job-coach = La kulmid tababare shaqo (jobcoach)
self-check-act-attitude-small-steps = Ku heshiin tallaabo yar oo ugu horreysa
self-check-act-attitude-orientation = Samayn hanuunin ama tababar tijaabo gaaban oo goob shaqo
self-check-act-mobility-transport-pass = Codsasho kaarka bishii ee baska ama tareenka
self-check-act-mobility-bike-or-licence = Barashada baaskiil wadidda ama qaadashada liisanka darawalnimada
self-check-act-papers-sort-together = Si wadajir ah u habayn waraaqaha
self-check-act-papers-residence-advice = Weydiin talo ku saabsan deganaanshaha ama ogolaanshaha shaqada
self-check-act-digital-course = Qaadasho koorso kombiyuutar
self-check-act-digital-eid-setup = Si wadajir ah u dejin itsme ama akhriyaha eID

## Summary
self-check-summary-chart-title = Labada cod dhinac dhinac
self-check-summary-chart-hint = Qayb kasta: jawaabta macmiilka iyo dhibcaha shaqaalaha bulshada. Calaamadda ≠ waxay muujinaysaa meesha ay ku kala duwan yihiin: halkaas ayuu wadahadalku ka bilaabmi karaa.
self-check-summary-table-caption = Jawaabaha qayb kasta
self-check-col-domain = Qayb
self-check-col-client = Macmiil
self-check-col-worker = Shaqaalaha bulshada
self-check-col-marks = Calaamado
self-check-diff = Farqi
self-check-precondition = Shuruud hore
self-check-not-answered = Weli lagama jawaabin
self-check-skipped = Waa laga booday
self-check-wants-help = Wuxuu rabaa caawimaad
self-check-summary-diff-title = Meelaha ay jawaabuhu ku kala duwan yihiin
self-check-summary-diff-none = Weli farqi kuma jiro labada jawaabood.
self-check-summary-pre-title = Shuruudaha hore
self-check-summary-pre-hint = Shaqaalaha bulshada ayaa siiyay dhibcaha 3. Inta badan OCMW-yadu kuwan ayay marka hore wax ka qabtaan.
self-check-summary-pre-none = Shuruud hore lama calaamadin.
self-check-summary-help-title = Arrimaha macmiilku caawimaad ka rabo
self-check-summary-help-none = Weli codsi caawimaad lama calaamadin.
self-check-summary-actions = Tallaabooyin suurtagal ah
self-check-summary-client-note = Ereyadiisa
self-check-summary-changes-title = Waxa isbeddelay tan iyo is-qiimaynta { $date }
self-check-summary-changes-none = Wax isbeddel ah ma jiro tan iyo is-qiimayntii hore.
self-check-summary-first = Tani waa is-qiimaynta ugu horreysa: weli wax lala barbardhigo ma jiro.
self-check-voice-client = macmiil
self-check-voice-worker = shaqaalaha bulshada
self-check-change-eased = fududaaday
self-check-change-harder = adkaaday
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Ku dar qorshaha
self-check-add-to-plan-named = Ku dar “{ $action }” qorshaha
self-check-in-plan = Qorshaha ayuu ku jiraa

## rules
self-check-sub-money-unemployment-trap = Khatarta dabinka shaqo la’aanta: shaqadu waxay keentaa wax yar ama waxba dheeraad ah
