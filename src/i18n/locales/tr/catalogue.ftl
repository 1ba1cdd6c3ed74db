# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Turkish: organisation names kept as they are; offers described in Turkish.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Normal iş piyasasında bir iş
offer-regulier-werk-provider = İşverenler, VDAB'nin yardımıyla
offer-regulier-werk-description = Bir işverenin yanında ya da serbest çalışan olarak, özel bir destek olmadan normal bir iş.
offer-regulier-werk-allowance = Sektörün toplu iş sözleşmesine (cao) göre ücret

offer-eho-begeleiding-name = Yoğun iş rehberliği
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Birlikte iş aramak; göçmen kökenli olanlar için dil koçluğu da var. Dosya üç ay sonra birlikte gözden geçirilir.
offer-eho-begeleiding-duration = En fazla 12 ay

offer-interim-name = Geçici iş (ajans aracılığıyla)
offer-interim-provider = Oostende'deki geçici iş ajansları
offer-interim-description = Bir geçici iş ajansı aracılığıyla işverenlerle tanışmak; isimsiz aday formları da mümkün.
offer-interim-allowance = Geçici işin ücreti

offer-vakbond-loopbaan-name = Kariyer ve güncel kalma danışmanlığı
offer-vakbond-loopbaan-provider = ACV, ABVV ve ACLVB sendikaları
offer-vakbond-loopbaan-description = İş arama planı, özgeçmişin, VDAB hesabın ve hakların konusunda yardım; hastalıktan sonra işe dönerken de. Üye olmayanlara da açık.
offer-vakbond-loopbaan-allowance = Ücretsiz

offer-twe-name = OCMW'de geçici iş deneyimi (TWE)
offer-twe-provider = OCMW Oostende, istihdam birimi
offer-twe-description = Bir iş deneyimi süreci: önce bir ay BVS, ardından madde 60 kapsamında bir sözleşme.
offer-twe-duration = 24 ay

offer-bvs-name = Mesleği tanıma stajı (BVS)
offer-bvs-provider = OCMW Oostende, istihdam birimi
offer-bvs-description = Bir işi tanımak için iş yerinde kısa bir staj; TWE'nin ilk adımı.
offer-bvs-allowance = Leefloon artı saat başına €1
offer-bvs-duration = En fazla 1 ay

offer-artikel-60-name = Madde 60 §7 kapsamında istihdam
offer-artikel-60-provider = OCMW Oostende, istihdam birimi
offer-artikel-60-description = OCMW aracılığıyla ücretli bir iş; her üç ayda bir değerlendirme yapan bir iş yeri koçu eşliğinde.
offer-artikel-60-allowance = Leefloon yerine bir maaş
offer-artikel-60-duration = 36 yaşından küçükler: 1 yıl; 36–49 yaş: 18 ay; 50 yaş ve üzeri: 2 yıl
offer-artikel-60-conditions = OCMW danışanları için; başlamadan bir ay önce bir karşılama broşürü

offer-nazorg-twe-name = TWE sonrası takip
offer-nazorg-twe-provider = OCMW Oostende, istihdam birimi
offer-nazorg-twe-description = Madde 60 sözleşmesinden sonra takip ve VDAB'ye özenli bir devir; normal bir işe giden yolda.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: iş yerinde büyümek ve öğrenmek)
offer-glow-provider = VDAB (Flaman istihdam kurumu) ve ortakları
offer-glow-description = Bir WES stajı veya IBO etrafında kurulan, ek dil desteği olan yoğun bir iş yerinde öğrenme programı. Çalışma engeli olan ya da aynı anda birkaç sorunu olan iş arayanlar için.
offer-glow-duration = En fazla 24 ay

offer-wes-name = İş deneyimi stajı (WES)
offer-wes-provider = VDAB
offer-wes-description = Bir işverenin yanında iş deneyimi kazanmak için bir staj.
offer-wes-duration = En fazla 6 ay
offer-wes-conditions = Ancak bir madde 60 sözleşmesinden sonra

