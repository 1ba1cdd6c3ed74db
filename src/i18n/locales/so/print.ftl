# Trede: signing and printing (Somali)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening.
# Client-facing texts use singular "adiga", as in round 1.
# Terms: sign = saxiix, version = nuqul (not "nooc": "nooca qorshaha" is the plan type),
# copy = koobi, draft = qabyo-qoraal / QABYO, party = dhinac, present = goobjoog,
# fingerprint (of the text) = summadda dhijitaalka ah, help translation = turjumaad caawin ah.

sign-view = Saxiix
print-view = Daabac

## Signing
sign-title = Saxiixa qorshaha
sign-intro = Marka hore si wadajir ah u akhriya qorshaha. Qof kasta oo ka qayb qaadanayaa halkan ayuu ku saxiixayaa, tablet-ka, sida warqadda oo kale: farta, qalin ama mouse-ka.
sign-reflection = Macmiilku ma doonayaa inuu marka hore ka fikiro? Markaas daabac qabyo-qoraal uu guriga u qaato. Saxiixu wuu sugi karaa.
sign-fingerprint = Summadda dhijitaalka ah ee nuqulkan
sign-fingerprint-hint = Koodhkani wuxuu u gaar yahay qoraalkan oo keliya. Haddii wax ka beddelmaan qorshaha, koodhkuna wuu beddelmayaa.
sign-state-unsigned = Weli qofna ma saxiixin nuqulkan qorshaha.
sign-state-partly = Weli ma saxiixin: { $names }
sign-state-complete = Qof kasta oo ay ahayd inuu saxiixo wuu saxiixay.
sign-outdated = Qorshaha waa la beddelay kadib markii la saxiixay. Saxiixyadaasi waxay ka tirsan yihiin nuqul hore; weli waad akhrin kartaa oo daabici kartaa. Nuqulkan waa in mar kale la saxiixaa.
sign-not-ready = Qorshuhu weli si buuxda ugama diyaarsana saxiixa. Qaybta ‘Dib u akhris’ ayaa muujinaysa waxa weli maqan.
sign-go-review = U gudub ‘Dib u akhris’
sign-go-print = U gudub muuqaalka daabacaadda
sign-parties-title = Yaa saxiixaya
sign-present-title = Kuwa kale ee goobjoogga ah (saxiixu qasab ma aha)
sign-as-party = Wuxuu u saxiixayaa dhinac ahaan
sign-as-present = Wuxuu u saxiixayaa qof goobjoog ah ahaan, ma aha dhinac
sign-role-client = Macmiilka
sign-role-worker = Shaqaalaha bulshada, oo matalaya OCMW-ga
sign-role-third = Shariig
sign-role-interpreter = Turjumaan
sign-role-support = Qof lagu kalsoon yahay
sign-start = Saxiix
sign-again = Mar kale saxiix
sign-withdraw = Ka saar saxiixa
sign-signed = La saxiixay { $date }
sign-signed-at = Lagu saxiixay { $place }, { $date }
sign-not-signed = Weli lama saxiixin
sign-earlier-title = Nuqullo hore oo la saxiixay
sign-earlier-item = Nuqulka { $fingerprint }, waxaa saxiixay { $names }
sign-show-version = Eeg nuqulkan

## The signing area
pad-area = Meesha saxiixa
pad-hint = Meeshan waxaad ku saxiixi kartaa fartaada, qalin ama mouse-ka.
pad-empty = Weli waxba lama sawirin.
pad-drawn = Meesha waxaa ku jira saxiix.
pad-undo = Ka saar xariiqda ugu dambaysa
pad-clear = Tirtir dhammaan
pad-name = Magaca
pad-date = Taariikhda
pad-place = Goobta
pad-save = Kaydi saxiixa
pad-cancel = Ka noqo
sign-problem-name = Fadlan qor magaca.
sign-problem-strokes = Fadlan marka hore meesha ku saxiix.
sign-problem-too-long = Saxiixani aad buu u dheer yahay. Tirtir oo si ka fudud u saxiix.
sign-problem-unknown = Shariigan hadda kuma jiro qorshaha.

## Printing
print-title = Daabac
print-intro = Qorshaha oo ku qoran warqad A4 ah, si loo siiyo ama warqad loogu saxiixo. Daabacaaddu waxay shaqaysaa xataa internet la'aan; haddii aad fayl rabto, dooro ‘Kaydi PDF ahaan’ (Save as PDF).
print-version-label = Nuqulkee
print-version-current = Qorshaha sida uu hadda yahay
print-version-round = Nuqulka la saxiixay { $fingerprint }
print-both = Daabac (Af-Holandiis + { $lang })
print-client = Daabac koobiga macmiilka ({ $lang } oo keliya)
print-dutch = Daabac (Af-Holandiis)
print-mode-label = Waxa aad aragto
print-mode-both = Af-Holandiis iyo turjumaad caawin ah
print-mode-client = Koobiga macmiilka
print-no-translation = Weli ma jirto turjumaad { $lang } ah. Qorshaha waxaa lagu daabacayaa Af-Holandiis.
print-preview-label = Muuqaalka daabacaadda

