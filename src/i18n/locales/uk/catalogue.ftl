# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Робота на звичайному ринку праці
offer-regulier-werk-provider = Роботодавці, з допомогою VDAB (служби зайнятості Фландрії)
offer-regulier-werk-description = Звичайна робота в роботодавця або як самозайнята особа, без особливого супроводу.
offer-regulier-werk-allowance = Зарплата згідно з колективним договором галузі (cao)

offer-eho-begeleiding-name = Інтенсивний супровід у пошуку роботи
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Разом шукати роботу, з мовним коучингом для людей із міграційним досвідом. Через три місяці справу разом переглядають.
offer-eho-begeleiding-duration = Щонайбільше 12 місяців

offer-interim-name = Робота через кадрове агентство
offer-interim-provider = Кадрові агентства в Остенде
offer-interim-description = Знайомство з роботодавцями через кадрове агентство; можна подати анонімну анкету кандидата.
offer-interim-allowance = Зарплата за тимчасове завдання

offer-vakbond-loopbaan-name = Консультації щодо кар’єри та професійного розвитку
offer-vakbond-loopbaan-provider = Профспілки ACV, ABVV і ACLVB
offer-vakbond-loopbaan-description = Допомога з планом пошуку роботи, резюме, обліковим записом VDAB і вашими правами, також після повернення на роботу після хвороби. Відкрито й для тих, хто не є членом профспілки.
offer-vakbond-loopbaan-allowance = Безкоштовно

offer-twe-name = Тимчасовий досвід роботи (TWE) в OCMW
offer-twe-provider = OCMW Oostende, служба працевлаштування
offer-twe-description = Програма здобуття досвіду роботи: спершу місяць BVS, потім контракт за статтею 60 (artikel 60).
offer-twe-duration = 24 місяці

offer-bvs-name = Ознайомче стажування з професією (BVS)
offer-bvs-provider = OCMW Oostende, служба працевлаштування
offer-bvs-description = Коротке стажування на робочому місці, щоб познайомитися з роботою, — перший крок TWE.
offer-bvs-allowance = Leefloon плюс 1 € за годину
offer-bvs-duration = Щонайбільше 1 місяць

offer-artikel-60-name = Працевлаштування за статтею 60 §7 (artikel 60)
offer-artikel-60-provider = OCMW Oostende, служба працевлаштування
offer-artikel-60-description = Оплачувана робота через OCMW, із супроводом наставника на робочому місці, який щотри місяці підбиває підсумки.
offer-artikel-60-allowance = Зарплата замість leefloon
offer-artikel-60-duration = До 36 років: 1 рік; від 36 до 49: 18 місяців; від 50: 2 роки
offer-artikel-60-conditions = Для клієнтів OCMW; вітальна брошура за місяць до початку

offer-nazorg-twe-name = Подальший супровід після TWE
offer-nazorg-twe-provider = OCMW Oostende, служба працевлаштування
offer-nazorg-twe-description = Супровід після контракту за статтею 60, з особистою передачею до VDAB, на шляху до звичайної роботи.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: рости й навчатися на робочому місці)
offer-glow-provider = VDAB (фламандська служба зайнятості) з партнерами
offer-glow-description = Інтенсивна програма навчання на робочому місці, побудована навколо стажування WES або IBO, з додатковою мовною підтримкою. Для шукачів роботи з обмеженнями для праці або з кількома проблемами одночасно.
offer-glow-duration = Щонайбільше 24 місяці

offer-wes-name = Стажування для здобуття досвіду роботи (WES)
offer-wes-provider = VDAB (служба зайнятості Фландрії)
offer-wes-description = Стажування в роботодавця, щоб здобути досвід роботи.
offer-wes-duration = Щонайбільше 6 місяців
offer-wes-conditions = Лише після контракту за статтею 60

offer-ibo-name = Індивідуальне професійне навчання (IBO)
offer-ibo-provider = VDAB (служба зайнятості Фландрії)
offer-ibo-description = Навчання на робочому місці в роботодавця, який потім бере вас на роботу.
offer-ibo-allowance = Премія та компенсація витрат на проїзд і догляд за дітьми
offer-ibo-duration = Від 1 до 6 місяців
offer-ibo-conditions = Реєстрація у VDAB; попередню роботу ви не залишили за власним бажанням; ви ще ніколи не працювали в цього роботодавця

offer-bis-name = Оплачуване стажування з професії (BIS)
offer-bis-provider = Роботодавці, через VDAB
offer-bis-description = Оплачуване стажування, щоб вивчити професію зсередини.
offer-bis-allowance = Стипендія за стажування
offer-bis-duration = Щонайбільше 6 місяців

