# Trede: Somali, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.
# Terms: rung = heer, placement = diiwaangelin, offer = fursad (plural after numbers: fursadood).

view-ladder = Jaranjarada

## The ladder
ladder-title = Jaranjarada ka-qaybgalka
ladder-intro = Heerka { $name } maanta waa kee, maxayse noqon kartaa tallaabada wanaagsan ee xigta? Haddii aad taabato heer, waxaad arkaysaa fursadaha halkaas yaal.
ladder-now-none = Weli diiwaangelin ma jirto. Tan ugu horreysa hoos ayaad ku wada dari kartaan.
ladder-now-rung = Hadda: heerka { $number }, { $rung }
ladder-now-status = Hadda: { $status } (heer ma aha)
ladder-language-course-beside = Koorso luqadeed ayaa garab socota.
ladder-rung-button = Heerka { $number }: { $rung }
ladder-badge-now = hadda
ladder-badge-target = hadaf
ladder-offer-count =
    { $count ->
        [0] fursad ma jirto
        [one] hal fursad
       *[other] { $count } fursadood
    }
ladder-rungs-label = Lixda heer, kan ugu sarreeya ayaa ugu horreeya

## Target rung
ladder-target-label = Heerka ugu sarreeya ee suurtagalka u ah { $name }
ladder-target-hint = Hadafka aad wada doorataan. Heer kasta wuu noqon karaa.
ladder-target-none = Weli lama dooran
ladder-target-reached = { $name }: heerka hadafka waa la gaaray. Taasi waa guul dhab ah.
ladder-target-four = Dadka qaar, shaqo tabarruc ah ama shaqo kale oo aan lacag lahayn ayaa ah heerka ugu sarreeya ee ay gaari karaan. Gaaridda heerkaas waa guul, ma aha meel la istaago.

## Offers
ladder-offers-title = Fursadaha heerka { $number }: { $rung }
ladder-offers-none = Kataloggu fursad uma laha heerkan.
ladder-offers-close = Xir fursadaha
ladder-offer-provider = Bixiyaha
ladder-offer-duration = Muddada
ladder-offer-allowance = Lacagta la siiyo
ladder-offer-conditions = Cidda ka qayb geli karta
ladder-offer-pick = U dooro qorshaha
ladder-offer-picked = Waa loo doortay qorshaha
ladder-offer-unpick = Ka saar qorshaha
ladder-picked-title = Fursadaha loo doortay qorshaha
ladder-picked-none = Weli waxba lama dooran. Fursadda aad ka doorato jaranjarada waxay noqon kartaa tallaabo ka mid ah qorshaha is-dhexgalka.
ladder-picked-from = heerka { $number }, laga soo qaaday { $catalogue } { $edition }

## Placements
ladder-placements-title = Diiwaangelinnada
ladder-placements-none = Weli diiwaangelin ma jirto.
ladder-add-title = Ku dar diiwaangelin
ladder-edit-title = Beddel diiwaangelintan
ladder-date-label = Taariikhda
ladder-date-missing = Fadlan dooro taariikh.
ladder-position-label = Heer ama xaalad
ladder-position-rungs = Heerarka
ladder-position-side = Xaaladaha jaranjarada ka baxsan
ladder-status-orientation = Hanuunin (faylku wuxuu jiraa wax ka yar afar bilood)
ladder-status-exempted = Laga dhaafay sababo caafimaad ama cadaalad awgood
ladder-status-studying = Wax baranaya
ladder-status-care-first = Daryeelka ayaa hormara
ladder-viewpoint-label = Yaa sidan u arka?
ladder-view-client = Sida macmiilku u arko
ladder-view-worker = Sida shaqaalaha bulshadu u arko
ladder-view-agreed = Si wadajir ah ayaa loogu heshiiyay
ladder-language-course-label = Koorso luqadeed ayaa garab socota
ladder-note-label = Qoraal (waxay ahaan kartaa madhan)
ladder-note-hint = Ereyo kooban: maxaa isbeddelay, sideese loo dareemayaa?
ladder-error-note-too-long = Qoraalkani waa { $actual } xaraf. Fadlan ugu badnaan { $max } xaraf.
ladder-save-placement = Kaydi diiwaangelinta
ladder-edit-button = Beddel
ladder-delete-button = Tirtir
ladder-confirm-delete-title = Diiwaangelintan ma la tirtiraa?
ladder-confirm-delete-body = Diiwaangelinta { $date } waa laga saarayaa socodka. Tan dib looma celin karo.
ladder-confirm-delete-yes = Haa, tirtir

