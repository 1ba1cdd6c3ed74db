# Trede: the GPMI, drafted together (Somali)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.
# Terms: action = hawl, goal = hadaf, partner (third party) = shariig, face to face = fool-ka-fool.

plan-view = Qorshaha (GPMI)
plan-title = Qorshaha is-dhexgalka (GPMI)
plan-intro = Qorshahan si wadajir ah ayaad u qoraysaan. Tallaabooyinka waxaad u samayn kartaan sida idiin habboon, waadna joojin kartaan markaad rabtaan: wax walba waa la kaydiyaa inta aad qoraysaan, waxaana laga sii wadaa meeshii aad joogteen.
plan-undo = Dib u celi
plan-redo = Mar kale samee
plan-steps-label = Tallaabooyinka qorshaha
plan-previous = Dib: { $step }
plan-next = Xiga: { $step }
plan-choose = Dooro…
plan-unknown = Weli lama yaqaan
plan-not-set = weli lama dejin
plan-not-filled = weli lama buuxin
plan-no-owner = weli qofna
plan-no-date = weli taariikh ma jirto
plan-unnamed-action = hawl aan sharaxaad lahayn

## Steps
plan-step-basics = Qorshaha ku saabsan
plan-step-topics = Sheekadaada
plan-step-goals = Hadafyada
plan-step-actions = Hawlaha
plan-step-agreements = Heshiisyada
plan-step-review = Dib u akhris
plan-step-evaluations = Qiimaynnada
plan-step-basics-title = Qorshe noocee ah, yaase ka qayb qaadanaya
plan-step-topics-title = Ereyadaada
plan-step-goals-title = Maxaad jeclaan lahayd inaad gaarto?
plan-step-actions-title = Yaa samaynaya maxay, ilaa goorma?
plan-step-agreements-title = Waxa aan isku raacnay
plan-step-review-title = Aynu si wadajir ah dib ugu akhrino
plan-step-evaluations-title = Aynu si wadajir ah dib u eegno

## Deadline
plan-deadline-by = OCMW-gu waa inuu qorshahan dhammeeyaa ugu dambayn { $date }. Muddada ka dambaysa go’aanka leefloon waa { $months ->
        [one] hal bil
       *[other] { $months } bilood
    }.
plan-deadline-close = OCMW-gu waa inuu qorshahan dhammeeyaa ugu dambayn { $date }: { $days ->
        [0] taasi waa maanta.
        [one] hal maalin ayaa harsan.
       *[other] { $days } maalmood ayaa harsan.
    }
plan-deadline-past = OCMW-gu wuxuu ahaa inuu qorshahan dhammeeyo ugu dambayn { $date }, { $days ->
        [one] hal maalin ka hor.
       *[other] { $days } maalmood ka hor.
    } Muddadaas way dhaaftay: OCMW-gu hadda wuxuu qorshaha la dhammaynayaa macmiilka sida ugu dhakhsaha badan.

## Basics
plan-kind-title = Qorshaha
plan-type-label = Nooca qorshaha
plan-type-employment = Ku wajahan shaqo
plan-type-training = Ku wajahan tababar ama waxbarasho
plan-type-activation = Firfircoonida bulshada (sociale activering)
plan-decision-label = Taariikhda go'aanka leefloon-ka (lacagta nolosha ee OCMW)
plan-decision-hint = Qorshaha waxaa la saxiixaa 3 bilood gudahood laga bilaabo taariikhdan.
plan-start-label = Qorshuhu wuxuu bilaabmayaa
plan-end-label = Qorshuhu wuxuu dhammaanayaa
plan-period = Muddada
plan-why-title = Sababta qorshe u jiro
plan-birth-label = Taariikhda dhalashada
plan-birth-hint = Kaliya si loo ogaado in qorshuhu qasab yahay iyo in kale.
plan-recent-right-label = Macmiilku ma lahaa xaq is-dhexgalka bulshada muddadii go’aanka ka horreysay ({ $months ->
        [one] hal bil
       *[other] { $months } bilood
    })?