offer-individueel-maatwerk-name = Індивідуальна адаптована робота (individueel maatwerk)
offer-individueel-maatwerk-provider = Роботодавці, за підтримки уряду Фландрії
offer-individueel-maatwerk-description = Робота у звичайного роботодавця, який отримує підтримку за додатковий супровід.
offer-individueel-maatwerk-allowance = Зарплата

offer-collectief-maatwerk-name = Колективна адаптована робота (collectief maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Робота на підприємстві соціальної економіки, з індивідуальним супроводом.
offer-collectief-maatwerk-allowance = Зарплата
offer-collectief-maatwerk-conditions = Для людей з обмеженою працездатністю

offer-btom-name = Робота з особливою підтримкою (BTOM)
offer-btom-provider = VDAB (служба зайнятості Фландрії)
offer-btom-description = Підтримка на звичайній роботі: перекладач жестової мови, пристосоване робоче місце, робочі інструменти або витрати на дорогу.

offer-wijk-werken-name = Робота в районі (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Невеликі роботи для людей, шкіл чи організацій поблизу, щоб здобути досвід. Кожні пів року підсумки підбивають разом.
offer-wijk-werken-allowance = 4,10 € за годину, без податків; щонайбільше 60 годин на місяць і 630 годин на рік
offer-wijk-werken-duration = Щонайбільше 12 місяців
offer-wijk-werken-conditions = Для клієнтів VDAB, OCMW або GTB

offer-vrijwilligerswerk-name = Волонтерство
offer-vrijwilligerswerk-provider = FMDO і vzw Perspectief
offer-vrijwilligerswerk-description = Добровільно допомагати в організації: знайомитися з людьми, бути корисними й здобувати досвід.
offer-vrijwilligerswerk-allowance = Загалом не оплачується; іноді є відшкодування витрат, яке залежить від організації (vzw Perspectief: 4,10 € за годину)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Новоприбулих людей знайомлять з організацією, де можна практикувати нідерландську та бути волонтером.
offer-8400-talenten-conditions = Нідерландська на рівні 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Наставник-волонтер допомагає зі словами, потрібними на роботі, і з пошуком роботи чи стажування.
offer-team-up-duration = 6 місяців

offer-zoekhulp-name = Допомога в пошуку роботи
offer-zoekhulp-provider = FMDO і VDAB
offer-zoekhulp-description = Разом переглядати вакансії, складати резюме й мотиваційний лист, шукати стажування чи навчання.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende і FMDO
offer-women-at-work-description = Програма для жінок, які хочуть зробити крок до роботи.

offer-module-solliciteren-name = Модуль «Як шукати роботу»
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Навчитися шукати роботу нідерландською: читати вакансії, телефонувати, тренувати співбесіду.
offer-module-solliciteren-conditions = Від рівня 1.1; для подальшого супроводу після TWE, на завершення контракту за статтею 60 або в період орієнтації

offer-taallessen-artikel-60-name = Уроки мови під час роботи за статтею 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Вивчати нідерландську на робочому місці, паралельно з контрактом за статтею 60.
offer-taallessen-artikel-60-conditions = З контрактом за статтею 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Зранку — нідерландська, після обіду — орієнтація, відкритий навчальний центр та інформатика. Модулі можна проходити окремо; хто знайде роботу, може припинити.
offer-bootcamp2work-duration = 5 тижнів

offer-sollicitatietraining-name = Тренінг із пошуку роботи
offer-sollicitatietraining-provider = OCMW Oostende, служба працевлаштування
offer-sollicitatietraining-description = Тренуватися шукати роботу й проходити співбесіди в невеликій групі.
offer-sollicitatietraining-duration = 4 півдні

offer-rijbewijs-b-name = Допомога з отриманням водійських прав категорії B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala і KTA
offer-rijbewijs-b-description = Уроки теорії та практика на автотренажері, щоб можна було діставатися до роботи, яка далі від дому.

offer-heftruck-name = Навчання на водія навантажувача
offer-heftruck-provider = Economisch Huis Oostende і VDAB
offer-heftruck-description = Теорія в Economisch Huis, практика у VDAB у Реккемі (Rekkem).
offer-heftruck-duration = 10 днів теорії та 20 днів практики

offer-horeca-forma-name = Курс бармена
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Короткий курс, щоб працювати за барною стійкою.

offer-sdv-zoekhulp-name = Допомога в пошуку роботи для іншомовних
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Допомога з кар’єрним досьє, завантаженням резюме, читанням вакансій і пошуком навчання, також для людей з невеликою освітою.

offer-computer-basis-name = Базовий комп’ютерний курс
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Навчитися працювати з комп’ютером, наприкінці — свідоцтво.
offer-computer-basis-duration = 5 уроків

offer-ama-name = Діяльність, наближена до роботи (AMA)
offer-ama-provider = OCMW Oostende, служба працевлаштування
offer-ama-description = Кілька годин на тиждень змістовного заняття під супроводом: розпорядок, спілкування з іншими та власний розвиток.
offer-ama-allowance = Невелика погодинна винагорода
offer-ama-conditions = Для людей з медичними, психологічними чи соціальними перешкодами

offer-spuitenpatrouille-name = Патруль зі збирання шприців (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, служба працевлаштування
offer-spuitenpatrouille-description = Безпечно збирати викинуті шприци в місті, у постійній команді.
offer-spuitenpatrouille-allowance = 8 € за пів дня
offer-spuitenpatrouille-duration = 2 рази по 2 години на тиждень
offer-spuitenpatrouille-conditions = Для людей, які (ймовірно) вживають психоактивні речовини або одужують від залежності

offer-ama-sociale-economie-name = AMA в соціальній економіці
offer-ama-sociale-economie-provider = GTB, разом з OCMW
offer-ama-sociale-economie-description = Діяльність, наближена до роботи, на підприємстві соціальної економіки.
offer-ama-sociale-economie-conditions = Після вступної співбесіди в GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, служба працевлаштування
offer-werklabo-description = Вісім видів завдань, щоб разом з’ясувати, що людина вміє і що їй подобається робити.

offer-ama-zwerfvuil-name = AMA: прибирання сміття
offer-ama-zwerfvuil-provider = OCMW Oostende, служба працевлаштування
offer-ama-zwerfvuil-description = Прибирати сміття на вулицях району, у невеликій команді.

offer-ama-poetsen-name = AMA: прибирання приміщень
offer-ama-poetsen-provider = OCMW Oostende, служба працевлаштування
offer-ama-poetsen-description = Прибирання під супроводом, у сталому ритмі.

offer-taaltraject-scala-name = Вивчення нідерландської в CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Уроки нідерландської як другої мови, на різних рівнях.

offer-taaltraject-miras-name = Вивчення нідерландської в CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Уроки нідерландської як другої мови, зокрема для роботи.

offer-taaltraject-ligo-name = Вивчення нідерландської в Ligo
offer-taaltraject-ligo-provider = Ligo, центр базової освіти
offer-taaltraject-ligo-description = Вивчати нідерландську в спокійному темпі — для тих, хто мало або зовсім не ходив до школи.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Щотижня розмовляти в невеликій групі з волонтерами, щоб практикувати нідерландську.
offer-babbelbox-duration = Щотижня, за шкільним календарем
offer-babbelbox-conditions = Нідерландська на рівні 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Щотижневі зустрічі й розмови для жінок із міграційним досвідом.
offer-vrouwenklap-duration = Щотижня

offer-praattafels-name = Розмовні клуби (praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Практикувати нідерландську за столом разом з іншими.

offer-hardop-lezen-name = Читання вголос
offer-hardop-lezen-provider = Openbare bibliotheek Oostende (міська бібліотека)
offer-hardop-lezen-description = Разом читати вголос у бібліотеці.

offer-samen-lezen-nt2-name = Спільне читання для тих, хто вивчає нідерландську (NT2)
offer-samen-lezen-nt2-provider = Openbare bibliotheek Oostende (міська бібліотека)
offer-samen-lezen-nt2-description = Читацька група для тих, хто вивчає нідерландську як другу мову.

offer-maatschappelijke-orientatie-name = Курс суспільної орієнтації
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (агентство з інтеграції)
offer-maatschappelijke-orientatie-description = Дізнатися, як влаштоване суспільство у Фландрії, рідною мовою, з тестом наприкінці.
offer-maatschappelijke-orientatie-duration = 60 годин

offer-participatietraject-name = Програма участі в рамках інтеграції (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (агентство з інтеграції)
offer-participatietraject-description = Ознайомчі стажування, бадді (товариш-помічник) або волонтерство, щоб знайомитися з людьми.
offer-participatietraject-duration = 40 годин

offer-zorg-eerst-name = Спершу турбота про здоров’я та добробут
offer-zorg-eerst-provider = OCMW Oostende, соціальна робота
offer-zorg-eerst-description = Супроводу до роботи поки немає: спершу разом працюємо над здоров’ям, житлом чи іншими турботами.

offer-thuisbezoek-name = Відвідування вдома
offer-thuisbezoek-provider = OCMW Oostende, соціальна робота
offer-thuisbezoek-description = Соціальний працівник приходить додому й підтримує зв’язок — у темпі, зручному для людини.