offer-ibo-name = Bireysel mesleki eğitim (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = Sonrasında seni işe alacak bir işverenin yanında, iş yerinde öğrenmek.
offer-ibo-allowance = Bir prim ile yol ve çocuk bakımı için ödenek
offer-ibo-duration = 1 ile 6 ay arası
offer-ibo-conditions = VDAB'ye kayıtlı olmak, önceki işten kendi isteğiyle ayrılmamış olmak, o işverenin yanında daha önce hiç çalışmamış olmak

offer-bis-name = Mesleğe alışma stajı (BIS)
offer-bis-provider = İşverenler, VDAB aracılığıyla
offer-bis-description = Bir mesleği içeriden öğrenmek için ücretli bir staj.
offer-bis-allowance = Staj ödeneği
offer-bis-duration = En fazla 6 ay

offer-individueel-maatwerk-name = Bireysel uyarlanmış istihdam (individueel maatwerk)
offer-individueel-maatwerk-provider = İşverenler, Flaman hükümetinin desteğiyle
offer-individueel-maatwerk-description = Normal bir işverenin yanında bir iş; işveren, ek rehberlik için destek alır.
offer-individueel-maatwerk-allowance = Maaş

offer-collectief-maatwerk-name = Toplu uyarlanmış istihdam (collectief maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Sosyal ekonomideki bir maatwerk işletmesinde, kişiye göre uyarlanmış rehberlikle çalışma.
offer-collectief-maatwerk-allowance = Maaş
offer-collectief-maatwerk-conditions = Çalışma engeli olan kişiler için

offer-btom-name = Özel destek önlemleriyle çalışma (BTOM)
offer-btom-provider = VDAB
offer-btom-description = Normal bir işte destek: işaret dili tercümanı, uyarlanmış bir çalışma yeri, iş aletleri veya yol masrafları.

offer-wijk-werken-name = Mahalle işleri (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Deneyim kazanmak için mahalledeki kişiler, okullar veya dernekler için küçük işler. Altı ayda bir birlikte değerlendirilir.
offer-wijk-werken-allowance = Saat başına €4,10, vergisiz; ayda en fazla 60 saat ve yılda en fazla 630 saat
offer-wijk-werken-duration = En fazla 12 ay
offer-wijk-werken-conditions = VDAB, OCMW veya GTB danışanları için

offer-vrijwilligerswerk-name = Gönüllü çalışma
offer-vrijwilligerswerk-provider = FMDO ve vzw Perspectief
offer-vrijwilligerswerk-description = Bir kuruluşta gönüllü olarak çalışmak: insanlarla tanışmak, bir işe yaramak ve deneyim kazanmak.
offer-vrijwilligerswerk-allowance = İlke olarak ücretsiz; bazen kuruma göre değişen bir masraf ödemesi (vzw Perspectief: saatte 4,10 €)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Yeni gelenler, Felemenkçe pratik yapmak ve gönüllü çalışmak için bir kuruluşla eşleştirilir.
offer-8400-talenten-conditions = 1.1 seviyesinde Felemenkçe

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Gönüllü bir mentor, iş hayatında kullanılan kelimelerde ve iş ya da staj aramada yardım eder.
offer-team-up-duration = 6 ay

offer-zoekhulp-name = İş aramada yardım
offer-zoekhulp-provider = FMDO ve VDAB
offer-zoekhulp-description = Birlikte iş ilanlarına bakmak, özgeçmiş ve ön yazı hazırlamak, staj veya eğitim bulmak.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende ve FMDO
offer-women-at-work-description = Çalışma hayatına adım atmak isteyen kadınlar için bir program.

offer-module-solliciteren-name = İş başvurusu modülü
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Felemenkçe iş başvurusu yapmayı öğrenmek: iş ilanlarını okumak, telefon etmek, iş görüşmesi alıştırması yapmak.
offer-module-solliciteren-conditions = 1.1 seviyesinden itibaren; TWE sonrası takip, madde 60 sözleşmesinin sonu veya oryantasyon dönemi için

offer-taallessen-artikel-60-name = Madde 60 süresince dil dersleri
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Madde 60 sözleşmesinin yanında, iş yerinde Felemenkçe öğrenmek.
offer-taallessen-artikel-60-conditions = Madde 60 sözleşmesi olanlar için

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Sabahları Felemenkçe; öğleden sonraları oryantasyon, açık öğrenme merkezi ve bilgisayar. Modüller ayrı ayrı alınabilir; iş bulan bırakabilir.
offer-bootcamp2work-duration = 5 hafta

offer-sollicitatietraining-name = İş başvurusu eğitimi
offer-sollicitatietraining-provider = OCMW Oostende, istihdam birimi
offer-sollicitatietraining-description = Küçük bir grupta iş başvurusu alıştırması.
offer-sollicitatietraining-duration = 4 yarım gün

offer-rijbewijs-b-name = B sınıfı ehliyet için yardım
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala ve KTA
offer-rijbewijs-b-description = Teori dersleri ve sürüş simülatöründe alıştırma; böylece daha uzaktaki işlere de ulaşılabilir.

offer-heftruck-name = Forklift eğitimi
offer-heftruck-provider = Economisch Huis Oostende ve VDAB
offer-heftruck-description = Teori dersleri Economisch Huis'te, uygulama Rekkem'deki VDAB merkezinde.
offer-heftruck-duration = 10 gün teori ve 20 gün uygulama

offer-horeca-forma-name = Barmenlik eğitimi
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Bar arkasında çalışmak için kısa bir eğitim.

offer-sdv-zoekhulp-name = Felemenkçe bilmeyenler için iş arama yardımı
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Kariyer dosyası, özgeçmiş yükleme, iş ilanlarını okuma ve eğitim bulma konusunda yardım; az okula gitmiş olanlar için de.

offer-computer-basis-name = Temel bilgisayar kursu
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Bilgisayar kullanmayı öğrenmek; sonunda bir katılım belgesi verilir.
offer-computer-basis-duration = 5 ders

offer-ama-name = İşe benzer etkinlik (AMA)
offer-ama-provider = OCMW Oostende, istihdam birimi
offer-ama-description = Rehberlik eşliğinde haftada birkaç saat anlamlı bir uğraş: düzen, başkalarıyla temas ve kendini geliştirme.
offer-ama-allowance = Saat başına küçük bir ödenek
offer-ama-conditions = Tıbbi, psikolojik veya sosyal engelleri olan kişiler için

offer-spuitenpatrouille-name = Şırınga devriyesi (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, istihdam birimi
offer-spuitenpatrouille-description = Sabit bir ekiple, şehirde atılmış şırıngaları güvenli şekilde toplamak.
offer-spuitenpatrouille-allowance = Yarım gün başına €8
offer-spuitenpatrouille-duration = Haftada 2 kez 2 saat
offer-spuitenpatrouille-conditions = Madde kullanan (veya kullandığı düşünülen) ya da iyileşme sürecindeki kişiler için

offer-ama-sociale-economie-name = Sosyal ekonomide AMA
offer-ama-sociale-economie-provider = GTB, OCMW ile birlikte
offer-ama-sociale-economie-description = Sosyal ekonomiden bir işletmede işe benzer etkinlik.
offer-ama-sociale-economie-conditions = GTB'de bir ön görüşmeden sonra

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, istihdam birimi
offer-werklabo-description = Bir kişinin neler yapabildiğini ve neyi sevdiğini birlikte keşfetmek için sekiz tür görev.

offer-ama-zwerfvuil-name = AMA çöp toplama
offer-ama-zwerfvuil-provider = OCMW Oostende, istihdam birimi
offer-ama-zwerfvuil-description = Küçük bir ekiple, mahallede yerlere atılmış çöpleri toplamak.

offer-ama-poetsen-name = AMA temizlik
offer-ama-poetsen-provider = OCMW Oostende, istihdam birimi
offer-ama-poetsen-description = Rehberlik eşliğinde, düzenli bir tempoda temizlik işleri.

offer-taaltraject-scala-name = CVO Scala'da Felemenkçe öğrenmek
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Farklı seviyelerde, ikinci dil olarak Felemenkçe dersleri.

offer-taaltraject-miras-name = CVO Miras'ta Felemenkçe öğrenmek
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = İkinci dil olarak Felemenkçe dersleri; işe yönelik dersler de var.

offer-taaltraject-ligo-name = Ligo'da Felemenkçe öğrenmek
offer-taaltraject-ligo-provider = Ligo, temel eğitim merkezi
offer-taaltraject-ligo-description = Az okula gitmiş ya da hiç gitmemiş olanlar için sakin bir tempoda Felemenkçe öğrenmek.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Felemenkçe pratik yapmak için her hafta gönüllülerle küçük bir grupta sohbet.
offer-babbelbox-duration = Haftalık, okul takvimine göre
offer-babbelbox-conditions = 1.1 seviyesinde Felemenkçe

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Göçmen kökenli kadınlar için her hafta bir araya gelip sohbet etme.
offer-vrouwenklap-duration = Haftalık

offer-praattafels-name = Sohbet masaları (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Bir masa etrafında başkalarıyla Felemenkçe pratik yapmak.

offer-hardop-lezen-name = Sesli okuma
offer-hardop-lezen-provider = Openbare Bibliotheek Oostende (halk kütüphanesi)
offer-hardop-lezen-description = Kütüphanede birlikte sesli okuma.

offer-samen-lezen-nt2-name = Felemenkçe öğrenenler için birlikte okuma (NT2)
offer-samen-lezen-nt2-provider = Openbare Bibliotheek Oostende (halk kütüphanesi)
offer-samen-lezen-nt2-description = Felemenkçeyi ikinci dil olarak öğrenenler için bir okuma grubu.

offer-maatschappelijke-orientatie-name = Toplumsal oryantasyon kursu
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Flandre'da toplumun nasıl işlediğini kendi dilinde öğrenmek; sonunda bir sınav var.
offer-maatschappelijke-orientatie-duration = 60 saat

offer-participatietraject-name = Uyum (inburgering) katılım programı
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = İnsanlarla tanışmak için tanışma stajları, bir buddy (yol arkadaşı) veya gönüllü çalışma.
offer-participatietraject-duration = 40 saat

offer-zorg-eerst-name = Önce bakım ve iyi olma hâli
offer-zorg-eerst-provider = OCMW Oostende, sosyal hizmet
offer-zorg-eerst-description = Henüz işe yönelik rehberlik yok: önce birlikte sağlık, barınma veya diğer sorunlar üzerinde çalışmak.

offer-thuisbezoek-name = Evde görüşme
offer-thuisbezoek-provider = OCMW Oostende, sosyal hizmet
offer-thuisbezoek-description = Sosyal çalışmacı ev ziyaretine gelir ve kişinin kendi temposunda iletişimi sürdürür.