plan-recent-right-no = Maya, xaq uma lahayn muddadaas
plan-recent-right-yes = Haa, xaq buu lahaa muddadaas
plan-asked-client = Macmiilka ayaa qorshe codsaday
plan-asked-ocmw = OCMW-ga ayaa qorshe codsaday
plan-mandate-required = Qorshe waa qasab, maxaa yeelay:
plan-mandate-not-required = Sida xeerarku dhigayaan, qorshe qasab ma aha. Haddii la codsado, weli waa la samayn karaa.
plan-mandate-unknown = Geli taariikhda dhalashada iyo in macmiilku xaq u lahaa is-dhexgalka bulshada bilihii ka horreeyay. Markaas ayaad arkaysaa in qorshe waajib yahay.
plan-ground-under25 = macmiilku wuu ka yar yahay 25 sano
plan-ground-new = macmiilku muddadii ka horreysay ({ $months ->
        [one] hal bil
       *[other] { $months } bilood
    }) xaq uma lahayn is-dhexgalka bulshada
plan-ground-client = macmiilka ayaa codsaday
plan-ground-ocmw = OCMW-ga ayaa codsaday
plan-override-label = Go'aanka shaqaalaha bulshada
plan-override-none = Raac xeerarka
plan-override-required = Haddana waa qasab
plan-override-optional = Haddana qasab ma aha
plan-override-reason = Sababta go'aankan
plan-parties-title = Yaa ka qayb qaadanaya
plan-worker-label = Shaqaalaha bulshada
plan-ocmw-label = OCMW
plan-third-legend = Shariig { $n }
plan-third-name = Magaca
plan-third-role = Doorka (tusaale ahaan dhexdhexaadiye deyn)
plan-third-tasks = Waxa shariigani qaadanayo
plan-third-add = Ku dar shariig
plan-third-remove = Ka saar shariigan
plan-support-label = Qof garab taagan macmiilka
plan-support-none = Qofna
plan-support-interpreter = Turjumaan
plan-support-support = Qof lagu kalsoon yahay
plan-support-name = Magaca

## Topics
plan-topics-intro = Qor waxa macmiilku sheegayo, ereyadiisa. Waxba halkan imtixaan ma aha.
plan-topic-needs = Maxaad u baahan tahay?
plan-topic-needs-hint = Tusaale ahaan: nabad-qalbi xagga lacagta, guri, xannaanada carruurta.
plan-topic-challenges = Maxaa hadda kugu adag?
plan-topic-challenges-hint = Waxyaabaha jidka kaa xiraya, kuwo waaweyn ama kuwo yaryar.
plan-topic-goals = Maxaad jeclaan lahayd inaad gaarto, ama inaad ka fogaato?
plan-topic-goals-hint = Tusaale ahaan: shaqo helid, deyn cusub oo aan la gelin.
plan-topic-future = Sidee ayaad u aragtaa mustaqbalkaaga?
plan-topic-future-hint = Xaggee ayaad jeclaan lahayd inaad joogto hal ama laba sano kadib?
plan-topic-role = Door noocee ah ayaad jeclaan lahayd inaad ku lahaato dadka kale dhexdooda?
plan-topic-role-hint = Naftaada iyo dadka kaleba: shaqada, xaafadda, guriga.

## Goals
plan-goals-intro = Dhowr hadaf ayaa ku filan. Hadaf kasta waxaa ku qoran sababta uu muhiim kuugu yahay.
plan-goals-empty = Weli hadaf ma jiro. Ma ku darnaa kan ugu horreeya?
plan-goal-legend = Hadaf { $n }
plan-goal-title = Hadafka
plan-goal-domain = Qaybta nolosha
plan-goal-from = Laga bilaabo
plan-goal-until = Ilaa
plan-goal-why = Maxay tani muhiim kuugu tahay?
plan-goal-add = Ku dar hadaf
plan-goal-remove = Ka saar hadafkan

