# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Somali: organisation names kept as they are; offers described in Somali.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Shaqo caadi ah oo suuqa shaqada ah
offer-regulier-werk-provider = Loo-shaqeeyeyaal, iyadoo VDAB ay caawinayso
offer-regulier-werk-description = Shaqo caadi ah oo loo-shaqeeye la jira ama adigoo iskaa u shaqaysta, hagid gaar ah la'aan.
offer-regulier-werk-allowance = Mushahar sida uu dhigayo heshiiska wadajirka ah ee qaybta shaqada (cao)

offer-eho-begeleiding-name = Hagid shaqo oo xoog leh
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Si wadajir ah shaqo loo raadiyo, iyo tababar luqadeed oo loogu talagalay dadka asalkoodu soo-galooti yahay. Faylka si wadajir ah ayaa dib loogu eegaa saddex bilood kadib.
offer-eho-begeleiding-duration = Ugu badnaan 12 bilood

offer-interim-name = Shaqo ku-meel-gaar ah (interim)
offer-interim-provider = Xafiisyada shaqada ku-meel-gaarka ah ee Oostende
offer-interim-description = Xafiis shaqo ku-meel-gaar ah ayaad kula kulmi kartaa loo-shaqeeyeyaal; foomam musharrax oo aan magac lahayn waa suurtagal.
offer-interim-allowance = Mushaharka shaqada ku-meel-gaarka ah

offer-vakbond-loopbaan-name = Talo xagga xirfadda iyo la socoshada
offer-vakbond-loopbaan-provider = Ururrada shaqaalaha ACV, ABVV iyo ACLVB
offer-vakbond-loopbaan-description = Caawimaad qorshe shaqo-raadin, CV-gaaga, akoonkaaga VDAB iyo xuquuqdaada, xataa marka aad shaqada ku soo laabato jirro kadib. Waa u furan yahay dadka aan xubnaha ahayn.
offer-vakbond-loopbaan-allowance = Bilaash

offer-twe-name = Khibrad shaqo oo ku-meel-gaar ah (TWE) oo OCMW-ga la jirta
offer-twe-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-twe-description = Waddo khibrad shaqo: marka hore hal bil oo BVS ah, kadibna qandaraas ku salaysan qodobka 60.
offer-twe-duration = 24 bilood

offer-bvs-name = Tababar lagu barto xirfad (BVS)
offer-bvs-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-bvs-description = Tababar gaaban oo goobta shaqada ah si loo barto shaqo, waana tallaabada ugu horreysa ee TWE.
offer-bvs-allowance = Leefloon iyo €1 saacaddii
offer-bvs-duration = Ugu badnaan 1 bil

offer-artikel-60-name = Shaqo-gelinta qodobka 60 §7
offer-artikel-60-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-artikel-60-description = Shaqo lacag leh oo OCMW-ga la marsiiyo, oo uu hagayo tababare goobta shaqada ah oo qiimeeya saddexdii biloodba mar.
offer-artikel-60-allowance = Mushahar halkii leefloon-ka
offer-artikel-60-duration = Ka yar 36 sano: 1 sano; 36 ilaa 49: 18 bilood; 50 iyo wixii ka weyn: 2 sano
offer-artikel-60-conditions = Loogu talagalay macaamiisha OCMW-ga; buug-yar soo dhaweyn ah hal bil ka hor bilowga

offer-nazorg-twe-name = La socod TWE kadib
offer-nazorg-twe-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-nazorg-twe-description = La socod qandaraaska qodobka 60 kadib, iyo wareejin si fiican loogu gudbiyo VDAB, iyadoo loo socdo shaqo caadi ah.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: ku korida iyo barashada goobta shaqada)
offer-glow-provider = VDAB (adeegga shaqada ee Flanders) iyo shuraakadiisa
offer-glow-description = Barnaamij xoog leh oo waxbarasho goobta shaqada ah, oo ku dhisan tababar WES ama IBO, oo leh taageero luuqadeed dheeraad ah. Loogu talagalay shaqo-doonka leh naafonimo shaqo ama dhowr dhibaato hal mar.
offer-glow-duration = Ugu badnaan 24 bilood

