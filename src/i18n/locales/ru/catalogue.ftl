# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Работа на обычном рынке труда
offer-regulier-werk-provider = Работодатели, с помощью VDAB (службы занятости Фландрии)
offer-regulier-werk-description = Обычная работа у работодателя или как самозанятого, без особого сопровождения.
offer-regulier-werk-allowance = Зарплата по коллективному договору отрасли (cao)

offer-eho-begeleiding-name = Интенсивное сопровождение в поиске работы
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Вместе искать работу, с языковым коучингом для людей с миграционным опытом. Через три месяца дело вместе пересматривают.
offer-eho-begeleiding-duration = Не больше 12 месяцев

offer-interim-name = Работа через кадровое агентство
offer-interim-provider = Кадровые агентства в Остенде
offer-interim-description = Знакомство с работодателями через кадровое агентство; можно подать анонимную анкету кандидата.
offer-interim-allowance = Зарплата за временное задание

offer-vakbond-loopbaan-name = Консультации по карьере и профессиональному развитию
offer-vakbond-loopbaan-provider = Профсоюзы ACV, ABVV и ACLVB
offer-vakbond-loopbaan-description = Помощь с планом поиска работы, резюме, учётной записью VDAB и вашими правами, в том числе при возвращении на работу после болезни. Открыто и для тех, кто не состоит в профсоюзе.
offer-vakbond-loopbaan-allowance = Бесплатно

offer-twe-name = Временный опыт работы (TWE) в OCMW
offer-twe-provider = OCMW Oostende, служба трудоустройства
offer-twe-description = Программа получения опыта работы: сначала месяц BVS, затем контракт по статье 60 (artikel 60).
offer-twe-duration = 24 месяца

offer-bvs-name = Ознакомительная стажировка по профессии (BVS)
offer-bvs-provider = OCMW Oostende, служба трудоустройства
offer-bvs-description = Короткая стажировка на рабочем месте, чтобы познакомиться с работой, — первый шаг TWE.
offer-bvs-allowance = Leefloon плюс 1 € в час
offer-bvs-duration = Не больше 1 месяца

offer-artikel-60-name = Трудоустройство по статье 60 §7 (artikel 60)
offer-artikel-60-provider = OCMW Oostende, служба трудоустройства
offer-artikel-60-description = Оплачиваемая работа через OCMW, с сопровождением наставника на рабочем месте, который каждые три месяца подводит итоги.
offer-artikel-60-allowance = Зарплата вместо leefloon
offer-artikel-60-duration = До 36 лет: 1 год; от 36 до 49: 18 месяцев; с 50 лет: 2 года
offer-artikel-60-conditions = Для клиентов OCMW; приветственная брошюра за месяц до начала

offer-nazorg-twe-name = Дальнейшее сопровождение после TWE
offer-nazorg-twe-provider = OCMW Oostende, служба трудоустройства
offer-nazorg-twe-description = Сопровождение после контракта по статье 60, с личной передачей в VDAB, на пути к обычной работе.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: расти и учиться на рабочем месте)
offer-glow-provider = VDAB (фламандская служба занятости) с партнёрами
offer-glow-description = Интенсивная программа обучения на рабочем месте, построенная вокруг стажировки WES или IBO, с дополнительной языковой поддержкой. Для ищущих работу с ограничениями трудоспособности или с несколькими проблемами сразу.
offer-glow-duration = Не больше 24 месяцев

offer-wes-name = Стажировка для получения опыта работы (WES)
offer-wes-provider = VDAB (служба занятости Фландрии)
offer-wes-description = Стажировка у работодателя, чтобы получить опыт работы.
offer-wes-duration = Не больше 6 месяцев
offer-wes-conditions = Только после контракта по статье 60

offer-ibo-name = Индивидуальное профессиональное обучение (IBO)
offer-ibo-provider = VDAB (служба занятости Фландрии)
offer-ibo-description = Обучение на рабочем месте у работодателя, который потом берёт вас на работу.
offer-ibo-allowance = Премия и компенсация расходов на проезд и присмотр за детьми
offer-ibo-duration = От 1 до 6 месяцев
offer-ibo-conditions = Регистрация в VDAB; вы не уволились с прошлой работы по собственному желанию; вы ещё никогда не работали у этого работодателя

offer-bis-name = Оплачиваемая стажировка по профессии (BIS)
offer-bis-provider = Работодатели, через VDAB
offer-bis-description = Оплачиваемая стажировка, чтобы изучить профессию изнутри.
offer-bis-allowance = Стипендия за стажировку
offer-bis-duration = Не больше 6 месяцев

