# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = په عادي بازار کې کار
offer-regulier-werk-provider = کارفرمایان، د VDAB په مرسته
offer-regulier-werk-description = له یو کارفرما سره یا د ځان لپاره (خپل کاروبار) یوه عادي دنده، بې له ځانګړي ملاتړ.
offer-regulier-werk-allowance = د سکټور د ټولیز تړون (cao) له مخې معاش

offer-eho-begeleiding-name = د کار موندلو لپاره پیاوړی ملاتړ
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = یوځای د کار لټول، او د هغو کسانو لپاره چې له بل هېواده راغلي، د ژبې روزنه هم. دوسیه له درې میاشتو وروسته یوځای کتل کېږي.
offer-eho-begeleiding-duration = تر ټولو ډېر 12 میاشتې

offer-interim-name = د اداري له لارې لنډمهاله کار (interim)
offer-interim-provider = په Oostende کې د لنډمهاله کار ادارې (uitzendkantoren)
offer-interim-description = د لنډمهاله کار د ادارې له لارې له کارفرمایانو سره پېژندګلوي؛ بې نومه د نوماند فورمې هم شونې دي.
offer-interim-allowance = د هماغه لنډمهاله کار معاش

offer-vakbond-loopbaan-name = د مسلک او پرمختګ مشوره
offer-vakbond-loopbaan-provider = د کارګرو اتحادیې ACV، ABVV او ACLVB
offer-vakbond-loopbaan-description = د کار لټون پلان، CV، د VDAB حساب او ستاسو د حقونو په اړه مرسته، له ناروغۍ وروسته کار ته بېرته راتګ کې هم. د هغو لپاره هم خلاص دی چې غړي نه دي.
offer-vakbond-loopbaan-allowance = وړیا

offer-twe-name = له OCMW سره لنډمهاله کاري تجربه (TWE)
offer-twe-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-twe-description = د کاري تجربې یو بهیر: لومړی یوه میاشت BVS، بیا د artikel 60 له مخې یو قرارداد.
offer-twe-duration = 24 میاشتې

offer-bvs-name = د مسلک پېژندنې کارموزي (BVS)
offer-bvs-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-bvs-description = په کار ځای کې یوه لنډه کارموزي، چې یوه دنده وپېژنئ، د TWE د لومړي ګام په توګه.
offer-bvs-allowance = leefloon او سربېره پر هغه په هر ساعت 1 یورو
offer-bvs-duration = تر ټولو ډېر 1 میاشت

offer-artikel-60-name = د artikel 60 §7 له مخې ګمارنه
offer-artikel-60-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-artikel-60-description = د OCMW له لارې په معاش یوه دنده، د کار ځای د یو روزونکي (coach) له ملاتړ سره چې هرې درې میاشتې ارزونه کوي.
offer-artikel-60-allowance = د leefloon پر ځای معاش
offer-artikel-60-duration = له 36 کلونو کم: 1 کال؛ له 36 تر 49 کلونو: 18 میاشتې؛ له 50 کلونو پورته: 2 کاله
offer-artikel-60-conditions = د OCMW د مراجعینو لپاره؛ له پیل نه یوه میاشت مخکې د ښه راغلاست کتابچه

offer-nazorg-twe-name = له TWE وروسته تعقیب
offer-nazorg-twe-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-nazorg-twe-description = د artikel 60 قرارداد وروسته تعقیب، VDAB ته د شخصي معرفي سره سپارل، د عادي کار په لور.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: د کار په ځای کې وده او زده کړه)
offer-glow-provider = VDAB (د فلاندرز د کار اداره) له همکارانو سره
offer-glow-description = د کار په ځای کې د زده کړې یو فشرده پروګرام، د WES یا IBO کارزده کړې شاوخوا، له اضافي ژبني ملاتړ سره. د هغو کار لټوونکو لپاره چې د کار معلولیت یا څو ستونزې یوځای لري.
offer-glow-duration = تر ټولو ډېر 24 میاشتې

offer-wes-name = د کاري تجربې کارموزي (WES)
offer-wes-provider = VDAB
offer-wes-description = له یو کارفرما سره د کاري تجربې د ترلاسه کولو لپاره کارموزي.
offer-wes-duration = تر ټولو ډېر 6 میاشتې
offer-wes-conditions = یوازې د artikel 60 له قرارداد وروسته