## The printed plan
doc-title = Qorshaha gaarka ah ee is-dhexgalka bulshada (GPMI)
doc-subtitle = Heshiis u dhexeeya macmiilka iyo OCMW-ga
doc-binding-note = Turjumaad caawin ah. Qoraalka sharci ahaan la raacayo waa kan Af-Holandiiska ah oo keliya.
doc-copy-note = Tani waa turjumaad caawin ah oo loogu talagalay macmiilka. Qoraalka sharci ahaan la raacayo waa kan Af-Holandiiska ah oo keliya.
doc-draft = QABYO
doc-draft-note = Qabyo-qoraal: weli qof walba ma saxiixin.
doc-earlier-note = Kani waa nuqul hore oo la saxiixay. Qorshaha waa la beddelay intaas kadib.
doc-not-set = lama buuxin
doc-facts = Xogta
doc-ocmw = OCMW
doc-client = Macmiilka
doc-worker = Shaqaalaha bulshada
doc-type = Nooca qorshaha
doc-type-employment = Ku wajahan shaqo
doc-type-training = Ku wajahan tababar ama waxbarasho
doc-type-activation = Firfircoonida bulshada (sociale activering)
doc-period = Muddada
doc-decision = Go'aanka leefloon-ka (lacagta nolosha ee OCMW)
doc-partners = Shariikada
doc-support = Qofka garab taagan macmiilka
doc-topics = Sheekada macmiilka
doc-topic-needs = Waxa macmiilku u baahan yahay
doc-topic-challenges = Waxa hadda adag
doc-topic-goals = Waxa macmiilku doonayo inuu gaaro ama ka fogaado
doc-topic-future = Sida macmiilku u arko mustaqbalka
doc-topic-role = Doorka macmiilku doonayo inuu ku lahaado dadka kale dhexdooda
doc-goals = Hadafyada
doc-goal-domain = Qaybta nolosha
doc-goal-period = Muddada
doc-goal-why = Sababta ay muhiim u tahay
doc-actions = Hawlaha
doc-col-what = Maxay
doc-col-who = Yaa
doc-col-due = Ilaa goorma
doc-col-evidence = Sida aan ku ogaanno inay dhacday
doc-who-client = Macmiilka
doc-who-ocmw = OCMW-ga
doc-who-third = Shariig
doc-who-nobody = weli qofna
doc-origin-catalogue = Fursad OCMW-ga
doc-questions = Qorshaha hawlaha
doc-question-client-will-do = Maxuu macmiilku samayn doonaa si uu u gaaro hadafyada?
doc-question-client-expects = Maxuu macmiilku ka filayaa OCMW-ga?
doc-question-ocmw-expects = Muxuu OCMW-gu ka filayaa macmiilka?
doc-means = Waxa dhinac kastaa keenayo
doc-means-client = Macmiilka
doc-means-ocmw = OCMW-ga
doc-means-others = Shariikada
doc-evaluations = Goorta aan si wadajir ah dib u eegno
doc-evaluations-rule = Ugu yaraan { $count } jeer sannadkii, oo ugu yaraan { $inperson } ka mid ahi ay yihiin fool-ka-fool.
doc-eval-in-person = fool-ka-fool
doc-eval-remote = taleefan ama fiidiyow
doc-signatures = Saxiixyada
doc-signatures-intro = Markay saxiixaan, dhinacyadu waxay ogolaadaan qorshahan. Turjumaan ama qof lagu kalsoon yahay wuxuu u saxiixaa qof goobjoog ah ahaan, ma aha dhinac.
doc-fingerprint = Summadda dhijitaalka ah ee qoraalka la saxiixay (SHA-256)
doc-sign-name = Magaca
doc-sign-date = Taariikhda
doc-sign-place = Goobta