## History
ladder-history-title = Sida ay u socotay
ladder-history-none = Socodku halkan ayuu ka muuqan doonaa marka diiwaangelin la sameeyo.
ladder-history-chart-label = Shax jaranjaro ah oo muujinaysa heerarka waqti ka waqti. Jadwalka hoose wuxuu hayaa isla xogtaas.
ladder-history-table-caption = Socodka oo jadwal ah
ladder-history-aside-lane = jaranjarada ka baxsan
ladder-col-date = Taariikhda
ladder-col-position = Heer ama xaalad
ladder-col-move = Isbeddel
ladder-col-view = Yaa sidan u arka
ladder-col-note = Qoraal
ladder-move-start = Barta laga bilaabay
ladder-move-rise = Kor uga kacay heerka { $from }
ladder-move-fall = Tallaabo dib ah, laga bilaabo heerka { $from }
ladder-move-level = Isla heerkii
ladder-move-aside = Jaranjarada ka baxsan
ladder-fall-label = tallaabo dib ah
ladder-falls-summary =
    { $count ->
        [0] Weli tallaabo dib ah ma jirto.
        [one] Hal tallaabo oo dib ah. Tallaabooyin dib ah way dhacaan; waa qayb ka mid ah waddada.
       *[other] { $count } tallaabo oo dib ah. Tallaabooyin dib ah way dhacaan; waa qayb ka mid ah waddada.
    }

## Catalogue
catalogue-title = Katalogga fursadaha
catalogue-current = La isticmaalayo: { $name }, daabacaadda { $edition }, { $count } fursadood.
catalogue-builtin = Kani waa katalogga ku dhex jira Trede.
catalogue-load-label = Soo geli katalog kale (fayl JSON)
catalogue-load-hint = Fayl ku qoran qaabka katalogga Trede. Faylku qalabkan ayuu ku jirayaa. Katalogga hadda la isticmaalo waa la sii isticmaalayaa ilaa fayl sax ah uu beddelo.
catalogue-loaded = Katalogga cusub ayaa hadda la isticmaalayaa.
catalogue-problems-title =
    { $count ->
        [one] Faylkan lama isticmaali karin. Hal shay ayaa u baahan in la saxo:
       *[other] Faylkan lama isticmaali karin. { $count } shay ayaa u baahan in la saxo:
    }
catalogue-reset = Mar kale isticmaal katalogga ku dhex jira Trede
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Faylka
catalogue-place-field = Goobta "{ $field }"
catalogue-place-offer = Fursadda { $number }
catalogue-place-offer-id = Fursadda { $number } ("{ $id }")
catalogue-place-offer-field = Fursadda { $number }, goobta "{ $field }"
catalogue-place-offer-id-field = Fursadda { $number } ("{ $id }"), goobta "{ $field }"
catalogue-problem-not-json = kani ma aha JSON sax ah (sadarka { $line }, tiirka { $column })
catalogue-problem-not-object = kani ma aha katalog (waxaa la filayaa shay leh "format", "version", "id", "name", "edition" iyo "offers")
catalogue-problem-format = "{ $found }" ma aha "trede-catalogue"
catalogue-problem-version = nooca { $found } lama akhriyi karo (Trede-kan wuxuu akhriyaa nooca 1)
catalogue-problem-missing = waa maqan yahay
catalogue-problem-type =
    { $expected ->
        [text] waa inuu ahaadaa qoraal
        [number] waa inuu ahaadaa lambar
        [list] waa inuu ahaadaa liis
        [offer] waa inuu ahaadaa shay leh goobaha fursad
       *[object] waa inuu ahaadaa shay leh qoraal luqad kasta, sida "nl" iyo "en"
    }
catalogue-problem-rung = { $found } ma aha heer (1 ilaa 6)
catalogue-problem-empty = waa madhan yahay
catalogue-problem-too-long = wuu ka dheer yahay { $max } xaraf
catalogue-problem-no-dutch = ma laha qoraal Af-Holandiis ah ("nl")
catalogue-problem-language = "{ $code }" ma aha kood luqadeed oo Trede yaqaan
catalogue-problem-id = "{ $found }" ma aha id sax ah (xarfo yaryar, lambarro iyo xarriiqyo)
catalogue-problem-duplicate = id-gan waxaa horay u isticmaashay fursadda { $first }
catalogue-problem-unknown-field = ma aha goob la yaqaan
catalogue-problem-no-offers = liiska fursadaha waa madhan yahay

## rules
ladder-definitions-title = Maxay ka dhigan tahay jaranjar kasta?
ladder-exempted-decision = Go’aanka OCMW-ga ee { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = Qorshaha weli kuma jiro go’aan ka-dhaafid ah oo OCMW-gu gaaray. Ku qor qorshaha, tallaabada koowaad.
## evals
ladder-from-evaluation = qiimayn GPMI ah laga keenay
ladder-history-per-view = Kor u kac ama dib u laabasho waxaa lagu tiriyaa aragti kasta: aragtida macmiilka iyo aragtida macmiilka, aragtida shaqaalaha bulshada iyo aragtida shaqaalaha bulshada. Wixii lagu heshiiyey wada jir waxay u tirsan yihiin labadaba.
## plan
catalogue-problem-carrier = "{ $found }" ma aha "client", "ocmw" ama "partner"
## store
catalogue-problem-too-large = faylku wuu ka weyn yahay { $max } KB, aad buu uga weyn yahay liis adeegyo
catalogue-problem-too-many = in ka badan { $max } adeeg ayaa liiska ku jira
