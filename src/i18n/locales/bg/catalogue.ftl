# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Organisation names stay in Dutch; the town is written "Остенде" where it is not part of a name.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Работа на обичайния пазар на труда
offer-regulier-werk-provider = Работодатели, с помощ от VDAB
offer-regulier-werk-description = Обикновена работа при работодател или като самостоятелно заето лице, без специална подкрепа.
offer-regulier-werk-allowance = Заплата според колективния трудов договор на сектора

offer-eho-begeleiding-name = Интензивна подкрепа при търсене на работа
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Заедно търсим работа, с езикова подкрепа (коучинг) за хора с мигрантски произход. След три месеца досието се преглежда заедно.
offer-eho-begeleiding-duration = Най-много 12 месеца

offer-interim-name = Работа чрез агенция за временна заетост
offer-interim-provider = Агенции за временна заетост в Остенде
offer-interim-description = Запознаване с работодатели чрез агенция за временна заетост; възможни са и анонимни кандидатски профили.
offer-interim-allowance = Заплата за съответната временна работа

offer-vakbond-loopbaan-name = Съвети за кариерата и професионалното развитие
offer-vakbond-loopbaan-provider = Синдикатите ACV, ABVV и ACLVB
offer-vakbond-loopbaan-description = Помощ с план за търсене на работа, CV, профила във VDAB и трудовите права, също и при връщане на работа след болест. Отворено и за хора, които не са членове.
offer-vakbond-loopbaan-allowance = Безплатно

offer-twe-name = Временен трудов опит (TWE) в OCMW
offer-twe-provider = OCMW Oostende, служба по заетостта
offer-twe-description = Програма за трудов опит: първо един месец BVS, след това договор по член 60.
offer-twe-duration = 24 месеца

offer-bvs-name = Стаж за опознаване на професия (BVS)
offer-bvs-provider = OCMW Oostende, служба по заетостта
offer-bvs-description = Кратък стаж на работното място за опознаване на дадена работа, като първа стъпка от TWE.
offer-bvs-allowance = Leefloon плюс 1 € на час
offer-bvs-duration = Най-много 1 месец

offer-artikel-60-name = Заетост по член 60, §7
offer-artikel-60-provider = OCMW Oostende, служба по заетостта
offer-artikel-60-description = Платена работа чрез OCMW, с наставник на работното място, който прави оценка на всеки три месеца.
offer-artikel-60-allowance = Заплата вместо leefloon
offer-artikel-60-duration = Под 36 години: 1 година; от 36 до 49 години: 18 месеца; от 50 години нагоре: 2 години
offer-artikel-60-conditions = За клиенти на OCMW; приветствена брошура един месец преди началото

offer-nazorg-twe-name = Последваща подкрепа след TWE
offer-nazorg-twe-provider = OCMW Oostende, служба по заетостта
offer-nazorg-twe-description = Проследяване след договор по член 60, с лично и внимателно предаване към VDAB, по пътя към обикновена работа.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: растеж и учене на работното място)
offer-glow-provider = VDAB (фламандската служба по заетостта) с партньори
offer-glow-description = Интензивна програма за учене на работното място, около стаж WES или IBO, с допълнителна езикова подкрепа. За търсещи работа с ограничения за работа или с няколко проблема едновременно.
offer-glow-duration = Най-много 24 месеца

offer-wes-name = Стаж за трудов опит (WES)
offer-wes-provider = VDAB (фламандската служба по заетостта)
offer-wes-description = Стаж за натрупване на трудов опит при работодател.
offer-wes-duration = Най-много 6 месеца
offer-wes-conditions = Само след договор по член 60

offer-ibo-name = Индивидуално професионално обучение (IBO)
offer-ibo-provider = VDAB (фламандската служба по заетостта)
offer-ibo-description = Учене на работното място при работодател, който след това назначава човека на работа.
offer-ibo-allowance = Премия и компенсация за пътни разходи и за гледане на деца
offer-ibo-duration = От 1 до 6 месеца
offer-ibo-conditions = Регистрация във VDAB; предишната работа не е прекратена по собствено желание; без предишна работа при този работодател

offer-bis-name = Стаж за навлизане в професията (BIS)
offer-bis-provider = Работодатели, чрез VDAB
offer-bis-description = Платен стаж за опознаване на професия отвътре.
offer-bis-allowance = Стажантско възнаграждение
offer-bis-duration = Най-много 6 месеца

