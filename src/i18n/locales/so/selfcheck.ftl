# Self-check. Client screens: short, friendly, plain (singular "adiga"). Worker screens: neutral. Never a verdict.

sc-view = Is-qiimayn
sc-title = Is-qiimayn
sc-intro = Waxaan si wadajir ah u eegaynaa 18 qaybood oo nolosha ah. Waxaa loo samayn karaa qayb qayb, dhowr kulan: wax walba isla markiiba waa la kaydiyaa.
sc-list-title = Is-qiimaynnada faylkan ku jira
sc-none = Weli is-qiimayn kuma jirto faylkan.
sc-start = Bilow is-qiimayn cusub
sc-item-title = Is-qiimaynta { $date }
sc-status-unfinished = Weli lama dhammayn
sc-status-complete = Si buuxda ayaa loo buuxiyay
sc-progress-client = Macmiilka: { $answered } ka mid ah { $total } ayaa laga jawaabay
sc-progress-skipped =
    { $count ->
        [one] hal ayaa laga booday
       *[other] { $count } ayaa laga booday
    }
sc-progress-worker = Shaqaalaha bulshada: { $scored } ka mid ah { $total } ayaa la qiimeeyay
sc-open = Fur
sc-delete = Tirtir
sc-confirm-delete-title = Is-qiimayntan ma la tirtiraa?
sc-confirm-delete-body = Is-qiimaynta { $date } waa laga tirtirayaa qalabkan. Tan dib looma celin karo.
sc-confirm-delete-yes = Haa, tirtir
sc-back-to-list = Dhammaan is-qiimaynnada
sc-mode-nav = Qaybaha is-qiimaynta
sc-mode-client = Macmiilka ayaa buuxinaya
sc-mode-worker = Qiimaynta shaqaalaha bulshada
sc-mode-summary = Soo koobid

## Client
sc-client-progress = Su'aasha { $current } ka mid ah { $total }
sc-client-answer-label = Jawaabtaada
sc-answer-good = Si fiican ayay u socotaa
sc-answer-hard = Mararka qaar way adag tahay
sc-answer-big = Hadda waa dhibaato weyn
sc-answer-private = Waxaan doorbidayaa inaanan sheegin
sc-client-help = Waxaan rabaa in lagaga caawiyo arrintan
sc-client-note-label = Ma rabtaa inaad wax ka sheegto? Ereyadaada ku qor; waxay kaloo ahaan kartaa madhan.
sc-client-skip = Goor dambe ayaan ka jawaabayaa
sc-client-back = Kii hore
sc-client-next = Kan xiga
sc-client-skipped-note = Su'aashan hore ayaad uga boodday. Hadda waad ka jawaabi kartaa, ama wali waad sii daayn kartaa.
sc-client-saved = Wax walba isla markiiba waa la kaydiyaa. Waad joojin kartaa markaad doonto.
sc-client-end-title = Taasi waxay ahayd su'aashii ugu dambaysay. Aad baad u mahadsan tahay!
sc-client-end-body = Ma rabtaa inaad wax beddesho? Mar walba waad dib ugu noqon kartaa su'aal.
sc-client-end-open =
    { $count ->
        [one] Hal su'aal ayaa weli furan:
       *[other] { $count } su'aalood ayaa weli furan:
    }
sc-client-go-to = U gudub { $domain }

## Questions for the client
sc-q-money = Sidee bay kuu socdaan arrimaha lacagta, biilasha iyo deymaha?
sc-q-housing = Sidee bay kuu socdaan arrimaha gurigaaga?
sc-q-health = Caafimaadkaagu sidee buu yahay?
sc-q-mind = Sidee ayaad dareemaysay wakhtiyadan dambe?
sc-q-addiction = Sidee bay kuu socdaan arrimaha khamriga, daroogada, khamaarka ama kiniinada?
sc-q-family = Sidee buu kuu socdaa daryeelka carruurtaada ama qof kale?
sc-q-childcare = Sidee bay kuu socdaan arrimaha xannaanada carruurtaada?
sc-q-safety = Gurigaaga ma ku dareentaa ammaan? Intee le'eg?
sc-q-network = Sidee bay kuu socdaan arrimaha dadka kugu xeeran?
sc-q-structure = Sidee buu kuu socdaa nidaamka maalintaadu: kicidda subaxii, gaaridda ballamaha?
sc-q-daily = Sidee bay kuu socdaan karinta, dhaqidda iyo shaqada guriga?
sc-q-dutch = Sidee bay kuu socotaa ku hadalka iyo akhriska Af-Holandiiska?
sc-q-learning = Sidee bay kuu socdaan arrimaha dugsiga, koorsooyinka iyo shahaadooyinka?
sc-q-work = Shaqadu sidee tahay: maxaad hore u qabatay, maxaad qaban kartaa?
sc-q-attitude = Sidee ayaad u dareemaysaa tallaabada xigta ee shaqo ama waxbarasho?
sc-q-mobility = Sidee buu kuu socdaa isu-socodku: bas, tareen, baaskiil ama baabuur?
sc-q-papers = Sidee bay kuu socdaan arrimaha dukumentiyada, warqadaha iyo deganaanshahaaga?
sc-q-digital = Sidee bay kuu socdaan arrimaha taleefanka, kombiyuutarka, iimaylka iyo itsme?