## Rights and duties, in plain words
rights-title = Xuquuqda iyo waajibaadka
rights-agreement = Qorshahani waa heshiis adiga iyo OCMW-ga idinka dhexeeya. Si wadajir ah ayaad u qorteen. Markaad saxiixdaan, labadiinuba waxaad ballan qaadaysaan inaad samaysaan waxa ku qoran.
rights-client = Waxa aad adigu samaynayso: waxaad qabanaysaa hawlaha magacaaga ku qoran, waxaad imanaysaa ballamaha, waxaadna goor hore sheegaysaa haddii ay wax kuu suurtoobi waayaan.
rights-ocmw = Waxa OCMW-gu samaynayo: wuxuu ku caawinayaa sida qorshahan ku qoran, wuxuuna qabanayaa hawlaha magaca OCMW-ga ku qoran. Wuxuu qorshaha si wadajir ah kuula eegayaa ugu yaraan { $evaluations } jeer sannadkii, ugu yaraan { $in_person } ka mid ah waa wada-hadal fool-ka-fool ah.
rights-change = Qorshuhu wuu isbeddeli karaa marka noloshaadu isbeddesho. Adiga iyo OCMW-guba waqti kasta waxaad codsan kartaan in la hagaajiyo. Qorshe la beddelay mar kale ayaa la saxiixaa.
rights-reflection = Ka hor intaadan saxiixin, waxaad codsan kartaa { $reflection ->
        [one] hal maalin
       *[other] { $reflection } maalmood
    } oo aad ka fikirto, waxaadna qoraalka qabyada ah geyn kartaa guriga. Waxaad keeni kartaa qof aad adigu dooratay.
rights-not-kept = Haddii heshiis aan la fulin sabab wanaagsan la’aanteed, leefloon-ka gebi ahaan ama qayb ahaan waa la joojin karaa: ugu badnaan { $sanction ->
        [one] hal bil
       *[other] { $sanction } bilood
    }, ama ugu badnaan { $repeat ->
        [one] hal bil
       *[other] { $repeat } bilood
    } haddii ay mar kale dhacdo sanad gudihiis. Taasi weligeed ma dhacdo digniin la’aan: marka hore waxaad helaysaa warqad diiwaangashan.
rights-heard = Waxaad xaq u leedahay in lagu maqlo. Ka hor inta aan go'aan la gaarin, waxaad sheegi kartaa sheekadaada, waxaadna keeni kartaa qof ku caawiya.
rights-no-sanction = Ciqaab ma jirto haddii aad sabab wanaagsan lahayd, ama haddii OCMW-gu uusan oofin ballamihiisa ee qorshahan ku qoran.
rights-interpreter = Haddii aadan si fiican u fahmin wada-hadalka ama qorshahan, waxaad codsan kartaa turjumaan.
rights-copy = Waxaad helaysaa koobi qorshahan ah. Caawin ahaan, waxaad sidoo kale ku heli kartaa luqaddaada; laakiin qoraalka sharci ahaan la raacayo waa kan Af-Holandiiska ah.
rights-appeal = Haddii aadan ku raacsanayn go’aan uu OCMW-gu gaaray, waxaad ka racfaan kartaa maxkamadda shaqada (arbeidsrechtbank). Waxaad haysataa { $appeal ->
        [one] hal bil
       *[other] { $appeal } bilood
    } laga bilaabo maalinta lagu ogeysiiyay go’aanka.

pad-typed = Gacanta kuma saxiixi karo: magacayga aan qoray wuxuu u dhigmaa saxiixayga
pad-typed-hint = Waxaa loogu talagalay qofka aan gacanta ku saxiixi karin. Markaas magaca hoos ku qoran ayaa la gelinayaa meesha saxiixa.

## rules
rights-meeting = Haddii aad codsato kulan lala yeesho shaqaalahaaga bulshada, kulankaas waa inuu dhacaa { $meeting ->
        [one] hal maalin shaqo
       *[other] { $meeting } maalmood oo shaqo
    } gudahood.
doc-reflection = Waqtiga fikirka
doc-reflection-until = wuxuu socdaa ilaa
doc-reflection-waived = macmiilku wuu iska dhaafay taariikhda
sign-inside-reflection = Waqtiga fikirku wuxuu socdaa ilaa { $date } oo ay ku jirto. Qofka maanta saxiixa wuxuu saxiixayaa inta waqtiga fikirku socdo. Taasi waxay suurtagal tahay keliya haddii macmiilku isagu iska dhaafo: markaas ku qor qorshaha.
## evals
doc-eval-written = qoraal ahaan
eval-report-title = Warbixinta qiimaynta GPMI
eval-report-kind = Sidee
eval-report-present = Joogay
eval-report-fulfils = Waqtiga la qorsheeyey
eval-report-extra = Qiimayn dheeraad ah, oo ka baxsan waqtiyada la qorsheeyey
eval-report-rung = Meesha jaranjarada ka-qaybgalka
eval-report-rung-same = Isbeddel ma jiro
eval-report-next = Qiimaynta xigta
eval-report-next-none = Weli waqti xiga lama qorsheyn
eval-report-goals = Sida hadafyadu u socdaan
eval-report-notes = Waxa isbeddelay:
eval-report-actions = Hawlaha iyo heerka ay marayaan
eval-report-col-status = Xaalad
eval-report-changes = Waxa lagu daray ama la beddelay tan iyo nuqulkii hore
eval-report-no-changes = Hadaf ama hawl midna lama darin, lama beddelin lamana tirtirin.
eval-report-change-goal-added = Hadaf cusub
eval-report-change-goal-changed = Hadaf la beddelay
eval-report-change-goal-removed = Hadaf la tirtiray
eval-report-change-action-added = Hawl cusub
eval-report-change-action-changed = Hawl la beddelay
eval-report-change-action-removed = Hawl la tirtiray
eval-report-signatures = Saxiixu khasab maaha. Saxiixu wuxuu xaqiijinayaa in warbixintani sax tahay.
eval-report-fingerprint = Summadda dhijitaalka ah ee warbixintan (SHA-256)
## plan
doc-contract = Waxa OCMW-gu qaado
doc-ocmw-actions = Hawlaha OCMW-ga
doc-domains = Qaybaha hawlaha
doc-ended = La xiray
doc-moved = Faylka waxaa loo gudbiyay
sign-ended = Qorshahan waa la xiray. Lama saxiixi karo mar dambe.

