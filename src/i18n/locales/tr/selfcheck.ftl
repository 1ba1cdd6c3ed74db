# Self-check. Client screens: "sen", short and friendly. Worker screens: "siz". Never a verdict.

sc-view = Öz değerlendirme
sc-title = Öz değerlendirme
sc-intro = 18 yaşam alanına birlikte bakıyoruz. Bu iş parça parça, birkaç görüşmede yapılabilir: her şey hemen kaydedilir.
sc-list-title = Bu dosyadaki öz değerlendirmeler
sc-none = Bu dosyada henüz öz değerlendirme yok.
sc-start = Yeni bir öz değerlendirme başlat
sc-item-title = { $date } tarihli öz değerlendirme
sc-status-unfinished = Henüz bitmedi
sc-status-complete = Tamamen dolduruldu
sc-progress-client = Danışan: { $total } sorudan { $answered } tanesi cevaplandı
sc-progress-skipped =
    { $count ->
        [one] bir soru atlandı
       *[other] { $count } soru atlandı
    }
sc-progress-worker = Sosyal çalışmacı: { $total } alandan { $scored } tanesi puanlandı
sc-open = Aç
sc-delete = Sil
sc-confirm-delete-title = Bu öz değerlendirme silinsin mi?
sc-confirm-delete-body = { $date } tarihli öz değerlendirme bu cihazdan silinecek. Bu işlem geri alınamaz.
sc-confirm-delete-yes = Evet, sil
sc-back-to-list = Tüm öz değerlendirmeler
sc-mode-nav = Öz değerlendirmenin bölümleri
sc-mode-client = Danışan dolduruyor
sc-mode-worker = Sosyal çalışmacının değerlendirmesi
sc-mode-summary = Özet

## Client ("sen" form)
sc-client-progress = Soru { $current } / { $total }
sc-client-answer-label = Senin cevabın
sc-answer-good = İyi gidiyor
sc-answer-hard = Bazen zor
sc-answer-big = Şu an büyük bir sorun
sc-answer-private = Söylemek istemiyorum
sc-client-help = Bu konuda yardım istiyorum
sc-client-note-label = Bununla ilgili bir şey anlatmak ister misin? Kendi sözlerinle yazabilirsin; boş da kalabilir.
sc-client-skip = Sonra cevaplarım
sc-client-back = Önceki
sc-client-next = Sonraki
sc-client-skipped-note = Bu soruyu daha önce atlamıştın. Şimdi cevaplayabilirsin ya da şimdilik bekletebilirsin.
sc-client-saved = Her şey hemen kaydedilir. İstediğin zaman durabilirsin.
sc-client-end-title = Bu son soruydu. Çok teşekkürler!
sc-client-end-body = Bir şeyi değiştirmek ister misin? Her zaman bir soruya geri dönebilirsin.
sc-client-end-open =
    { $count ->
        [one] Bir soru hâlâ açık:
       *[other] { $count } soru hâlâ açık:
    }
sc-client-go-to = { $domain } sorusuna git

## Questions for the client
sc-q-money = Para, faturalar ve borçlar konusunda durumun nasıl?
sc-q-housing = Oturduğun evle ilgili durum nasıl?
sc-q-health = Sağlığın nasıl?
sc-q-mind = Son zamanlarda kendini nasıl hissediyorsun?
sc-q-addiction = Alkol, uyuşturucu, kumar ya da haplarla ilgili durumun nasıl?
sc-q-family = Çocuklarına ya da başka birine bakmak nasıl gidiyor?
sc-q-childcare = Çocukların için bakım yeri (kreş, bakıcı) konusunda durum nasıl?
sc-q-safety = Evde kendini ne kadar güvende hissediyorsun?
sc-q-network = Çevrendeki insanlarla aran nasıl?
sc-q-structure = Günlük düzenin nasıl: sabah kalkmak, randevulara gitmek?
sc-q-daily = Yemek yapmak, temizlik ve ev işleri nasıl gidiyor?
sc-q-dutch = Felemenkçe konuşmak ve okumak nasıl gidiyor?
sc-q-learning = Okul, kurslar ve diplomalarla ilgili durum nasıl?
sc-q-work = İş konusunda durum nasıl: şimdiye kadar neler yaptın, neler yapabiliyorsun?
sc-q-attitude = İşe ya da eğitime doğru bir sonraki adımı düşününce ne hissediyorsun?
sc-q-mobility = Bir yere gitmek nasıl oluyor: otobüs, tren, bisiklet ya da araba?
sc-q-papers = Evraklar, mektuplar ve oturumunla ilgili durum nasıl?
sc-q-digital = Telefon, bilgisayar, e-posta ve itsme ile durumun nasıl?