offer-individueel-maatwerk-name = Индивидуална заетост с подкрепа (maatwerk)
offer-individueel-maatwerk-provider = Работодатели, с подкрепа от фламандското правителство
offer-individueel-maatwerk-description = Работа при обикновен работодател, който получава подкрепа за допълнителното наставничество.
offer-individueel-maatwerk-allowance = Заплата

offer-collectief-maatwerk-name = Колективна заетост с подкрепа (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Работа в предприятие на социалната икономика, с подкрепа според нуждите на човека.
offer-collectief-maatwerk-allowance = Заплата
offer-collectief-maatwerk-conditions = За хора с намалена работоспособност

offer-btom-name = Работа със специални мерки за подкрепа (BTOM)
offer-btom-provider = VDAB (фламандската служба по заетостта)
offer-btom-description = Подкрепа при обикновена работа: преводач на жестов език, пригодено работно място, работни инструменти или пътни разходи.

offer-wijk-werken-name = Работа в квартала (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Малки задачи за хора, училища или сдружения в квартала, за натрупване на опит. На всеки шест месеца се прави обща оценка.
offer-wijk-werken-allowance = 4,10 € на час, без данъци; най-много 60 часа на месец и 630 часа на година
offer-wijk-werken-duration = Най-много 12 месеца
offer-wijk-werken-conditions = За клиенти на VDAB, OCMW или GTB

offer-vrijwilligerswerk-name = Доброволческа работа
offer-vrijwilligerswerk-provider = FMDO и vzw Perspectief
offer-vrijwilligerswerk-description = Доброволно участие в организация: срещи с хора, да бъдеш полезен и да натрупаш опит.
offer-vrijwilligerswerk-allowance = По принцип неплатено; понякога има възстановяване на разходи, което зависи от организацията (vzw Perspectief: 4,10 € на час)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Новодошлите се свързват с организация, за да упражняват нидерландски и да работят като доброволци.
offer-8400-talenten-conditions = Нидерландски на ниво 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Наставник доброволец помага с думите, нужни на работа, и с търсенето на работа или стаж.
offer-team-up-duration = 6 месеца

offer-zoekhulp-name = Помощ при търсене на работа
offer-zoekhulp-provider = FMDO и VDAB
offer-zoekhulp-description = Заедно преглеждаме обяви за работа, пишем CV и мотивационно писмо, намираме стаж или обучение.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende и FMDO
offer-women-at-work-description = Програма за жени, които искат да направят крачката към работа.

offer-module-solliciteren-name = Модул „Кандидатстване за работа“
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Как да кандидатстваш за работа на нидерландски: четене на обяви, разговор по телефона, упражняване на интервю.
offer-module-solliciteren-conditions = От ниво 1.1; при последваща подкрепа след TWE, в края на договор по член 60 или във фазата на ориентиране

offer-taallessen-artikel-60-name = Езикови уроци по време на член 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Учене на нидерландски на работното място, успоредно с договор по член 60.
offer-taallessen-artikel-60-conditions = С договор по член 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Сутрин нидерландски, следобед ориентиране, отворен учебен център и компютри. Модулите могат да се посещават поотделно; който намери работа, може да спре.
offer-bootcamp2work-duration = 5 седмици

offer-sollicitatietraining-name = Обучение за кандидатстване за работа
offer-sollicitatietraining-provider = OCMW Oostende, служба по заетостта
offer-sollicitatietraining-description = Упражняване на кандидатстването за работа в малка група.
offer-sollicitatietraining-duration = 4 пъти по половин ден

offer-rijbewijs-b-name = Помощ за шофьорска книжка категория B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala и KTA
offer-rijbewijs-b-description = Теоретични уроци и упражнения на симулатор за шофиране, за да стане достъпна и работа по-далеч от дома.

offer-heftruck-name = Обучение за мотокар
offer-heftruck-provider = Economisch Huis Oostende и VDAB
offer-heftruck-description = Теория в Economisch Huis и практика във VDAB в Rekkem.
offer-heftruck-duration = 10 дни теория и 20 дни практика

offer-horeca-forma-name = Обучение за барман или барманка
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Кратко обучение за работа зад бара.

offer-sdv-zoekhulp-name = Помощ при търсене на работа за хора с друг роден език
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Помощ с кариерно досие, качване на CV, четене на обяви и намиране на обучения, също и при малко години в училище.

offer-computer-basis-name = Основен курс по компютър
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Учене как се работи с компютър, със сертификат накрая.
offer-computer-basis-duration = 5 урока

offer-ama-name = Дейност, подобна на работа (AMA)
offer-ama-provider = OCMW Oostende, служба по заетостта
offer-ama-description = Няколко часа седмично смислена дейност с подкрепа: ритъм, контакт с други хора и лично развитие.
offer-ama-allowance = Малко възнаграждение на час
offer-ama-conditions = За хора с медицински, психични или социални пречки

offer-spuitenpatrouille-name = Патрул за спринцовки (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, служба по заетостта
offer-spuitenpatrouille-description = Безопасно събиране на изхвърлени спринцовки в града, в постоянен екип.
offer-spuitenpatrouille-allowance = 8 € за половин ден
offer-spuitenpatrouille-duration = 2 пъти по 2 часа седмично
offer-spuitenpatrouille-conditions = За хора, които (вероятно) употребяват вещества или се възстановяват

offer-ama-sociale-economie-name = AMA в социалната икономика
offer-ama-sociale-economie-provider = GTB, заедно с OCMW
offer-ama-sociale-economie-description = Дейност, подобна на работа, в предприятие на социалната икономика.
offer-ama-sociale-economie-conditions = След първоначален разговор в GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, служба по заетостта
offer-werklabo-description = Осем вида задачи, за да открием заедно какво може човек и какво обича да прави.

offer-ama-zwerfvuil-name = AMA: събиране на отпадъци
offer-ama-zwerfvuil-provider = OCMW Oostende, служба по заетостта
offer-ama-zwerfvuil-description = Събиране на разхвърляни отпадъци в квартала, в малък екип.

offer-ama-poetsen-name = AMA: почистване
offer-ama-poetsen-provider = OCMW Oostende, служба по заетостта
offer-ama-poetsen-description = Почистване с подкрепа, в постоянен ритъм.

offer-taaltraject-scala-name = Нидерландски в CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Уроци по нидерландски като втори език, на различни нива.

offer-taaltraject-miras-name = Нидерландски в CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Уроци по нидерландски като втори език, насочени и към работата.

offer-taaltraject-ligo-name = Нидерландски в Ligo
offer-taaltraject-ligo-provider = Ligo, център за основно образование
offer-taaltraject-ligo-description = Учене на нидерландски със спокойно темпо, за хора, които са ходили малко или изобщо не са ходили на училище.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Всяка седмица разговор в малка група с доброволци, за да упражнявате нидерландски.
offer-babbelbox-duration = Всяка седмица, според училищния календар
offer-babbelbox-conditions = Нидерландски на ниво 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Седмични срещи и разговори за жени с мигрантски произход.
offer-vrouwenklap-duration = Всяка седмица

offer-praattafels-name = Разговорни групи (praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Упражняване на нидерландски на една маса с други хора.

offer-hardop-lezen-name = Четене на глас
offer-hardop-lezen-provider = Обществената библиотека на Остенде
offer-hardop-lezen-description = Заедно четем на глас в библиотеката.

offer-samen-lezen-nt2-name = Заедно четене за хора, които учат нидерландски
offer-samen-lezen-nt2-provider = Обществената библиотека на Остенде
offer-samen-lezen-nt2-description = Читателска група за хора, които учат нидерландски като втори език.

offer-maatschappelijke-orientatie-name = Курс по обществена ориентация
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Как функционира обществото във Фландрия – на собствения език, с тест накрая.
offer-maatschappelijke-orientatie-duration = 60 часа

offer-participatietraject-name = Програма за участие в рамките на интеграцията (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = Стажове за запознаване, приятел-наставник (buddy) или доброволческа работа, за да се запознаете с хора.
offer-participatietraject-duration = 40 часа

offer-zorg-eerst-name = Първо грижа и благополучие
offer-zorg-eerst-provider = OCMW Oostende, социална работа
offer-zorg-eerst-description = Все още без подкрепа към работа: първо работим заедно по здравето, жилището или други грижи.

offer-thuisbezoek-name = Контакт у дома
offer-thuisbezoek-provider = OCMW Oostende, социална работа
offer-thuisbezoek-description = Социалният работник идва на посещение и поддържа връзка, в темпото на самия човек.