## Actions
plan-actions-intro = Tallaabooyin yaryar oo cad. Tallaabo kasta waxay leedahay qof qaadanaya iyo taariikh.
plan-actions-empty = Weli hawl ma jirto. Ma ku darnaa tan ugu horreysa?
plan-action-legend = Hawl { $n }
plan-action-what = Maxaa dhacaya?
plan-action-owner = Yaa qaadanaya?
plan-action-due = Ilaa goorma?
plan-action-status = Sidee bay u socotaa?
plan-action-stop-reason = Maxay u joogsatay?
plan-action-evidence = Sidee ku ogaan doonnaa inay dhacday?
plan-action-goal = Hadafkee loogu talagalay?
plan-action-no-goal = Hadaf gaar ah ma leh
plan-action-add = Ku dar hawl
plan-action-remove = Ka saar hawshan
plan-owner-client = Macmiilka
plan-owner-ocmw = OCMW-ga
plan-owner-third = Shariig
plan-status-planned = La qorsheeyay
plan-status-busy = Socota
plan-status-done = Dhammaatay
plan-status-stopped = La joojiyay
plan-origin-free = Si wadajir ah ayaa loo qoray
plan-origin-self-check = Laga soo qaaday is-qiimaynta: { $domain }
plan-origin-catalogue = Fursad: { $offer }

## Agreements
plan-questions-title = Qorshaha hawlaha
plan-question-client-will-do = Maxaad samayn doontaa si aad u gaarto hadafyadaada?
plan-question-client-expects = Maxaad ka filaysaa OCMW-ga?
plan-question-ocmw-expects = Muxuu OCMW-gu kaa filayaa?
plan-means-title = Waxa dhinac kastaa keenayo
plan-means-intro = Waqti, lacag, caawimaad, kulamo: waxa dhinac kastaa ballan qaadayo.
plan-means-client = Macmiilka
plan-means-ocmw = OCMW-ga
plan-means-others = Shariikada
plan-rights-title = Xuquuqdaada iyo waajibaadkaaga
plan-rights-1 = Qorshahani waa heshiis adiga iyo OCMW-ga idinka dhexeeya. Labada dhinacba way saxiixaan, labaduba ballantooda way oofiyaan.
plan-rights-2 = Ka hor intaadan saxiixin, waxaad codsan kartaa { $reflection ->
        [one] hal maalin
       *[other] { $reflection } maalmood
    } oo aad ka fikirto. Waxaad keeni kartaa qof aad adigu dooratay.
plan-rights-3 = Qorshaha waxaan si wadajir ah u eegnaa ugu yaraan { $evaluations } jeer sannadkii, ugu yaraan { $in_person } ka mid ah waa kulan fool-ka-fool ah. Qorshuhu wuu isbeddeli karaa marka xaaladdaadu is beddesho.
plan-rights-4 = Haddii heshiisyada aan la fulin sabab wanaagsan la’aanteed, leefloon-ka gebi ahaan ama qayb ahaan waa la joojin karaa: ugu badnaan { $sanction ->
        [one] hal bil
       *[other] { $sanction } bilood
    }, ama ugu badnaan { $repeat ->
        [one] hal bil
       *[other] { $repeat } bilood
    } haddii ay mar kale dhacdo sanad gudihiis. Marka hore waxaad helaysaa warqad diiwaangashan, waxaadna xaq u leedahay in lagu dhageysto ka hor inta aan wax la go’aamin.
plan-rights-5 = Ciqaab ma jirto haddii OCMW-gu uusan oofin ballamihiisa.
plan-rights-6 = Haddii aadan ku raacsanayn go’aan, waxaad ka racfaan kartaa maxkamadda shaqada (arbeidsrechtbank). Waxaad haysataa { $appeal ->
        [one] hal bil
       *[other] { $appeal } bilood
    } laga bilaabo maalinta lagu ogeysiiyay go’aanka.

## Review
plan-ready-title = Qorshuhu ma diyaar u yahay saxiixa?
plan-ready-ok = Wax kasta oo loo baahan yahay waa ku jiraan. Qorshuhu wuu diyaar u yahay in la saxiixo.
plan-ready-missing = { $count ->
        [one] Hal shay ayaa weli maqan:
       *[other] { $count } shay ayaa weli maqan:
    }
plan-ready-never-blocks = Wax walba si kastaba waa la kaydiyay; goor dambe ayaad dhammayn kartaa.
plan-missing-type = nooca qorshaha
plan-missing-start = taariikhda bilowga
plan-missing-worker = magaca shaqaalaha bulshada
plan-missing-ocmw = magaca OCMW-ga
plan-missing-third-name = magaca shariig
plan-missing-goal = ugu yaraan hal hadaf
plan-missing-goal-title = hadaf aan sharaxaad lahayn
plan-missing-action = ugu yaraan hal hawl
plan-missing-action-what = hawl aan sharaxaad lahayn
plan-missing-action-owner = cidda qaadanaysa “{ $what }”
plan-missing-action-date = taariikh loogu talagalay “{ $what }”
plan-missing-evaluation = waqtiyada qiimaynta
plan-missing-evaluation-count = waqtiyo qiimayn oo ku filan: ugu yaraan { $total } { $months ->
        [12] sannadkii
        [one] hal bil gudaheed
       *[other] { $months } bilood gudahood
    }, { $in_person } fool-ka-fool ah