## Worker ("siz" form)
sc-worker-intro = HIVA taramasının ölçeğine göre her alan için bir puan. 3 veya 4 verdiğinizde geçerli olanları işaretleyebilirsiniz. Puan, danışanın kendi cevabının yanında duran sizin değerlendirmenizdir.
sc-score-1 = 1 · Engel yok
sc-score-2 = 2 · Engel var, ama destekle iş veya eğitim mümkün
sc-score-3 = 3 · Engel var: iş veya eğitim şu an mümkün değil
sc-score-4 = 4 · (Henüz) değerlendiremiyorum
sc-score-none = Henüz puanlanmadı
sc-worker-sub-title = Neler geçerli?
sc-worker-no-subs = Bu alan için durumu notta açıklayın.
sc-worker-note-label = Sosyal çalışmacının notu
sc-dutch-level-label = Felemenkçe seviyesi
sc-dutch-level-hint = Bir okulun veya Huis van het Nederlands'ın belgesine göre; belge iki yıldan eski olmamalı.
sc-dutch-level-none = Henüz doldurulmadı
sc-dutch-level-unknown = Bilinmiyor
sc-dutch-level-below-1-1 = 1.1 seviyesinin altında
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Öğrenme tamamlandı (uitgeleerd)
sc-latin-reading = Latin alfabesiyle okuma
sc-latin-writing = Latin alfabesiyle yazma
sc-yes = Evet
sc-no = Hayır
sc-not-known = Henüz bilinmiyor

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Borçlar
sc-sub-money-mediation = Borç arabuluculuğu sürecinde
sc-sub-money-basic-needs = Yiyecek, giyecek veya kira için yeterli para yok
sc-sub-housing-no-address = Sabit adresi yok veya gece barınağında kalıyor
sc-sub-housing-unhealthy = Evde ciddi sorunlar var veya ev oturulamaz ilan edilmiş
sc-sub-housing-must-move = Yakında evden çıkmak zorunda veya çok sık taşınıyor
sc-sub-housing-transit = Geçici bir geçiş konutunda (doorgangswoning) kalıyor
sc-sub-health-illness = Hastalık, iş veya eğitimi zorlaştırıyor
sc-sub-health-diagnosis = Raporlarla belgelenmiş, bilinen bir hastalık
sc-sub-health-complaints = Sağlık şikâyetleri
sc-sub-health-pregnancy = Hamilelik veya doğum izni
sc-sub-health-disability = Engellilik
sc-sub-health-work-disability = Resmî olarak tanınmış çalışma engeli
sc-sub-family-parenting = Çocuk yetiştirme ve çocuklarla ilişki
sc-sub-family-child-needs = Özel bakım ihtiyacı olan bir çocuk
sc-sub-family-single-parent = Yalnız ebeveyn
sc-sub-family-care-task = Evde engelli, çok yaşlı veya uzun süredir hasta birine bakıyor
sc-sub-childcare-waiting-list = Başvuru yapıldı, ama bekleme listesi uzun
sc-sub-childcare-no-informal = Aile veya tanıdıklar arasında bakım imkânı yok
sc-sub-childcare-unknown-options = Seçenekleri ve başvuru yolunu henüz bilmiyor
sc-sub-safety-relationship = Partner, aile veya başkalarıyla gerginlik
sc-sub-safety-violence = Aile içi şiddet
sc-sub-network-no-social = Az sayıda veya hiç arkadaşı ya da tanıdığı yok
sc-sub-network-no-family = Yakınlarda ailesi yok
sc-sub-network-family-against-work = Ailesi çalışmasını desteklemiyor
sc-sub-network-nobody-works = Ailede veya arkadaş çevresinde kimse çalışmıyor
sc-sub-structure-no-rhythm = Düzenli bir günlük düzeni yok
sc-sub-structure-missed-appointments = Randevular bazen aksıyor
sc-sub-structure-documents = Belgeler randevuya getirilemiyor
sc-sub-daily-hygiene = Hijyen
sc-sub-daily-appearance = Bakımlı görünüm
sc-sub-daily-household = Ev işleri yürümüyor
sc-sub-dutch-express = Düşüncelerini kelimelere dökmekte zorlanıyor
sc-sub-dutch-oral = Sözlü iletişim henüz olmuyor
sc-sub-dutch-written = Yazılı iletişim henüz olmuyor
sc-sub-dutch-illiterate = Okuma yazma bilmiyor
sc-sub-learning-inactive = İş veya eğitim olmadan geçen uzun dönemler
sc-sub-learning-no-choices = Henüz bilinçli bir yön seçimi yapmadı
sc-sub-learning-history = Okul ve iş geçmişini anlatmak zor
sc-sub-learning-recognition = Yurt dışında alınan diplomanın denkliği henüz yok
sc-sub-work-guided-only = Önceki işler yalnızca yoğun destekle mümkün oldu
sc-sub-work-unrealistic = İş, ücret veya iş yeriyle ilgili beklentiler gerçeklere uymuyor
sc-sub-work-overestimates = Kendi imkânlarını olduğundan yüksek görüyor
sc-sub-work-expectations = Bir iş yerinin ne beklediğini henüz tam bilmiyor
sc-sub-attitude-no-steps = Henüz kendi başına adım atmıyor
sc-sub-attitude-gives-up = Bir aksilik olunca çabuk pes ediyor
sc-sub-attitude-motivation = Şu an bir şeyi değiştirmek için bir neden görmüyor
sc-sub-attitude-one-target = Uzun bir arayıştan sonra hâlâ tek bir işte ısrar ediyor
sc-sub-attitude-interaction = Başkalarıyla veya kurallarla ilişkisi zor yürüyor
sc-sub-mobility-no-transport = Kendi aracı yok ve toplu taşıma da yok
sc-sub-mobility-public-know-how = Toplu taşıma: nasıl kullanılacağını bilmiyor veya imkânı yok
sc-sub-mobility-no-public = Yakında toplu taşıma yok
sc-sub-mobility-distance = Danışanın ne kadar uzağa gidebileceği belirsiz
sc-sub-papers-not-independent = Evrak işlerini tek başına halledemiyor
sc-sub-papers-obligations = Yükümlülükleri (adres, ziekenfonds / sağlık sigortası) pek bilmiyor
sc-sub-papers-self-employed = Eski serbest meslek işinden kalan evrak işleri
sc-sub-papers-work-permit = Geçerli çalışma izni veya oturumu yok
sc-sub-papers-justice = Adli sistemle teması var
sc-sub-digital-no-device = Telefonu, bilgisayarı veya interneti yok
sc-sub-digital-no-email = E-posta adresi yok
sc-sub-digital-no-eid = itsme veya eID henüz kullanılamıyor
sc-sub-digital-no-vdab = VDAB hesabı yok

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Birlikte borç arabuluculuğuna gitmek
sc-act-money-budget-guidance = Bütçe rehberliğine başlamak
sc-act-housing-search-together = Birlikte ev aramak
sc-act-housing-reference-address = Referans adresi (referentieadres) için başvurmak
sc-act-health-see-doctor = Aile hekiminden randevu almak
sc-act-health-check-limits = Bedensel olarak nelerin mümkün olduğunu inceletmek
sc-act-mind-talk-counsellor = Bir psikolog veya danışmanla görüşmek
sc-act-mind-refer-care = Birlikte uygun desteği aramak
sc-act-addiction-contact-service = Bir bağımlılık hizmetiyle iletişime geçmek
sc-act-addiction-talk-doctor = Bunu aile hekimiyle konuşmak
sc-act-family-parenting-support = Çocuk yetiştirme konusunda destek aramak
sc-act-family-relieve-care = Bakım yükünü kimin hafifletebileceğini araştırmak
sc-act-childcare-find-place = Birlikte bir kreş yeri aramak
sc-act-childcare-informal = Aile ve tanıdıklar arasında bakım imkânına bakmak
sc-act-safety-safe-talk = Sosyal çalışmacıyla baş başa, güvenli bir görüşme
sc-act-safety-contact-support = Bir yardım hattı veya destek merkeziyle iletişime geçmek
sc-act-network-meeting-place = Yakınlardaki bir buluşma yerini ziyaret etmek
sc-act-network-volunteering = Gönüllü çalışmayı denemek
sc-act-structure-week-plan = Birlikte haftalık bir plan yapmak
sc-act-structure-reminders = Randevular için hatırlatıcı kurmak
sc-act-daily-home-support = Evde yardım imkânına bakmak
sc-act-daily-practice = Ev işleri üzerine alıştırma yapmak
sc-act-dutch-course = Bir Felemenkçe kursuna kaydolmak
sc-act-dutch-conversation-table = Bir sohbet masasına (praattafel) gitmek
sc-act-learning-diploma-recognition = Diploma denkliği için başvurmak (NARIC)
sc-act-learning-training = Bir eğitim seçmek
sc-act-work-cv = Birlikte bir özgeçmiş (CV) hazırlamak
sc-act-work-job-coach = Bir iş koçuyla tanışmak
sc-act-attitude-small-steps = İlk küçük adım üzerinde anlaşmak
sc-act-attitude-orientation = Bir oryantasyon veya kısa bir deneme stajı yapmak
sc-act-mobility-transport-pass = Otobüs veya tren aboneliği için başvurmak
sc-act-mobility-bike-or-licence = Bisiklet sürmeyi öğrenmek veya ehliyet almak
sc-act-papers-sort-together = Evrakları birlikte düzenlemek
sc-act-papers-residence-advice = Oturum veya çalışma izni hakkında bilgi almak
sc-act-digital-course = Bir bilgisayar kursuna katılmak
sc-act-digital-eid-setup = Birlikte itsme'yi veya eID okuyucusunu kurmak