## Worker
sc-worker-intro = Hal dhibco qayb kasta, iyadoo la raacayo cabbirka baaritaanka HIVA. Marka ay tahay 3 ama 4 waxaad calaamadin kartaa waxa khuseeya. Dhibcuhu waa qiimayntaada, oo ku garab taagan jawaabta macmiilka.
sc-score-1 = 1 · Caqabad ma jirto
sc-score-2 = 2 · Caqabad ayaa jirta, laakiin shaqo ama waxbarasho waa suurtagal haddii taageero la helo
sc-score-3 = 3 · Caqabad: shaqo ama waxbarasho hadda ma suurtagalayso
sc-score-4 = 4 · (Weli) ma qiimayn karo
sc-score-none = Weli lama qiimayn
sc-worker-sub-title = Maxaa khuseeya?
sc-worker-no-subs = Qaybtan, xaaladda ku sharax qoraalka.
sc-worker-note-label = Qoraalka shaqaalaha bulshada
sc-dutch-level-label = Heerka Af-Holandiiska
sc-dutch-level-hint = Sida ku qoran shahaado ka timid dugsi ama Huis van het Nederlands, oo aan laba sano ka weyneyn.
sc-dutch-level-none = Weli lama buuxin
sc-dutch-level-unknown = Lama yaqaan
sc-dutch-level-below-1-1 = Ka hooseeya 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Barashadu way dhammaatay (uitgeleerd)
sc-latin-reading = Akhriska far Laatiinka
sc-latin-writing = Qoraalka far Laatiinka
sc-yes = Haa
sc-no = Maya
sc-not-known = Weli lama yaqaan

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Deymo
sc-sub-money-mediation = Wuxuu ku jiraa dhexdhexaadinta deynta
sc-sub-money-basic-needs = Lacag kuma filna cunto, dhar ama kiro
sc-sub-housing-no-address = Cinwaan go'an ma leh, ama wuxuu ku jiraa hoyga habeenkii
sc-sub-housing-unhealthy = Dhibaatooyin culus oo guriga ah, ama guriga waxaa lagu dhawaaqay inaan lagu noolaan karin
sc-sub-housing-must-move = Waa inuu dhawaan ka guuro, ama marar badan ayuu guuraa
sc-sub-housing-transit = Wuxuu ku nool yahay guri ku-meel-gaar ah (doorgangswoning)
sc-sub-health-illness = Jirro ayaa adkaysa shaqada ama waxbarashada
sc-sub-health-diagnosis = Jirro la yaqaan oo leh warqado caafimaad
sc-sub-health-complaints = Cabashooyin caafimaad
sc-sub-health-pregnancy = Uur ama fasaxa umulaha
sc-sub-health-disability = Naafonimo
sc-sub-health-work-disability = Naafonimo shaqo oo si rasmi ah loo aqoonsaday
sc-sub-family-parenting = Barbaarinta iyo la dhaqanka carruurta
sc-sub-family-child-needs = Ilmo u baahan daryeel gaar ah
sc-sub-family-single-parent = Waalid keligiis ah
sc-sub-family-care-task = Guriga wuxuu ku daryeelaa qof naafo ah, da' weyn ama muddo dheer jiran
sc-sub-childcare-waiting-list = Waa la codsaday, laakiin liiska sugitaanka waa dheer yahay
sc-sub-childcare-no-informal = Xannaano lagama helo qoyska ama saaxiibada
sc-sub-childcare-unknown-options = Weli ma yaqaan fursadaha iyo sida loo codsado
sc-sub-safety-relationship = Xiisad lala qabo lammaanaha, qoyska ama dad kale
sc-sub-safety-violence = Rabshad qoyska dhexdiisa ah
sc-sub-network-no-social = Saaxiibo ama dad uu yaqaan waa yar yihiin ama ma jiraan
sc-sub-network-no-family = Qoys uma dhow
sc-sub-network-family-against-work = Qoysku ma taageerayo inuu shaqeeyo
sc-sub-network-nobody-works = Qofna kama shaqeeyo qoyska ama saaxiibada
sc-sub-structure-no-rhythm = Ma laha nidaam maalinle ah oo go'an
sc-sub-structure-missed-appointments = Ballamuhu mararka qaar way khaldamaan
sc-sub-structure-documents = Dukumentiyada lama keeno ballanta
sc-sub-daily-hygiene = Nadaafadda
sc-sub-daily-appearance = Muuqaal nadiif ah oo habsan
sc-sub-daily-household = Shaqada guriga ma socoto
sc-sub-dutch-express = Way ku adag tahay inuu fikradihiisa erayo ku cabbiro
sc-sub-dutch-oral = Hadal ahaan xiriirku weli ma suurtagalo
sc-sub-dutch-written = Qoraal ahaan xiriirku weli ma suurtagalo
sc-sub-dutch-illiterate = Ma akhrin karo, mana qori karo
sc-sub-learning-inactive = Muddooyin dheer oo aan shaqo iyo waxbarasho midna lahayn
sc-sub-learning-no-choices = Weli si miyir leh uma dooran jiho
sc-sub-learning-history = Taariikhda dugsiga iyo shaqada way adag tahay in la sharaxo
sc-sub-learning-recognition = Shahaadada dibadda weli lama aqoonsan
sc-sub-work-guided-only = Shaqooyinkii hore waxay ku suurtageleen oo keliya hagid xoog leh
sc-sub-work-unrealistic = Filashooyinka shaqada, mushaharka ama goobta shaqada ma waafaqsana xaqiiqda
sc-sub-work-overestimates = Kartidiisa wuxuu u arkaa mid ka weyn sida ay tahay
sc-sub-work-expectations = Weli si fiican uma garanayo waxa goob shaqo ka filayso
sc-sub-attitude-no-steps = Weli tallaabooyin u gaar ah ma qaado
sc-sub-attitude-gives-up = Si dhakhso ah ayuu u quustaa marka dhib yimaado
sc-sub-attitude-motivation = Hadda ma arko sabab wax loo beddelo
sc-sub-attitude-one-target = Raadin dheer kadib, weli wuxuu ku adkaystaa hal shaqo
sc-sub-attitude-interaction = La dhaqanka dadka kale ama xeerarka way ku adag tahay
sc-sub-mobility-no-transport = Gaadiid u gaar ah ma leh, gaadiid dadweynena ma jiro
sc-sub-mobility-public-know-how = Gaadiidka dadweynaha: ma yaqaan sida loo isticmaalo, ama ma haysto lacagta
sc-sub-mobility-no-public = Gaadiid dadweyne uma dhow
sc-sub-mobility-distance = Ma cadda inta macmiilku u safri karo
sc-sub-papers-not-independent = Waraaqaha keligiis ma maarayn karo
sc-sub-papers-obligations = Wax yar ayuu ka garanayaa waajibaadkiisa (cinwaanka, caymiska caafimaadka / ziekenfonds)
sc-sub-papers-self-employed = Waraaqo ka haray ganacsi gaar ah oo uu hore u lahaa
sc-sub-papers-work-permit = Ma haysto ogolaansho shaqo ama sharci deganaansho oo ansax ah
sc-sub-papers-justice = Xiriir la leh garsoorka
sc-sub-digital-no-device = Ma laha taleefan, kombiyuutar ama internet
sc-sub-digital-no-email = Ma laha cinwaan iimayl
sc-sub-digital-no-eid = itsme ama eID weli uma shaqeeyaan
sc-sub-digital-no-vdab = Ma laha akoon VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Si wadajir ah ugu tagid dhexdhexaadinta deynta
sc-act-money-budget-guidance = Bilaabidda hagidda miisaaniyadda
sc-act-housing-search-together = Si wadajir ah guri u raadin
sc-act-housing-reference-address = Codsasho cinwaan tixraac (referentieadres)
sc-act-health-see-doctor = Ballan ka qabsasho dhakhtarka qoyska (huisarts)
sc-act-health-check-limits = In la eego waxa jir ahaan suurtagal ah
sc-act-mind-talk-counsellor = Wadahadal lala yeesho cilmi-nafsi yaqaan ama lataliye
sc-act-mind-refer-care = Si wadajir ah u raadin daryeel ku habboon
sc-act-addiction-contact-service = La xiriirid adeeg daryeelka balwadda
sc-act-addiction-talk-doctor = Arrinta kala hadlid dhakhtarka qoyska
sc-act-family-parenting-support = Raadin taageero barbaarinta carruurta
sc-act-family-relieve-care = Raadin qof fududayn kara hawsha daryeelka
sc-act-childcare-find-place = Si wadajir ah u raadin meel xannaanada carruurta ah
sc-act-childcare-informal = Eegid xannaano laga helo qoyska iyo saaxiibada
sc-act-safety-safe-talk = Wadahadal ammaan ah oo keli ah lala yeesho shaqaalaha bulshada
sc-act-safety-contact-support = La xiriirid khad caawimaad ama xarun taageero
sc-act-network-meeting-place = Booqasho goob kulan oo u dhow
sc-act-network-volunteering = Isku dayid shaqo tabarruc ah
sc-act-structure-week-plan = Si wadajir ah u samayn qorshe toddobaadle ah
sc-act-structure-reminders = Dejin xasuusiyeyaal ballamaha
sc-act-daily-home-support = Eegid caawimaad guriga lagu helo
sc-act-daily-practice = Ku tababarid shaqada guriga
sc-act-dutch-course = Isku diiwaangelin koorso Af-Holandiis ah
sc-act-dutch-conversation-table = U tagid miis wadahadal (praattafel)
sc-act-learning-diploma-recognition = Aqoonsiisiinta shahaadada (NARIC)
sc-act-learning-training = Doorashada tababar ama waxbarasho
sc-act-work-cv = Si wadajir ah u qorid CV
sc-act-work-job-coach = La kulmid tababare shaqo (jobcoach)
sc-act-attitude-small-steps = Ku heshiin tallaabo yar oo ugu horreysa
sc-act-attitude-orientation = Samayn hanuunin ama tababar tijaabo gaaban oo goob shaqo
sc-act-mobility-transport-pass = Codsasho kaarka bishii ee baska ama tareenka
sc-act-mobility-bike-or-licence = Barashada baaskiil wadidda ama qaadashada liisanka darawalnimada
sc-act-papers-sort-together = Si wadajir ah u habayn waraaqaha
sc-act-papers-residence-advice = Weydiin talo ku saabsan deganaanshaha ama ogolaanshaha shaqada
sc-act-digital-course = Qaadasho koorso kombiyuutar
sc-act-digital-eid-setup = Si wadajir ah u dejin itsme ama akhriyaha eID