## turn
doc-review-no = Turjumaadda weli ma hubin qof afkan hooyo u ah.
doc-review-yes = Turjumaadda waxaa hubiyey qof afkan hooyo u ah.

## turn2
sign-binding-dutch = Qoraalka sharciga ah, oo Nederlandees ah:

## changes
changes-title = Maxaa isbeddelay tan iyo nuqulkii { $date }?
changes-intro = Wadajir u akhriya kahor intaanad mar kale saxiixin. Kaliya waxa halkan ku qoran ayaa ka duwan nuqulkii hore loo saxiixay.
changes-now = hadda:
changes-was = hore:
changes-goal-added = Hadaf cusub
changes-goal-removed = Hadaf waa la tirtiray
changes-goal-changed = Hadaf waa la beddelay
changes-goal-period = Muddo kale oo hadafka ah
changes-action-added = Tallaabo cusub
changes-action-removed = Tallaabo waa la tirtiray
changes-action-what = Tallaabada si kale ayaa loo qoray
changes-action-who = Qof kale ayaa qaadaya tallaabada
changes-action-due = Taariikh kale oo tallaabada ah
changes-action-changed = Tallaabo waa la beddelay
changes-date-decision = Taariikh kale oo go'aanka ah
changes-date-start = Qorshuhu wuxuu bilaabmayaa maalin kale
changes-date-end = Qorshuhu wuxuu dhammaanayaa maalin kale
changes-evaluation-added = Waqti qiimayn oo cusub
changes-evaluation-removed = Waqti qiimayn waa la tirtiray
changes-evaluation-changed = Waqti qiimayn oo si kale ah
changes-rung = Jaranjaro cusub oo sallaanka ah
changes-part-basics = La beddelay: nooca qorshaha, OCMW, shaqaalaha bulshada ama magaca
changes-part-partners = La beddelay: la-hawlgalayaasha iyo hawlahooda
changes-part-present = La beddelay: turjubaanka ama qofka lagu kalsoon yahay
changes-part-topics = La beddelay: waxa aan ka wada hadalnay
changes-part-agreements = La beddelay: heshiisyada iyo waxa dhinac walba keeno
changes-part-contract = La beddelay: waxbarasho ama kharashka OCMW bixiso
changes-part-evaluation-rule = La beddelay: inta qiimayn ee sannadkii
changes-part-other = La beddelay: qayb kale oo qorshaha ah
doc-changes-title = Lifaaq: waxa isbeddelay tan iyo nuqulkii { $date }
doc-changes-old = Summadda dhijitaalka ah ee nuqulkii hore:
doc-changes-new = Summadda dhijitaalka ah ee nuqulkan:
doc-strength = Awood
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Soo koobid loogu talagalay faylka
case-file-intro = Qorshaha oo qoraal fudud ah oo Nederlandays ah, siday u kala horreeyaan foomka GPMI ee POD MI, si loogu geliyo barnaamijka diiwaangelinta. Kaliya waxa ku jira qorshaha la saxiixay: qoraalada ka baxsan lama soo dhigo.
case-file-intro-evaluation = Qiimayntan oo qoraal fudud ah oo Nederlandays ah, si loogu geliyo barnaamijka diiwaangelinta. Qoraalada ka baxsan qorshaha lama soo dhigo.
case-file-show = Tus soo koobidda
case-file-hide = Qari soo koobidda
case-file-copy = Koobiyee
case-file-preview-label = Soo koobidda, sida loo koobiyeyn doono
case-file-copied = Waa la koobiyeeyay. Ku dheji qoraalka barnaamijka diiwaangelinta.
case-file-downloaded = Kilibboorku ma shaqaynayo. Qoraalka waxaa loo soo dejiyay { $file }.
