# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Organisation names stay in Dutch.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Un loc de muncă pe piața obișnuită
offer-regulier-werk-provider = Angajatori, cu ajutorul VDAB
offer-regulier-werk-description = Un loc de muncă obișnuit la un angajator sau ca persoană care lucrează pe cont propriu, fără sprijin special.
offer-regulier-werk-allowance = Un salariu conform contractului colectiv de muncă al sectorului

offer-eho-begeleiding-name = Însoțire intensivă în căutarea unui loc de muncă
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Căutăm împreună un loc de muncă, cu sprijin pentru limbă (coaching) pentru persoanele cu istoric de migrație. Dosarul este analizat împreună după trei luni.
offer-eho-begeleiding-duration = Cel mult 12 luni

offer-interim-name = Muncă prin agenție de muncă temporară
offer-interim-provider = Agenții de muncă temporară din Oostende
offer-interim-description = Cunoașterea angajatorilor prin intermediul unei agenții de muncă temporară; sunt posibile și fișe de candidat anonime.
offer-interim-allowance = Salariul pentru misiunea respectivă

offer-vakbond-loopbaan-name = Consiliere pentru carieră și dezvoltare profesională
offer-vakbond-loopbaan-provider = Sindicatele ACV, ABVV și ACLVB
offer-vakbond-loopbaan-description = Ajutor cu un plan de căutare, CV-ul, contul VDAB și drepturile în muncă, inclusiv la revenirea după o boală. Deschis și celor care nu sunt membri.
offer-vakbond-loopbaan-allowance = Gratuit

offer-twe-name = Experiență de muncă temporară (TWE) la OCMW
offer-twe-provider = OCMW Oostende, serviciul de ocupare
offer-twe-description = Un parcurs de experiență de muncă: mai întâi o lună de BVS, apoi un contract conform articolului 60.
offer-twe-duration = 24 de luni

offer-bvs-name = Stagiu de explorare a unei meserii (BVS)
offer-bvs-provider = OCMW Oostende, serviciul de ocupare
offer-bvs-description = Un stagiu scurt la locul de muncă, pentru a cunoaște o meserie, ca prim pas al TWE.
offer-bvs-allowance = Leefloon plus 1 € pe oră
offer-bvs-duration = Cel mult 1 lună

offer-artikel-60-name = Angajare conform articolului 60 §7
offer-artikel-60-provider = OCMW Oostende, serviciul de ocupare
offer-artikel-60-description = Un loc de muncă plătit prin OCMW, cu un coach la locul de muncă, care face o evaluare la fiecare trei luni.
offer-artikel-60-allowance = Un salariu în loc de leefloon
offer-artikel-60-duration = Sub 36 de ani: 1 an; între 36 și 49 de ani: 18 luni; de la 50 de ani: 2 ani
offer-artikel-60-conditions = Pentru beneficiarii OCMW; o broșură de bun venit cu o lună înainte de început

offer-nazorg-twe-name = Sprijin ulterior după TWE
offer-nazorg-twe-provider = OCMW Oostende, serviciul de ocupare
offer-nazorg-twe-description = Urmărire după un contract conform articolului 60, cu o predare atentă și personală către VDAB, pe drumul spre un loc de muncă obișnuit.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: a crește și a învăța la locul de muncă)
offer-glow-provider = VDAB (serviciul flamand de ocupare) cu parteneri
offer-glow-description = Un parcurs intensiv de învățare la locul de muncă, în jurul unui stagiu WES sau IBO, cu sprijin suplimentar pentru limbă. Pentru persoanele în căutarea unui loc de muncă cu o limitare în muncă sau cu mai multe probleme deodată.
offer-glow-duration = Cel mult 24 de luni

offer-wes-name = Stagiu de experiență profesională (WES)
offer-wes-provider = VDAB (serviciul flamand pentru ocuparea forței de muncă)
offer-wes-description = Un stagiu pentru a câștiga experiență de muncă la un angajator.
offer-wes-duration = Cel mult 6 luni
offer-wes-conditions = Doar după un contract conform articolului 60

offer-ibo-name = Formare profesională individuală (IBO)
offer-ibo-provider = VDAB (serviciul flamand pentru ocuparea forței de muncă)
offer-ibo-description = Învățare la locul de muncă, la un angajator care apoi angajează persoana.
offer-ibo-allowance = O primă și o compensație pentru deplasare și pentru îngrijirea copiilor
offer-ibo-duration = Între 1 și 6 luni
offer-ibo-conditions = Înscriere la VDAB; locul de muncă anterior nu a fost părăsit din proprie inițiativă; nicio angajare anterioară la acel angajator

offer-bis-name = Stagiu de integrare profesională (BIS)
offer-bis-provider = Angajatori, prin VDAB
offer-bis-description = Un stagiu plătit, pentru a învăța o meserie din interior.
offer-bis-allowance = O indemnizație de stagiu
offer-bis-duration = Cel mult 6 luni