## Summary
sc-summary-chart-title = Labada cod dhinac dhinac
sc-summary-chart-hint = Qayb kasta: jawaabta macmiilka iyo dhibcaha shaqaalaha bulshada. Calaamadda ≠ waxay muujinaysaa meesha ay ku kala duwan yihiin: halkaas ayuu wadahadalku ka bilaabmi karaa.
sc-summary-table-caption = Jawaabaha qayb kasta
sc-col-domain = Qayb
sc-col-client = Macmiil
sc-col-worker = Shaqaalaha bulshada
sc-col-marks = Calaamado
sc-diff = Farqi
sc-precondition = Shuruud hore
sc-not-answered = Weli lagama jawaabin
sc-skipped = Waa laga booday
sc-wants-help = Wuxuu rabaa caawimaad
sc-summary-diff-title = Meelaha ay jawaabuhu ku kala duwan yihiin
sc-summary-diff-none = Weli farqi kuma jiro labada jawaabood.
sc-summary-pre-title = Shuruudaha hore
sc-summary-pre-hint = Shaqaalaha bulshada ayaa siiyay dhibcaha 3. Inta badan OCMW-yadu kuwan ayay marka hore wax ka qabtaan.
sc-summary-pre-none = Shuruud hore lama calaamadin.
sc-summary-help-title = Arrimaha macmiilku caawimaad ka rabo
sc-summary-help-none = Weli codsi caawimaad lama calaamadin.
sc-summary-actions = Tallaabooyin suurtagal ah
sc-summary-client-note = Ereyadiisa
sc-summary-changes-title = Waxa isbeddelay tan iyo is-qiimaynta { $date }
sc-summary-changes-none = Wax isbeddel ah ma jiro tan iyo is-qiimayntii hore.
sc-summary-first = Tani waa is-qiimaynta ugu horreysa: weli wax lala barbardhigo ma jiro.
sc-voice-client = macmiil
sc-voice-worker = shaqaalaha bulshada
sc-change-eased = fududaaday
sc-change-harder = adkaaday
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Ku dar qorshaha
sc-add-to-plan-named = Ku dar “{ $action }” qorshaha
sc-in-plan = Qorshaha ayuu ku jiraa