plan-go-evaluations = Qorshee qiimaynnada
plan-sign-title = Waqtiga ka fikirka iyo saxiixa
plan-reflection-hint = Macmiilku wuxuu heli karaa { $days } maalmood oo shaqo si uu uga fikiro ka hor saxiixa.
plan-reflection-label = Waqtiga ka fikirka waxaa la codsaday
plan-reflection-until = Waqtiga ka fikirku wuxuu socdaa ilaa { $date }.
plan-signed-label = La saxiixay
plan-summary-title = Qorshaha oo dhan

## Evaluations
plan-schedule-title = Waqtiyada qiimaynta
plan-schedule-rule = Ugu yaraan { $count } jeer sannadkii, oo { $inperson } ka mid ahi ay yihiin fool-ka-fool.
plan-schedule-needs-start = Marka hore buuxi taariikhda bilowga; kadib waqtiyada waa la soo jeedin karaa.
plan-schedule-propose = Soo jeedi waqtiyada qiimaynta
plan-schedule-remove = Ka saar
plan-schedule-remove-label = Ka saar waqtiga { $date }
plan-eval-status-done = la qabtay
plan-eval-status-due = { $days ->
        [0] maanta
        [one] 1 maalin gudaheed
       *[other] { $days } maalmood gudahood
    }
plan-eval-status-overdue = { $days ->
        [one] dib u dhac 1 maalin
       *[other] dib u dhac { $days } maalmood
    }
plan-eval-status-later = goor dambe
plan-record-title = Qor qiimayn
plan-eval-date = Taariikhda
plan-eval-date-missing = Fadlan buuxi taariikhda qiimaynta.
plan-eval-present = Yaa joogay
plan-eval-goal = Sidee buu u socdaa “{ $goal }”?
plan-progress-not-started = Weli lama bilaabin
plan-progress-on-track = Sidii la qorsheeyay ayuu u socdaa
plan-progress-reached = Waa la gaaray
plan-progress-adjusted = Waa la hagaajiyay
plan-progress-stopped = Waa la joojiyay
plan-eval-changes = Waxa isbeddelay
plan-eval-changes-hint = Tusaale ahaan heshiis dheeraad ah, ama diirad kale oo ku meel gaar ah.
plan-eval-rung = Heerka jaranjarada hadda
plan-eval-rung-same = Isbeddel ma jiro
plan-eval-save = Kaydi qiimaynta
plan-history-title = Qiimaynnada ilaa hadda
plan-history-empty = Weli qiimayn ma jirto.
plan-eval-new-rung = Heerka cusub ee jaranjarada: { $rung }
plan-eval-version = Qorshaha waqtigaas

plan-reflection-hint-calendar = Macmiilku wuxuu heli karaa { $days } maalmood oo kalandar ah si uu uga fikiro ka hor saxiixa.
plan-reflection-count-label = Waqtiga ka fikirka ku tiri
plan-reflection-count-working = maalmaha shaqada (Isniin ilaa Jimce)
plan-reflection-count-calendar = maalmaha kalandarka

## rules
plan-rights-meeting = Haddii aad codsato kulan lala yeesho shaqaalahaaga bulshada, kulankaas waa inuu dhacaa { $meeting ->
        [one] hal maalin shaqo
       *[other] { $meeting } maalmood oo shaqo
    } gudahood.