offer-individueel-maatwerk-name = Индивидуальная адаптированная работа (individueel maatwerk)
offer-individueel-maatwerk-provider = Работодатели, при поддержке правительства Фландрии
offer-individueel-maatwerk-description = Работа у обычного работодателя, который получает поддержку за дополнительное сопровождение.
offer-individueel-maatwerk-allowance = Зарплата

offer-collectief-maatwerk-name = Коллективная адаптированная работа (collectief maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Работа на предприятии социальной экономики, с индивидуальным сопровождением.
offer-collectief-maatwerk-allowance = Зарплата
offer-collectief-maatwerk-conditions = Для людей с ограниченной трудоспособностью

offer-btom-name = Работа с особой поддержкой (BTOM)
offer-btom-provider = VDAB (служба занятости Фландрии)
offer-btom-description = Поддержка на обычной работе: сурдопереводчик, приспособленное рабочее место, рабочие инструменты или расходы на дорогу.

offer-wijk-werken-name = Работа в районе (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Небольшие работы для людей, школ или организаций поблизости, чтобы получить опыт. Каждые полгода итоги подводят вместе.
offer-wijk-werken-allowance = 4,10 € в час, без налогов; не больше 60 часов в месяц и 630 часов в год
offer-wijk-werken-duration = Не больше 12 месяцев
offer-wijk-werken-conditions = Для клиентов VDAB, OCMW или GTB

offer-vrijwilligerswerk-name = Волонтёрство
offer-vrijwilligerswerk-provider = FMDO и vzw Perspectief
offer-vrijwilligerswerk-description = Добровольно помогать в организации: знакомиться с людьми, приносить пользу и получать опыт.
offer-vrijwilligerswerk-allowance = В принципе не оплачивается; иногда есть возмещение расходов, которое зависит от организации (vzw Perspectief: 4,10 € в час)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Новоприбывших знакомят с организацией, где можно практиковать нидерландский и заниматься волонтёрством.
offer-8400-talenten-conditions = Нидерландский на уровне 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Наставник-волонтёр помогает со словами, нужными на работе, и с поиском работы или стажировки.
offer-team-up-duration = 6 месяцев

offer-zoekhulp-name = Помощь в поиске работы
offer-zoekhulp-provider = FMDO и VDAB
offer-zoekhulp-description = Вместе смотреть вакансии, составлять резюме и сопроводительное письмо, искать стажировку или обучение.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende и FMDO
offer-women-at-work-description = Программа для женщин, которые хотят сделать шаг к работе.

offer-module-solliciteren-name = Модуль «Как искать работу»
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Научиться искать работу на нидерландском: читать вакансии, звонить, тренировать собеседование.
offer-module-solliciteren-conditions = С уровня 1.1; для дальнейшего сопровождения после TWE, в конце контракта по статье 60 или в период ориентации

offer-taallessen-artikel-60-name = Уроки языка во время работы по статье 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Учить нидерландский на рабочем месте, параллельно с контрактом по статье 60.
offer-taallessen-artikel-60-conditions = С контрактом по статье 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Утром — нидерландский, после обеда — ориентация, открытый учебный центр и информатика. Модули можно проходить отдельно; кто найдёт работу, может закончить.
offer-bootcamp2work-duration = 5 недель

offer-sollicitatietraining-name = Тренинг по поиску работы
offer-sollicitatietraining-provider = OCMW Oostende, служба трудоустройства
offer-sollicitatietraining-description = Тренироваться искать работу и проходить собеседования в небольшой группе.
offer-sollicitatietraining-duration = 4 полдня

offer-rijbewijs-b-name = Помощь с получением водительских прав категории B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala и KTA
offer-rijbewijs-b-description = Уроки теории и практика на автотренажёре, чтобы можно было добираться до работы подальше от дома.

offer-heftruck-name = Обучение на водителя погрузчика
offer-heftruck-provider = Economisch Huis Oostende и VDAB
offer-heftruck-description = Теория в Economisch Huis, практика в VDAB в Реккеме (Rekkem).
offer-heftruck-duration = 10 дней теории и 20 дней практики

offer-horeca-forma-name = Курс бармена
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Короткий курс, чтобы работать за барной стойкой.

offer-sdv-zoekhulp-name = Помощь в поиске работы для иноязычных
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Помощь с карьерным досье, загрузкой резюме, чтением вакансий и поиском обучения, в том числе для людей с небольшим образованием.

offer-computer-basis-name = Базовый компьютерный курс
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Научиться работать на компьютере, в конце — свидетельство.
offer-computer-basis-duration = 5 уроков

offer-ama-name = Деятельность, близкая к работе (AMA)
offer-ama-provider = OCMW Oostende, служба трудоустройства
offer-ama-description = Несколько часов в неделю полезного занятия под руководством: распорядок, общение с другими и собственное развитие.
offer-ama-allowance = Небольшое почасовое вознаграждение
offer-ama-conditions = Для людей с медицинскими, психологическими или социальными препятствиями

offer-spuitenpatrouille-name = Патруль по сбору шприцев (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, служба трудоустройства
offer-spuitenpatrouille-description = Безопасно собирать выброшенные шприцы в городе, в постоянной команде.
offer-spuitenpatrouille-allowance = 8 € за полдня
offer-spuitenpatrouille-duration = 2 раза по 2 часа в неделю
offer-spuitenpatrouille-conditions = Для людей, которые (предположительно) употребляют психоактивные вещества или восстанавливаются после зависимости

offer-ama-sociale-economie-name = AMA в социальной экономике
offer-ama-sociale-economie-provider = GTB, вместе с OCMW
offer-ama-sociale-economie-description = Деятельность, близкая к работе, на предприятии социальной экономики.
offer-ama-sociale-economie-conditions = После вступительной беседы в GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, служба трудоустройства
offer-werklabo-description = Восемь видов заданий, чтобы вместе выяснить, что человек умеет и что ему нравится делать.

offer-ama-zwerfvuil-name = AMA: уборка мусора
offer-ama-zwerfvuil-provider = OCMW Oostende, служба трудоустройства
offer-ama-zwerfvuil-description = Убирать мусор на улицах района, в небольшой команде.

offer-ama-poetsen-name = AMA: уборка помещений
offer-ama-poetsen-provider = OCMW Oostende, служба трудоустройства
offer-ama-poetsen-description = Уборка под руководством, в постоянном ритме.

offer-taaltraject-scala-name = Изучение нидерландского в CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Уроки нидерландского как второго языка, на разных уровнях.

offer-taaltraject-miras-name = Изучение нидерландского в CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Уроки нидерландского как второго языка, в том числе для работы.

offer-taaltraject-ligo-name = Изучение нидерландского в Ligo
offer-taaltraject-ligo-provider = Ligo, центр базового образования
offer-taaltraject-ligo-description = Учить нидерландский в спокойном темпе — для тех, кто мало или совсем не ходил в школу.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Каждую неделю разговаривать в небольшой группе с волонтёрами, чтобы практиковать нидерландский.
offer-babbelbox-duration = Еженедельно, по школьному календарю
offer-babbelbox-conditions = Нидерландский на уровне 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Еженедельные встречи и разговоры для женщин с миграционным опытом.
offer-vrouwenklap-duration = Еженедельно

offer-praattafels-name = Разговорные клубы (praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Практиковать нидерландский за столом вместе с другими.

offer-hardop-lezen-name = Чтение вслух
offer-hardop-lezen-provider = Openbare bibliotheek Oostende (городская библиотека)
offer-hardop-lezen-description = Вместе читать вслух в библиотеке.

offer-samen-lezen-nt2-name = Совместное чтение для изучающих нидерландский (NT2)
offer-samen-lezen-nt2-provider = Openbare bibliotheek Oostende (городская библиотека)
offer-samen-lezen-nt2-description = Читательская группа для тех, кто учит нидерландский как второй язык.

offer-maatschappelijke-orientatie-name = Курс общественной ориентации
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (агентство по интеграции)
offer-maatschappelijke-orientatie-description = Узнать, как устроено общество во Фландрии, на родном языке, с тестом в конце.
offer-maatschappelijke-orientatie-duration = 60 часов

offer-participatietraject-name = Программа участия в рамках интеграции (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (агентство по интеграции)
offer-participatietraject-description = Ознакомительные стажировки, бадди (товарищ-помощник) или волонтёрство, чтобы знакомиться с людьми.
offer-participatietraject-duration = 40 часов

offer-zorg-eerst-name = Сначала забота о здоровье и благополучии
offer-zorg-eerst-provider = OCMW Oostende, социальная работа
offer-zorg-eerst-description = Сопровождения к работе пока нет: сначала вместе работаем над здоровьем, жильём или другими заботами.

offer-thuisbezoek-name = Посещения на дому
offer-thuisbezoek-provider = OCMW Oostende, социальная работа
offer-thuisbezoek-description = Социальный работник приходит домой и поддерживает связь — в темпе, удобном для человека.