offer-wes-name = Tababar khibrad shaqo (WES)
offer-wes-provider = VDAB
offer-wes-description = Tababar (stage) si khibrad shaqo looga helo loo-shaqeeye.
offer-wes-duration = Ugu badnaan 6 bilood
offer-wes-conditions = Kaliya qandaraas qodobka 60 kadib

offer-ibo-name = Tababar xirfadeed oo shakhsi ah (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = Wax ku barashada goobta shaqada, loo-shaqeeye kaa shaqaalaysiin doona kadib.
offer-ibo-allowance = Gunno iyo lacag gaadiid iyo xannaanada carruurta
offer-ibo-duration = 1 ilaa 6 bilood
offer-ibo-conditions = Ka diiwaangashan VDAB, aan iska dhiibin shaqadii hore, aan weligii u shaqayn loo-shaqeeyahaas

offer-bis-name = Tababar lagu galo xirfad (BIS)
offer-bis-provider = Loo-shaqeeyeyaal, iyadoo VDAB la marayo
offer-bis-description = Tababar lacag leh si xirfad gudaha looga barto.
offer-bis-allowance = Lacagta tababarka
offer-bis-duration = Ugu badnaan 6 bilood

offer-individueel-maatwerk-name = Shaqo qofka loo habeeyay (individueel maatwerk)
offer-individueel-maatwerk-provider = Loo-shaqeeyeyaal, iyadoo dowladda Vlaanderen ay taageerayso
offer-individueel-maatwerk-description = Shaqo loo-shaqeeye caadi ah la jira, kaas oo taageero u helaya hagidda dheeraadka ah.
offer-individueel-maatwerk-allowance = Mushahar

offer-collectief-maatwerk-name = Shaqo wadajir ahaan loo habeeyay (collectief maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Shaqo shirkad maatwerk ah oo ka tirsan dhaqaalaha bulshada, iyo hagid qofka loo habeeyay.
offer-collectief-maatwerk-allowance = Mushahar
offer-collectief-maatwerk-conditions = Dadka leh naafonimo shaqo

offer-btom-name = Shaqo leh taageero gaar ah (BTOM)
offer-btom-provider = VDAB
offer-btom-description = Taageero shaqo caadi ah: turjumaan luqadda dhagoolayaasha, goob shaqo oo la habeeyay, qalab shaqo ama kharashka gaadiidka.

offer-wijk-werken-name = Shaqada xaafadda (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Hawlo yaryar oo loo qabto dad, dugsiyo ama ururro xaafadda ku yaal, si khibrad loo helo. Lixdii biloodba mar si wadajir ah ayaa loo qiimeeyaa.
offer-wijk-werken-allowance = €4,10 saacaddii, cashuur la'aan; ugu badnaan 60 saacadood bishii iyo 630 saacadood sannadkii
offer-wijk-werken-duration = Ugu badnaan 12 bilood
offer-wijk-werken-conditions = Macaamiisha VDAB, OCMW ama GTB

offer-vrijwilligerswerk-name = Shaqo tabarruc ah
offer-vrijwilligerswerk-provider = FMDO iyo vzw Perspectief
offer-vrijwilligerswerk-description = Si tabarruc ah uga qayb qaadashada shaqada urur: la kulmid dad, wax tarid iyo khibrad helid.
offer-vrijwilligerswerk-allowance = Mabda’ ahaan lacag la’aan; mararka qaar magdhow kharash oo ku kala duwan urur ilaa urur (vzw Perspectief: €4.10 saacaddii)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Dadka cusub ee yimid waxaa lagu xiriiriyaa urur, si ay ugu tababartaan Af-Holandiiska oo ay u qabtaan shaqo tabarruc ah.
offer-8400-talenten-conditions = Af-Holandiis heerka 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = La-taliye tabarruc ah ayaa kaa caawiya ereyada shaqada iyo raadinta shaqo ama tababar (stage).
offer-team-up-duration = 6 bilood

offer-zoekhulp-name = Caawimaad raadinta shaqo
offer-zoekhulp-provider = FMDO iyo VDAB
offer-zoekhulp-description = Si wadajir ah loo eego shaqooyinka bannaan, loo qoro CV iyo warqad codsi, loona helo tababar ama waxbarasho.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende iyo FMDO
offer-women-at-work-description = Barnaamij loogu talagalay haweenka doonaya inay tallaabo u qaadaan xagga shaqada.

offer-module-solliciteren-name = Qaybta codsiga shaqada
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Barashada codsiga shaqada ee Af-Holandiis: akhriska shaqooyinka bannaan, wicitaanka taleefanka, ku tababarka wareysi shaqo.
offer-module-solliciteren-conditions = Laga bilaabo heerka 1.1; loogu talagalay la socodka TWE, dhammaadka qandaraaska qodobka 60 ama marxaladda hanuuninta

offer-taallessen-artikel-60-name = Casharro luqadeed inta lagu jiro qodobka 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Barashada Af-Holandiiska goobta shaqada, oo garab socda qandaraaska qodobka 60.
offer-taallessen-artikel-60-conditions = Dadka haysta qandaraas qodobka 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Subaxdii Af-Holandiis; galabtii hanuunin, xarun waxbarasho oo furan iyo kombiyuutar. Qaybaha si gooni ah ayaa loo qaadan karaa; qofka shaqo hela wuu joojin karaa.
offer-bootcamp2work-duration = 5 toddobaad

offer-sollicitatietraining-name = Tababarka codsiga shaqada
offer-sollicitatietraining-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-sollicitatietraining-description = Ku tababarka codsiga shaqada, koox yar.
offer-sollicitatietraining-duration = 4 nus-maalmood

offer-rijbewijs-b-name = Caawimaad liisanka darawalnimada B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala iyo KTA
offer-rijbewijs-b-description = Casharro aragti ah iyo ku tababar mashiinka darawalnimada (simulator), si shaqooyin ka fog loo gaari karo.

offer-heftruck-name = Tababarka gaariga alaabta qaada (forklift)
offer-heftruck-provider = Economisch Huis Oostende iyo VDAB
offer-heftruck-description = Aragtida waxaa lagu qaataa Economisch Huis, tababarka ficilkana VDAB ee Rekkem.
offer-heftruck-duration = 10 maalmood oo aragti ah iyo 20 maalmood oo ficil ah

offer-horeca-forma-name = Tababarka shaqaalaha baarka (barman ama barvrouw)
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Tababar gaaban si looga shaqeeyo gadaasha miiska cabitaannada (baarka).

offer-sdv-zoekhulp-name = Caawimaad shaqo-raadin oo loogu talagalay dadka luqado kale ku hadla
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Caawimaad faylka xirfadda, soo gelinta CV, akhriska shaqooyinka bannaan iyo helidda tababar, xataa haddii waxbarasho yar la haysto.

offer-computer-basis-name = Koorsada aasaasiga ah ee kombiyuutarka
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Barashada isticmaalka kombiyuutarka, iyo shahaado dhammaadka.
offer-computer-basis-duration = 5 cashar

offer-ama-name = Hawl shaqo u eg (AMA)
offer-ama-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-ama-description = Dhowr saacadood toddobaadkii oo hawl macno leh lagu jiro, iyadoo la hagayo: nidaam, xiriir dad kale iyo horumarinta naftaada.
offer-ama-allowance = Lacag yar saacaddii
offer-ama-conditions = Dadka leh caqabado caafimaad, nafsi ama bulsho

offer-spuitenpatrouille-name = Ururinta cirbadaha (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-spuitenpatrouille-description = Si ammaan ah loo ururiyo cirbadaha la tuuray ee magaalada, koox joogto ah.
offer-spuitenpatrouille-allowance = €8 nus-maalintii
offer-spuitenpatrouille-duration = 2 jeer toddobaadkii, 2 saacadood mar kasta
offer-spuitenpatrouille-conditions = Dadka isticmaala (ama laga shakiyo inay isticmaalaan) maandooriye ama ka soo kabanaya

offer-ama-sociale-economie-name = AMA dhaqaalaha bulshada
offer-ama-sociale-economie-provider = GTB, oo la shaqaynaya OCMW-ga
offer-ama-sociale-economie-description = Hawl shaqo u eg oo ka dhacda shirkad ka tirsan dhaqaalaha bulshada.
offer-ama-sociale-economie-conditions = Kadib wareysi bilow ah oo GTB lagu sameeyo

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-werklabo-description = Siddeed nooc oo hawlo ah, si wadajir ah loogu ogaado waxa qofku qaban karo iyo waxa uu jecel yahay.

offer-ama-zwerfvuil-name = AMA qashinka jidka
offer-ama-zwerfvuil-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-ama-zwerfvuil-description = Ururinta qashinka la daadiyay ee xaafadda, koox yar.

offer-ama-poetsen-name = AMA nadiifin
offer-ama-poetsen-provider = OCMW Oostende, adeegga shaqo-gelinta
offer-ama-poetsen-description = Hawlo nadiifin ah oo la hagayo, nidaam joogto ah.

offer-taaltraject-scala-name = Barashada Af-Holandiiska CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Casharro Af-Holandiis ah oo luqad labaad ah, heerar kala duwan.

offer-taaltraject-miras-name = Barashada Af-Holandiiska CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Casharro Af-Holandiis ah oo luqad labaad ah, kuwo shaqada ku wajahanna waa jiraan.

offer-taaltraject-ligo-name = Barashada Af-Holandiiska Ligo
offer-taaltraject-ligo-provider = Ligo, xarunta waxbarashada aasaasiga ah
offer-taaltraject-ligo-description = Barashada Af-Holandiiska si tartiib ah, loogu talagalay dadka wax yar ama aan dugsi aadin.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Toddobaad kasta wadahadal koox yar oo tabarruceyaal la jira, si loogu tababaro Af-Holandiiska.
offer-babbelbox-duration = Toddobaad kasta, iyadoo la raacayo jadwalka dugsiga
offer-babbelbox-conditions = Af-Holandiis heerka 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Toddobaad kasta la kulmid iyo wadahadal, loogu talagalay haweenka asalkoodu soo-galooti yahay.
offer-vrouwenklap-duration = Toddobaad kasta

offer-praattafels-name = Miisaska wadahadalka (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Ku tababarka Af-Holandiiska miis dad kale la fadhiya.

offer-hardop-lezen-name = Kor u akhris
offer-hardop-lezen-provider = Openbare Bibliotheek Oostende (maktabadda dadweynaha)
offer-hardop-lezen-description = Si wadajir ah kor ugu akhriska maktabadda.

offer-samen-lezen-nt2-name = Wada akhris dadka Af-Holandiiska baranaya (NT2)
offer-samen-lezen-nt2-provider = Openbare Bibliotheek Oostende (maktabadda dadweynaha)
offer-samen-lezen-nt2-description = Koox akhris oo loogu talagalay dadka Af-Holandiiska u baranaya luqad labaad.

offer-maatschappelijke-orientatie-name = Koorsada hanuuninta bulshada
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Barashada sida bulshada Vlaanderen u shaqayso, luqaddaada, iyo imtixaan dhammaadka.
offer-maatschappelijke-orientatie-duration = 60 saacadood

offer-participatietraject-name = Barnaamijka ka-qaybgalka is-dhexgalka (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = Tababarro is-barasho, saaxiib garab socda (buddy) ama shaqo tabarruc ah, si dad loo barto.
offer-participatietraject-duration = 40 saacadood

offer-zorg-eerst-name = Marka hore daryeel iyo ladnaan
offer-zorg-eerst-provider = OCMW Oostende, shaqada bulshada
offer-zorg-eerst-description = Weli hagid shaqo ma jirto: marka hore si wadajir ah ayaa looga shaqeeyaa caafimaadka, guriga ama welwelo kale.

offer-thuisbezoek-name = Xiriir guriga ah
offer-thuisbezoek-provider = OCMW Oostende, shaqada bulshada
offer-thuisbezoek-description = Shaqaalaha bulshada ayaa booqasho u yimaada oo xiriirka sii wada, iyadoo la raacayo xawaaraha qofka.