plan-rights-change = Waqti kasta waxaad codsan kartaa in qorshaha la beddelo.
plan-part-time-top-up = Wuxuu shaqeeyaa waqti-dhiman wuxuuna helaa leefloon dheeraad ah
plan-part-time-rule-label = Xeerka OCMW-kan ee shaqada waqti-dhimanka iyo leefloon dheeraadka ah
plan-part-time-rule-required = Qorshe waa waajib (sida OCMW Oostende)
plan-part-time-rule-optional = Qorshe keliya marka la codsado (sida hagayaasha Brussels)
plan-ground-part-time = macmiilku wuxuu shaqeeyaa waqti-dhiman wuxuuna helaa leefloon dheeraad ah
plan-ground-studies = macmiilku wuxuu wax ku bartaa waqti buuxa iyadoo OCMW-gu oggol yahay
plan-mandate-exempted = OCMW-gu wuxuu go’aamiyay ka-dhaafid sababo caafimaad ama cadaalad awgood. Qorshe weli waa suurtagal haddii macmiilku codsado.
plan-exemption-label = Ka-dhaafid OCMW-gu bixiyay
plan-exemption-none = Ka-dhaafid ma jirto
plan-exemption-health = Sababo caafimaad
plan-exemption-equity = Sababo cadaalad
plan-exemption-date = Taariikhda go’aanka
plan-exemption-reason = Sababta go’aanka
plan-exemption-date-missing = Taariikhda go’aanka weli way maqan tahay.
plan-exemption-reason-missing = Sababta go’aanka weli way maqan tahay.
plan-exemption-ladder = Jaranjaradu waxay go’aankan ku tusaysaa xaaladda laga dhaafay.
plan-reflection-waived-label = Macmiilku wuxuu iska dhaafay waqtiga fikirka taariikhda
plan-reflection-waived-hint = Buuxi keliya haddii macmiilku isagu doortay inuu hore u saxiixo.
plan-signed-inside-reflection = Qorshaha waxaa la saxiixay inta waqtiga fikirku socday, lamana qorin in macmiilku iska dhaafay. Weydii oo qor, ama mar kale saxiixa waqtiga fikirka kadib.
## evals
plan-eval-kind-in-person = fool-ka-fool
plan-eval-kind-written = qoraal ahaan
plan-eval-kind-phone-or-video = taleefan ama fiidiyow
plan-eval-kind-label = Sidee bay qiimayntu u dhacday
plan-eval-link = Waa kee waqtigan la qorsheeyey
plan-eval-link-none = Waqti la qorsheeyey ma jiro: qiimayn dheeraad ah
plan-eval-kind-mismatch = Waxaa loo qorsheeyey { $planned }, waxaa la qabtay { $held }. Waxay u tirsantaa { $held }.
plan-eval-date-future = Taariikhdani waa maanta kadib. Dooro maalinta qiimayntu dhacday.
plan-eval-rung-to-ladder = Meel cusub ayaa sidoo kale la dhigayaa jaranjarada, oo leh taariikhda qiimayntan.
plan-year-line = Sannadka { $year } ({ $from } – { $until }): { $held } la qabtay ({ $heldinperson } fool-ka-fool), weli { $planned } la qorsheeyey ({ $plannedinperson } fool-ka-fool). Loo baahan yahay: { $total }, oo { $inperson } ay fool-ka-fool yihiin.
plan-year-met = Waa hagaag.
plan-year-on-track = Waa suurtagal waxa la qorsheeyey.
plan-year-short = Waxa hadda la qorsheeyey, sannadkan ma gaarayo ugu yaraan. Qorshee waqti kale.
plan-year-missed = Sannadkan wuu dhammaaday mana gaarin ugu yaraan.
plan-eval-print = Daabac warbixinta
plan-rules-evals-title = Dejinta qiimaynnada
plan-rules-link-margin = Qiimayntu waxay u tirsantaa waqti la qorsheeyey ilaa inta maalmood kadib
plan-rules-link-margin-error = Dooro tiro u dhaxaysa 0 ilaa { $max }.
plan-rules-short-year = Ugu yaraan qorshe ama qayb sannad ah oo ka gaaban laba iyo toban bilood
plan-rules-short-year-proportional = marka loo eego bilaha (kor loo soo koobay)
plan-rules-short-year-full-year = ugu yaraanta sannadka oo dhan
## plan
plan-type-studies = Waxbarasho waqti buuxa (GPMI arday)
plan-orientations-label = Ku wajahan (hal ama ka badan)
plan-present-name-interpreter = Magaca turjumaanka
plan-present-name-support = Magaca qofka lagu kalsoon yahay
plan-studies-title = Waxbarasho
plan-studies-intro = Qofka OCMW-gu u oggolaado inuu waqti buuxa wax barto had iyo jeer wuxuu leeyahay GPMI. Qor dugsiga, laanta iyo muddada, iyo waxa dhinac kastaa ballanqaado.
plan-studies-school = Dugsi ama kulliyad
plan-studies-direction = Laanta waxbarashada
plan-studies-duration = Muddada waxbarashada
plan-studies-student = Ardaygu wuxuu ballanqaadayaa inuu
plan-student-attend = casharrada ka qaybgalo
plan-student-exams = imtixaannada galo
plan-student-results = natiijooyinka siiyo OCMW-ga
plan-student-holiday-job = fasaxyada u diyaar ahaado shaqo arday, inta waxbarashadu oggolaato
plan-studies-other = Heshiisyo kale oo ardayga
plan-studies-ocmw = Waxa OCMW-gu ballanqaado (tusaale ahaan kharashaadka dugsiga ee uu bixiyo)
plan-costs-title = Kharashaadka OCMW-gu bixiyo
plan-costs-intro = Tababar ama hawl: kharashaadkee ayuu OCMW-gu qaadaa?
plan-cost-registration = lacagta is-diiwaangelinta
plan-cost-insurance = caymis
plan-cost-work-clothes = dharka shaqada
plan-cost-travel = kharashka socodka
plan-costs-other = Kharashaad kale
plan-costs-none = Ma jiraan kharashaad khuseeya
plan-explained-title = Sharaxaadda macmiilka
plan-explained-on = Nuxurka, baaxadda iyo cawaaqibta waxaa la sharaxay { $date }
plan-explained-record = Maanta ayaan qorshaha sharaxay
plan-end-title = Xiritaanka qorshaha
plan-end-intro = Qorshe la xiray weli waa la akhrin karaa oo la daabici karaa, laakiin lama beddeli karo lamana saxiixi karo.
plan-end-kind = Sida qorshuhu u dhammaado
plan-end-successful = Guul: yoolalka waa la gaaray
plan-end-early = Goor hore ayuu istaagay
plan-end-right-ended = Xuquuqda is-dhexgalka bulshada way dhammaatay
plan-end-date = Taariikhda dhammaadka
plan-end-reason = Sababta
plan-end-confirm = Xir qorshaha
plan-end-need-kind = Dooro sida qorshuhu u dhammaado.
plan-end-need-date = Qor taariikhda dhammaadka.
plan-end-need-reason = Qor sababta qorshuhu goor hore u istaagay.
plan-ended = Qorshahan waxaa la xiray { $date }: { $kind }.
plan-ended-hint = Weli waad akhrin kartaa oo daabici kartaa qorshaha. Lama beddeli karo lamana saxiixi karo.
plan-move-title = U guuritaan OCMW kale
plan-move-ocmw = OCMW-ga cusub
plan-move-consent = Macmiilku wuxuu oggolaaday in faylka la gudbiyo taariikhda
plan-move-export = U dhoofi faylka OCMW-ga cusub
plan-move-needs-consent = Qor OCMW-ga cusub iyo taariikhda oggolaanshaha. Oggolaansho la'aan ha gudbin faylka.
plan-missing-studies = dugsiga, laanta iyo muddada waxbarashada
plan-missing-end = taariikhda dhammaadka
plan-missing-end-order = taariikh dhammaad oo ka dambaysa taariikhda bilowga
plan-missing-domain = qaybta nolosha ee yoolalka
plan-missing-ocmw-commitment = waxa OCMW-gu ballanqaado (hawl OCMW ama waxa OCMW-gu keeno)
plan-missing-costs = kharashaadka OCMW-gu bixiyo, ama inaysan jirin
plan-missing-explained = taariikhda aad sharaxday nuxurka, baaxadda iyo cawaaqibta
plan-missing-explained-again = qorshuhu wuu isbeddelay sharaxaadda kadib: mar kale sharax
plan-origin-catalogue-from = Fursad: { $offer } (ka { $catalogue }, daabacaad { $edition })

## strength
plan-strength-label = Yaa inta badan qaada tan? (tilmaamaha awoodda)
plan-strength-client = Inta badan macmiilka laftiisa
plan-strength-network = Iyadoo ay caawinayaan dadka u dhow
plan-strength-professional = Caawimo xirfadeed