## Summary
sc-summary-chart-title = İki görüş yan yana
sc-summary-chart-hint = Her alan için danışanın cevabı ve sosyal çalışmacının puanı. ≠ işareti, ikisinin farklı olduğu yeri gösterir: konuşmaya oradan başlanabilir.
sc-summary-table-caption = Alanlara göre cevaplar
sc-col-domain = Alan
sc-col-client = Danışan
sc-col-worker = Sosyal çalışmacı
sc-col-marks = Dikkat çekenler
sc-diff = Fark
sc-precondition = Ön koşul
sc-not-answered = Henüz cevaplanmadı
sc-skipped = Atlandı
sc-wants-help = Yardım istiyor
sc-summary-diff-title = Cevapların farklı olduğu yerler
sc-summary-diff-none = İki cevap arasında henüz fark yok.
sc-summary-pre-title = Ön koşullar
sc-summary-pre-hint = Sosyal çalışmacının 3 puan verdiği alanlar. Çoğu OCMW önce bunları ele alır.
sc-summary-pre-none = İşaretlenmiş ön koşul yok.
sc-summary-help-title = Danışanın yardım istediği konular
sc-summary-help-none = Henüz işaretlenmiş bir yardım isteği yok.
sc-summary-actions = Olası adımlar
sc-summary-client-note = Kendi sözleriyle
sc-summary-changes-title = { $date } tarihli öz değerlendirmeden bu yana neler değişti
sc-summary-changes-none = Önceki öz değerlendirmeden bu yana değişiklik yok.
sc-summary-first = Bu ilk öz değerlendirme: henüz karşılaştırılacak bir şey yok.
sc-voice-client = danışan
sc-voice-worker = sosyal çalışmacı
sc-change-eased = daha hafif
sc-change-harder = daha ağır
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Plana ekle
sc-add-to-plan-named = “{ $action }” adımını plana ekle
sc-in-plan = Planda var