offer-individueel-maatwerk-name = Angajare individuală cu sprijin (maatwerk)
offer-individueel-maatwerk-provider = Angajatori, cu sprijinul guvernului flamand
offer-individueel-maatwerk-description = Un loc de muncă la un angajator obișnuit, care primește sprijin pentru însoțirea suplimentară.
offer-individueel-maatwerk-allowance = Un salariu

offer-collectief-maatwerk-name = Angajare colectivă cu sprijin (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Muncă într-o întreprindere de economie socială, cu însoțire adaptată fiecăruia.
offer-collectief-maatwerk-allowance = Un salariu
offer-collectief-maatwerk-conditions = Pentru persoanele cu capacitate de muncă redusă

offer-btom-name = Muncă cu măsuri speciale de sprijin (BTOM)
offer-btom-provider = VDAB (serviciul flamand pentru ocuparea forței de muncă)
offer-btom-description = Sprijin la un loc de muncă obișnuit: un interpret în limbajul semnelor, un post de lucru adaptat, unelte de lucru sau costuri de deplasare.

offer-wijk-werken-name = Muncă în cartier (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Mici lucrări pentru oameni, școli sau asociații din cartier, pentru a câștiga experiență. Evaluare comună la fiecare șase luni.
offer-wijk-werken-allowance = 4,10 € pe oră, fără impozit; cel mult 60 de ore pe lună și 630 de ore pe an
offer-wijk-werken-duration = Cel mult 12 luni
offer-wijk-werken-conditions = Pentru persoanele îndrumate de VDAB, OCMW sau GTB

offer-vrijwilligerswerk-name = Voluntariat
offer-vrijwilligerswerk-provider = FMDO și vzw Perspectief
offer-vrijwilligerswerk-description = Participare voluntară într-o organizație: cunoști oameni, ești de folos și câștigi experiență.
offer-vrijwilligerswerk-allowance = În principiu neplătit; uneori o compensare a cheltuielilor, care diferă de la o organizație la alta (vzw Perspectief: 4,10 € pe oră)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Nou-veniții sunt puși în legătură cu o organizație, pentru a exersa neerlandeza și a face voluntariat.
offer-8400-talenten-conditions = Neerlandeză la nivelul 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Un mentor voluntar ajută cu vocabularul de la locul de muncă și cu găsirea unui loc de muncă sau a unui stagiu.
offer-team-up-duration = 6 luni

offer-zoekhulp-name = Ajutor la căutarea unui loc de muncă
offer-zoekhulp-provider = FMDO și VDAB
offer-zoekhulp-description = Ne uităm împreună la anunțuri de angajare, facem un CV și o scrisoare de intenție, găsim un stagiu sau o formare.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende și FMDO
offer-women-at-work-description = Un parcurs pentru femeile care vor să facă pasul spre un loc de muncă.

offer-module-solliciteren-name = Modulul „Cum aplici pentru un loc de muncă”
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Cum să aplici pentru un loc de muncă în neerlandeză: citirea anunțurilor, convorbiri la telefon, exersarea unui interviu.
offer-module-solliciteren-conditions = De la nivelul 1.1; pentru sprijinul ulterior după TWE, la sfârșitul unui contract conform articolului 60 sau în faza de orientare

offer-taallessen-artikel-60-name = Lecții de limbă în timpul articolului 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Învățarea neerlandezei la locul de muncă, în paralel cu un contract conform articolului 60.
offer-taallessen-artikel-60-conditions = Cu un contract conform articolului 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Dimineața neerlandeză, după-amiaza orientare, un centru de învățare deschis și informatică. Modulele se pot urma separat; cine își găsește de lucru se poate opri.
offer-bootcamp2work-duration = 5 săptămâni

offer-sollicitatietraining-name = Exerciții pentru aplicarea la un loc de muncă
offer-sollicitatietraining-provider = OCMW Oostende, serviciul de ocupare
offer-sollicitatietraining-description = Exersarea aplicării pentru un loc de muncă, într-un grup mic.
offer-sollicitatietraining-duration = 4 jumătăți de zi

offer-rijbewijs-b-name = Ajutor pentru permisul de conducere categoria B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala și KTA
offer-rijbewijs-b-description = Lecții de teorie și exerciții pe un simulator auto, astfel încât și locurile de muncă mai îndepărtate să devină accesibile.

offer-heftruck-name = Curs pentru stivuitor
offer-heftruck-provider = Economisch Huis Oostende și VDAB
offer-heftruck-description = Teorie la Economisch Huis și practică la VDAB în Rekkem.
offer-heftruck-duration = 10 zile de teorie și 20 de zile de practică

offer-horeca-forma-name = Curs de barman sau barmaniță
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Un curs scurt pentru a lucra la bar.

offer-sdv-zoekhulp-name = Ajutor la căutarea unui loc de muncă pentru vorbitorii altor limbi
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Ajutor cu un dosar de carieră, încărcarea unui CV, citirea anunțurilor și găsirea unor formări, și pentru cei care au mers puțin la școală.

offer-computer-basis-name = Curs de bază de calculator
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Învățarea folosirii calculatorului, cu un certificat la final.
offer-computer-basis-duration = 5 lecții

offer-ama-name = Activitate asemănătoare muncii (AMA)
offer-ama-provider = OCMW Oostende, serviciul de ocupare
offer-ama-description = Câteva ore pe săptămână de activitate cu sens, cu însoțire: structură, contact cu alții și dezvoltare personală.
offer-ama-allowance = O mică indemnizație pe oră
offer-ama-conditions = Pentru persoanele cu obstacole medicale, psihice sau sociale

offer-spuitenpatrouille-name = Patrula de seringi (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, serviciul de ocupare
offer-spuitenpatrouille-description = Strângerea în siguranță a seringilor aruncate în oraș, într-o echipă stabilă.
offer-spuitenpatrouille-allowance = 8 € pe jumătate de zi
offer-spuitenpatrouille-duration = De 2 ori câte 2 ore pe săptămână
offer-spuitenpatrouille-conditions = Pentru persoanele care (probabil) consumă substanțe sau sunt în recuperare

offer-ama-sociale-economie-name = AMA în economia socială
offer-ama-sociale-economie-provider = GTB, împreună cu OCMW
offer-ama-sociale-economie-description = Activitate asemănătoare muncii într-o întreprindere de economie socială.
offer-ama-sociale-economie-conditions = După o discuție inițială la GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, serviciul de ocupare
offer-werklabo-description = Opt tipuri de sarcini, pentru a descoperi împreună ce poate face cineva și ce îi place să facă.

offer-ama-zwerfvuil-name = AMA: strângerea gunoaielor
offer-ama-zwerfvuil-provider = OCMW Oostende, serviciul de ocupare
offer-ama-zwerfvuil-description = Strângerea gunoaielor aruncate pe jos în cartier, într-o echipă mică.

offer-ama-poetsen-name = AMA: curățenie
offer-ama-poetsen-provider = OCMW Oostende, serviciul de ocupare
offer-ama-poetsen-description = Sarcini de curățenie cu însoțire, într-un ritm stabil.

offer-taaltraject-scala-name = Neerlandeză la CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Lecții de neerlandeză ca a doua limbă, la diferite niveluri.

offer-taaltraject-miras-name = Neerlandeză la CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Lecții de neerlandeză ca a doua limbă, orientate și spre muncă.

offer-taaltraject-ligo-name = Neerlandeză la Ligo
offer-taaltraject-ligo-provider = Ligo, centru de educație de bază
offer-taaltraject-ligo-description = Învățarea neerlandezei într-un ritm liniștit, pentru cei care au mers puțin sau deloc la școală.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = În fiecare săptămână, discuții într-un grup mic cu voluntari, pentru a exersa neerlandeza.
offer-babbelbox-duration = Săptămânal, după calendarul școlar
offer-babbelbox-conditions = Neerlandeză la nivelul 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Întâlniri și discuții săptămânale pentru femei cu istoric de migrație.
offer-vrouwenklap-duration = Săptămânal

offer-praattafels-name = Grupuri de conversație (praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Exersarea neerlandezei la o masă, împreună cu alții.

offer-hardop-lezen-name = Citit cu voce tare
offer-hardop-lezen-provider = Biblioteca publică din Oostende
offer-hardop-lezen-description = Citim împreună cu voce tare, la bibliotecă.

offer-samen-lezen-nt2-name = Citit împreună pentru cei care învață neerlandeza
offer-samen-lezen-nt2-provider = Biblioteca publică din Oostende
offer-samen-lezen-nt2-description = Un grup de lectură pentru cei care învață neerlandeza ca a doua limbă.

offer-maatschappelijke-orientatie-name = Curs de orientare socială
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Cum funcționează societatea în Flandra, în limba proprie, cu un test la final.
offer-maatschappelijke-orientatie-duration = 60 de ore

offer-participatietraject-name = Parcurs de participare în cadrul integrării (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = Stagii de cunoaștere, un buddy (prieten-mentor) sau voluntariat, pentru a cunoaște oameni.
offer-participatietraject-duration = 40 de ore

offer-zorg-eerst-name = Mai întâi îngrijire și bunăstare
offer-zorg-eerst-provider = OCMW Oostende, asistență socială
offer-zorg-eerst-description = Încă fără însoțire spre muncă: mai întâi lucrăm împreună la sănătate, locuință sau alte griji.

offer-thuisbezoek-name = Contact la domiciliu
offer-thuisbezoek-provider = OCMW Oostende, asistență socială
offer-thuisbezoek-description = Asistentul social vine în vizită și păstrează legătura, în ritmul propriu al persoanei.