offer-ibo-name = انفرادي مسلکي روزنه (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = په کار ځای کې له داسې کارفرما سره زده کړه، چې وروسته تاسو په دنده ګماري.
offer-ibo-allowance = یوه جایزه (premie) او د تګ راتګ او د ماشومانو د ساتنې لګښت
offer-ibo-duration = له 1 تر 6 میاشتو
offer-ibo-conditions = په VDAB کې ثبت شوی وي، پخوانۍ دنده یې پخپله نه وي پرېښې، او مخکې یې هېڅکله له هماغه کارفرما سره کار نه وي کړی

offer-bis-name = په معاش د مسلک زده کړې کارموزي (BIS)
offer-bis-provider = کارفرمایان، د VDAB له لارې
offer-bis-description = په معاش کارموزي، چې یو مسلک له دننه زده کړئ.
offer-bis-allowance = د کارموزۍ معاوضه
offer-bis-duration = تر ټولو ډېر 6 میاشتې

offer-individueel-maatwerk-name = انفرادي ځانګړی کار (maatwerk)
offer-individueel-maatwerk-provider = کارفرمایان، د فلاندرز د حکومت په ملاتړ
offer-individueel-maatwerk-description = له یو عادي کارفرما سره دنده؛ کارفرما د اضافي ملاتړ لپاره مرسته ترلاسه کوي.
offer-individueel-maatwerk-allowance = معاش

offer-collectief-maatwerk-name = ډله ییز ځانګړی کار (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank، vzw De Duinenwacht، Kringwinkel، Groep Intro
offer-collectief-maatwerk-description = د ټولنیز اقتصاد په یوه ځانګړي شرکت (maatwerkbedrijf) کې کار، له داسې ملاتړ سره چې ستاسو له اړتیا سره برابر وي.
offer-collectief-maatwerk-allowance = معاش
offer-collectief-maatwerk-conditions = د هغو خلکو لپاره چې په کار کې محدودیت (معلولیت) لري

offer-btom-name = له ځانګړي ملاتړ سره کار (BTOM)
offer-btom-provider = VDAB
offer-btom-description = په یوه عادي دنده کې ملاتړ: د کڼو لپاره د اشارو ژبې ترجمان، برابر شوی کار ځای، د کار وسایل یا د تګ راتګ لګښت.

offer-wijk-werken-name = په ګاونډ کې کار (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = په سیمه کې د خلکو، ښوونځیو یا ټولنو لپاره وړې دندې، د تجربې ترلاسه کولو لپاره. هرې شپږ میاشتې یوځای ارزول کېږي.
offer-wijk-werken-allowance = په ساعت کې 4.10 یورو، بې له مالیې؛ تر ټولو ډېر په میاشت کې 60 ساعته او په کال کې 630 ساعته
offer-wijk-werken-duration = تر ټولو ډېر 12 میاشتې
offer-wijk-werken-conditions = د VDAB، OCMW یا GTB د مراجعه کوونکو لپاره

offer-vrijwilligerswerk-name = رضاکاره کار
offer-vrijwilligerswerk-provider = FMDO او vzw Perspectief
offer-vrijwilligerswerk-description = په یوه اداره کې په رضاکاره توګه مرسته: له خلکو سره لیدل، ګټور اوسېدل او تجربه ترلاسه کول.
offer-vrijwilligerswerk-allowance = په اصل کې بې معاشه؛ کله کله د لګښتونو جبران چې له یوه سازمان نه بل ته توپیر لري (vzw Perspectief: په ساعت کې 4.10 €)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = نوي راغلي کسان له یوې ادارې سره نښلول کېږي، چې هالنډي تمرین کړي او رضاکاره کار وکړي.
offer-8400-talenten-conditions = د هالنډي ژبې کچه 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = یو رضاکار لارښود (mentor) د کار په لغتونو کې، او د دندې یا کارموزۍ په لټون کې مرسته کوي.
offer-team-up-duration = 6 میاشتې

offer-zoekhulp-name = د کار په لټون کې مرسته
offer-zoekhulp-provider = FMDO او VDAB
offer-zoekhulp-description = یوځای د دندو اعلانونه کتل، CV او د انګېزې لیک جوړول، کارموزي یا زده کړه موندل.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende او FMDO
offer-women-at-work-description = د هغو ښځو لپاره یو بهیر چې غواړي د کار په لور ګام واخلي.

offer-module-solliciteren-name = د دندې د غوښتنې کورس
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = په هالنډي ژبه د دندې غوښتل زده کول: د دندو اعلانونه لوستل، تلیفون کول، د مرکې تمرین.
offer-module-solliciteren-conditions = له 1.1 کچې پورته؛ له TWE وروسته تعقیب، د artikel 60 قرارداد پای یا د پېژندنې دورې لپاره

offer-taallessen-artikel-60-name = د artikel 60 پر مهال د ژبې درسونه
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = په کار ځای کې هالنډي زده کول، د artikel 60 قرارداد تر څنګ.
offer-taallessen-artikel-60-conditions = له artikel 60 قرارداد سره

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = سهار هالنډي؛ ماسپښین د مسلک پېژندنه، د زده کړې خلاص مرکز او کمپیوټر. برخې جلا هم اخیستل کېدای شي؛ څوک چې کار پیدا کړي، پرېښودلای یې شي.
offer-bootcamp2work-duration = 5 اونۍ

offer-sollicitatietraining-name = د دندې غوښتنې روزنه
offer-sollicitatietraining-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-sollicitatietraining-description = په یوه کوچنۍ ډله کې د دندې غوښتنې تمرین.
offer-sollicitatietraining-duration = 4 نیمې ورځې

offer-rijbewijs-b-name = د B ډول د موټر چلولو جواز لپاره مرسته
offer-rijbewijs-b-provider = Economisch Huis Oostende، CVO Scala او KTA
offer-rijbewijs-b-description = د تیورۍ درسونه او د موټر چلولو په سیمولېټر تمرین، چې په لرې ځایونو کې کار ته هم ورسېدلای شئ.

offer-heftruck-name = د فورک لیفټ (heftruck) روزنه
offer-heftruck-provider = Economisch Huis Oostende او VDAB
offer-heftruck-description = تیوري په Economisch Huis کې، او عملي کار په Rekkem کې له VDAB سره.
offer-heftruck-duration = 10 ورځې تیوري او 20 ورځې عملي کار

offer-horeca-forma-name = د بار کارکوونکي (barman/barvrouw) روزنه
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = یوه لنډه روزنه، چې د څښاک د بار تر شا کار وکړئ.

offer-sdv-zoekhulp-name = د هغو کسانو لپاره د کار لټون مرسته چې بله ژبه وايي
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = د مسلکي دوسیې، د CV پورته کولو، د دندو اعلانونو لوستلو او د زده کړو موندلو کې مرسته، د لږ زده کړو سره هم.

offer-computer-basis-name = د کمپیوټر بنسټیز کورس
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = له کمپیوټر سره کار زده کول، او په پای کې سند.
offer-computer-basis-duration = 5 درسونه

offer-ama-name = کار ته ورته فعالیت (AMA)
offer-ama-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-ama-description = په اونۍ کې څو ساعته ګټوره بوختیا، له ملاتړ سره: نظم، له نورو سره اړیکه او د ځان پرمختګ.
offer-ama-allowance = په ساعت کې یوه کوچنۍ معاوضه
offer-ama-conditions = د هغو خلکو لپاره چې طبي، رواني یا ټولنیز خنډونه لري

offer-spuitenpatrouille-name = د ستنو راټولولو ټیم (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-spuitenpatrouille-description = په ښار کې د غورځول شویو ستنو (پیچکاریو) خوندي راټولول، په یوه ثابته ډله کې.
offer-spuitenpatrouille-allowance = په هره نیمه ورځ 8 یورو
offer-spuitenpatrouille-duration = په اونۍ کې دوه ځله 2 ساعته
offer-spuitenpatrouille-conditions = د هغو لپاره چې (ښايي) نشه يي توکي کاروي یا له اعتیاد څخه د روغېدو په حال کې دي

offer-ama-sociale-economie-name = AMA په ټولنیز اقتصاد کې
offer-ama-sociale-economie-provider = GTB، له OCMW سره
offer-ama-sociale-economie-description = د ټولنیز اقتصاد په یوه شرکت کې کار ته ورته فعالیت.
offer-ama-sociale-economie-conditions = په GTB کې له لومړۍ مرکې (intake) وروسته

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-werklabo-description = اته ډوله دندې، چې یوځای معلومه شي یو څوک څه کولای شي او څه یې خوښېږي.

offer-ama-zwerfvuil-name = AMA: د کثافاتو راټولول
offer-ama-zwerfvuil-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-ama-zwerfvuil-description = په سیمه کې د غورځول شویو کثافاتو راټولول، په یوه کوچنۍ ډله کې.

offer-ama-poetsen-name = AMA: پاکاري
offer-ama-poetsen-provider = OCMW Oostende، د کار ګمارنې څانګه
offer-ama-poetsen-description = د پاکارۍ کارونه له ملاتړ سره، په یو ثابت نظم.

offer-taaltraject-scala-name = په CVO Scala کې هالنډي زده کول
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = د دویمې ژبې په توګه د هالنډي درسونه، په بېلابېلو کچو.

offer-taaltraject-miras-name = په CVO Miras کې هالنډي زده کول
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = د دویمې ژبې په توګه د هالنډي درسونه، د کار لپاره هم.

offer-taaltraject-ligo-name = په Ligo کې هالنډي زده کول
offer-taaltraject-ligo-provider = Ligo، د بنسټیزو زده کړو مرکز
offer-taaltraject-ligo-description = په ارام سرعت هالنډي زده کول، د هغو لپاره چې لږ یا هېڅ ښوونځي ته نه دي تللي.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = هره اونۍ په یوه کوچنۍ ډله کې له رضاکارانو سره خبرې، د هالنډي د تمرین لپاره.
offer-babbelbox-duration = اونیز، د ښوونځي د تقویم سره سم
offer-babbelbox-conditions = د هالنډي ژبې کچه 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = هره اونۍ یوځای کېدل او خبرې کول، د هغو ښځو لپاره چې له بل هېواده راغلې دي.
offer-vrouwenklap-duration = اونیز

offer-praattafels-name = د خبرو مېزونه (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = له نورو سره د مېز پر سر د هالنډي تمرین.

offer-hardop-lezen-name = په لوړ غږ لوستل
offer-hardop-lezen-provider = د Oostende عامه کتابتون
offer-hardop-lezen-description = په کتابتون کې یوځای په لوړ غږ لوستل.

offer-samen-lezen-nt2-name = د هالنډي زده کوونکو لپاره ګډ لوستل (NT2)
offer-samen-lezen-nt2-provider = د Oostende عامه کتابتون
offer-samen-lezen-nt2-description = د هغو کسانو لپاره د لوستلو ډله چې هالنډي د دویمې ژبې په توګه زده کوي.

offer-maatschappelijke-orientatie-name = د ټولنې د پېژندنې کورس
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = زده کول چې په فلاندرز کې ټولنه څنګه چلېږي، په خپله ژبه، او په پای کې یوه ازموینه.
offer-maatschappelijke-orientatie-duration = 60 ساعته

offer-participatietraject-name = د inburgering (ادغام) د ګډون بهیر
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = د پېژندنې لنډې کارموزۍ، یو ملګری (buddy) یا رضاکاره کار، چې له خلکو سره اشنا شئ.
offer-participatietraject-duration = 40 ساعته

offer-zorg-eerst-name = لومړی پاملرنه او هوساینه
offer-zorg-eerst-provider = OCMW Oostende، ټولنیز کار
offer-zorg-eerst-description = لا کار ته لارښوونه نه: لومړی یوځای پر روغتیا، استوګنې یا نورو اندېښنو کار.

offer-thuisbezoek-name = په کور کې اړیکه
offer-thuisbezoek-provider = OCMW Oostende، ټولنیز کار
offer-thuisbezoek-description = ټولنیز کارکوونکی کور ته راځي او اړیکه ساتي، د هماغه کس په خپل سرعت.
