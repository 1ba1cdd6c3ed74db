# Self-check. Client screens: "sen", short and friendly. Worker screens: "siz". Never a verdict.

self-check-view = Öz değerlendirme
self-check-title = Öz değerlendirme
self-check-intro = 18 yaşam alanına birlikte bakıyoruz. Bu iş parça parça, birkaç görüşmede yapılabilir: her şey hemen kaydedilir.
self-check-list-title = Bu dosyadaki öz değerlendirmeler
self-check-none = Bu dosyada henüz öz değerlendirme yok.
self-check-start = Yeni bir öz değerlendirme başlat
self-check-item-title = { $date } tarihli öz değerlendirme
self-check-status-unfinished = Henüz bitmedi
self-check-status-complete = Tamamen dolduruldu
self-check-progress-client = Danışan: { $total } sorudan { $answered } tanesi cevaplandı
self-check-progress-skipped =
    { $count ->
        [one] bir soru atlandı
       *[other] { $count } soru atlandı
    }
self-check-progress-worker = Sosyal çalışmacı: { $total } alandan { $scored } tanesi puanlandı
self-check-open = Aç
self-check-delete = Sil
self-check-confirm-delete-title = Bu öz değerlendirme silinsin mi?
self-check-confirm-delete-body = { $date } tarihli öz değerlendirme bu cihazdan silinecek. Bu işlem geri alınamaz.
self-check-confirm-delete-yes = Evet, sil
self-check-back-to-list = Tüm öz değerlendirmeler
self-check-mode-nav = Öz değerlendirmenin bölümleri
self-check-mode-client = Danışan dolduruyor
self-check-mode-worker = Sosyal çalışmacının değerlendirmesi
self-check-mode-summary = Özet

## Client ("sen" form)
self-check-client-progress = Soru { $current } / { $total }
self-check-client-answer-label = Senin cevabın
self-check-answer-good = İyi gidiyor
self-check-answer-hard = Bazen zor
self-check-answer-big = Şu an büyük bir sorun
self-check-answer-private = Söylemek istemiyorum
self-check-client-help = Bu konuda yardım istiyorum
self-check-client-note-label = Bununla ilgili bir şey anlatmak ister misin? Kendi sözlerinle yazabilirsin; boş da kalabilir.
self-check-client-skip = Sonra cevaplarım
self-check-client-back = Önceki
self-check-client-next = Sonraki
self-check-client-skipped-note = Bu soruyu daha önce atlamıştın. Şimdi cevaplayabilirsin ya da şimdilik bekletebilirsin.
self-check-client-saved = Her şey hemen kaydedilir. İstediğin zaman durabilirsin.
self-check-client-end-title = Bu son soruydu. Çok teşekkürler!
self-check-client-end-body = Bir şeyi değiştirmek ister misin? Her zaman bir soruya geri dönebilirsin.
self-check-client-end-open =
    { $count ->
        [one] Bir soru hâlâ açık:
       *[other] { $count } soru hâlâ açık:
    }
self-check-client-go-to = { $domain } sorusuna git

## Questions for the client
self-check-q-money = Para, faturalar ve borçlar konusunda durumun nasıl?
self-check-q-housing = Oturduğun evle ilgili durum nasıl?
self-check-q-health = Sağlığın nasıl?
self-check-q-mind = Son zamanlarda kendini nasıl hissediyorsun?
self-check-q-addiction = Alkol, uyuşturucu, kumar ya da haplarla ilgili durumun nasıl?
self-check-q-family = Çocuklarına ya da başka birine bakmak nasıl gidiyor?
self-check-q-childcare = Çocukların için bakım yeri (kreş, bakıcı) konusunda durum nasıl?
self-check-q-safety = Evde kendini ne kadar güvende hissediyorsun?
self-check-q-network = Çevrendeki insanlarla aran nasıl?
self-check-q-structure = Günlük düzenin nasıl: sabah kalkmak, randevulara gitmek?
self-check-q-daily = Yemek yapmak, temizlik ve ev işleri nasıl gidiyor?
self-check-q-dutch = Felemenkçe konuşmak ve okumak nasıl gidiyor?
self-check-q-learning = Okul, kurslar ve diplomalarla ilgili durum nasıl?
self-check-q-work = İş konusunda durum nasıl: şimdiye kadar neler yaptın, neler yapabiliyorsun?
self-check-q-attitude = İşe ya da eğitime doğru bir sonraki adımı düşününce ne hissediyorsun?
self-check-q-mobility = Bir yere gitmek nasıl oluyor: otobüs, tren, bisiklet ya da araba?
self-check-q-papers = Evraklar, mektuplar ve oturumunla ilgili durum nasıl?
self-check-q-digital = Telefon, bilgisayar, e-posta ve itsme ile durumun nasıl?

## Worker ("siz" form)
self-check-worker-intro = HIVA taramasının ölçeğine göre her alan için bir puan. 3 veya 4 verdiğinizde geçerli olanları işaretleyebilirsiniz. Puan, danışanın kendi cevabının yanında duran sizin değerlendirmenizdir.
self-check-score-1 = 1 · Engel yok
self-check-score-2 = 2 · Engel var, ama destekle iş veya eğitim mümkün
self-check-score-3 = 3 · Engel var: iş veya eğitim şu an mümkün değil
self-check-score-4 = 4 · (Henüz) değerlendiremiyorum
self-check-score-none = Henüz puanlanmadı
self-check-worker-sub-title = Neler geçerli?
self-check-worker-no-subs = Bu alan için durumu notta açıklayın.
self-check-worker-note-label = Sosyal çalışmacının notu
self-check-dutch-level-label = Felemenkçe seviyesi
self-check-dutch-level-hint = Bir okulun veya Huis van het Nederlands'ın belgesine göre; belge iki yıldan eski olmamalı.
self-check-dutch-level-none = Henüz doldurulmadı
self-check-dutch-level-unknown = Bilinmiyor
self-check-dutch-level-below-1-1 = 1.1 seviyesinin altında
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Öğrenme tamamlandı (uitgeleerd)
self-check-latin-reading = Latin alfabesiyle okuma
self-check-latin-writing = Latin alfabesiyle yazma
self-check-yes = Evet
self-check-no = Hayır
self-check-not-known = Henüz bilinmiyor

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Borçlar
self-check-sub-money-mediation = Borç arabuluculuğu sürecinde
self-check-sub-money-basic-needs = Yiyecek, giyecek veya kira için yeterli para yok
self-check-sub-housing-no-address = Sabit adresi yok veya gece barınağında kalıyor
self-check-sub-housing-unhealthy = Evde ciddi sorunlar var veya ev oturulamaz ilan edilmiş
self-check-sub-housing-must-move = Yakında evden çıkmak zorunda veya çok sık taşınıyor
self-check-sub-housing-transit = Geçici bir geçiş konutunda (doorgangswoning) kalıyor
self-check-sub-health-illness = Hastalık, iş veya eğitimi zorlaştırıyor
self-check-sub-health-diagnosis = Raporlarla belgelenmiş, bilinen bir hastalık
self-check-sub-health-complaints = Sağlık şikâyetleri
self-check-sub-health-pregnancy = Hamilelik veya doğum izni
self-check-sub-health-disability = Engellilik
self-check-sub-health-work-disability = Resmî olarak tanınmış çalışma engeli
self-check-sub-family-parenting = Çocuk yetiştirme ve çocuklarla ilişki
self-check-sub-family-child-needs = Özel bakım ihtiyacı olan bir çocuk
self-check-sub-family-single-parent = Yalnız ebeveyn
self-check-sub-family-care-task = Evde engelli, çok yaşlı veya uzun süredir hasta birine bakıyor
self-check-sub-childcare-waiting-list = Başvuru yapıldı, ama bekleme listesi uzun
self-check-sub-childcare-no-informal = Aile veya tanıdıklar arasında bakım imkânı yok
self-check-sub-childcare-unknown-options = Seçenekleri ve başvuru yolunu henüz bilmiyor
self-check-sub-safety-relationship = Partner, aile veya başkalarıyla gerginlik
self-check-sub-safety-violence = Aile içi şiddet
self-check-sub-network-no-social = Az sayıda veya hiç arkadaşı ya da tanıdığı yok
self-check-sub-network-no-family = Yakınlarda ailesi yok
self-check-sub-network-family-against-work = Ailesi çalışmasını desteklemiyor
self-check-sub-network-nobody-works = Ailede veya arkadaş çevresinde kimse çalışmıyor
self-check-sub-structure-no-rhythm = Düzenli bir günlük düzeni yok
self-check-sub-structure-missed-appointments = Randevular bazen aksıyor
self-check-sub-structure-documents = Belgeler randevuya getirilemiyor
self-check-sub-daily-hygiene = Hijyen
self-check-sub-daily-appearance = Bakımlı görünüm
self-check-sub-daily-household = Ev işleri yürümüyor
self-check-sub-dutch-express = Düşüncelerini kelimelere dökmekte zorlanıyor
self-check-sub-dutch-oral = Sözlü iletişim henüz olmuyor
self-check-sub-dutch-written = Yazılı iletişim henüz olmuyor
self-check-sub-dutch-illiterate = Okuma yazma bilmiyor
self-check-sub-learning-inactive = İş veya eğitim olmadan geçen uzun dönemler
self-check-sub-learning-no-choices = Henüz bilinçli bir yön seçimi yapmadı
self-check-sub-learning-history = Okul ve iş geçmişini anlatmak zor
self-check-sub-learning-recognition = Yurt dışında alınan diplomanın denkliği henüz yok
self-check-sub-work-guided-only = Önceki işler yalnızca yoğun destekle mümkün oldu
self-check-sub-work-unrealistic = İş, ücret veya iş yeriyle ilgili beklentiler gerçeklere uymuyor
self-check-sub-work-overestimates = Kendi imkânlarını olduğundan yüksek görüyor
self-check-sub-work-expectations = Bir iş yerinin ne beklediğini henüz tam bilmiyor
self-check-sub-attitude-no-steps = Henüz kendi başına adım atmıyor
self-check-sub-attitude-gives-up = Bir aksilik olunca çabuk pes ediyor
self-check-sub-attitude-motivation = Şu an bir şeyi değiştirmek için bir neden görmüyor
self-check-sub-attitude-one-target = Uzun bir arayıştan sonra hâlâ tek bir işte ısrar ediyor
self-check-sub-attitude-interaction = Başkalarıyla veya kurallarla ilişkisi zor yürüyor
self-check-sub-mobility-no-transport = Kendi aracı yok ve toplu taşıma da yok
self-check-sub-mobility-public-know-how = Toplu taşıma: nasıl kullanılacağını bilmiyor veya imkânı yok
self-check-sub-mobility-no-public = Yakında toplu taşıma yok
self-check-sub-mobility-distance = Danışanın ne kadar uzağa gidebileceği belirsiz
self-check-sub-papers-not-independent = Evrak işlerini tek başına halledemiyor
self-check-sub-papers-obligations = Yükümlülükleri (adres, ziekenfonds / sağlık sigortası) pek bilmiyor
self-check-sub-papers-self-employed = Eski serbest meslek işinden kalan evrak işleri
self-check-sub-papers-work-permit = Geçerli çalışma izni veya oturumu yok
self-check-sub-papers-justice = Adli sistemle teması var
self-check-sub-digital-no-device = Telefonu, bilgisayarı veya interneti yok
self-check-sub-digital-no-email = E-posta adresi yok
self-check-sub-digital-no-eid = itsme veya eID henüz kullanılamıyor
self-check-sub-digital-no-vdab = VDAB hesabı yok

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Birlikte borç arabuluculuğuna gitmek
self-check-act-money-budget-guidance = Bütçe rehberliğine başlamak
self-check-act-housing-search-together = Birlikte ev aramak
self-check-act-housing-reference-address = Referans adresi (referentieadres) için başvurmak
self-check-act-health-see-doctor = Aile hekiminden randevu almak
self-check-act-health-check-limits = Bedensel olarak nelerin mümkün olduğunu inceletmek
self-check-act-mind-talk-counsellor = Bir psikolog veya danışmanla görüşmek
self-check-act-mind-refer-care = Birlikte uygun desteği aramak
self-check-act-addiction-contact-service = Bir bağımlılık hizmetiyle iletişime geçmek
self-check-act-addiction-talk-doctor = Bunu aile hekimiyle konuşmak
self-check-act-family-parenting-support = Çocuk yetiştirme konusunda destek aramak
self-check-act-family-relieve-care = Bakım yükünü kimin hafifletebileceğini araştırmak
self-check-act-childcare-find-place = Birlikte bir kreş yeri aramak
self-check-act-childcare-informal = Aile ve tanıdıklar arasında bakım imkânına bakmak
self-check-act-safety-safe-talk = Sosyal çalışmacıyla baş başa, güvenli bir görüşme
self-check-act-safety-contact-support = Bir yardım hattı veya destek merkeziyle iletişime geçmek
self-check-act-network-meeting-place = Yakınlardaki bir buluşma yerini ziyaret etmek
self-check-act-network-volunteering = Gönüllü çalışmayı denemek
self-check-act-structure-week-plan = Birlikte haftalık bir plan yapmak
self-check-act-structure-reminders = Randevular için hatırlatıcı kurmak
self-check-act-daily-home-support = Evde yardım imkânına bakmak
self-check-act-daily-practice = Ev işleri üzerine alıştırma yapmak
self-check-act-dutch-course = Bir Felemenkçe kursuna kaydolmak
self-check-act-dutch-conversation-table = Bir sohbet masasına (praattafel) gitmek
self-check-act-learning-diploma-recognition = Diploma denkliği için başvurmak (NARIC)
self-check-act-learning-training = Bir eğitim seçmek
self-check-act-work-cv = Birlikte bir özgeçmiş (CV) hazırlamak
self-check-act-work-job-coach = Bir iş koçuyla tanışmak
self-check-act-attitude-small-steps = İlk küçük adım üzerinde anlaşmak
self-check-act-attitude-orientation = Bir oryantasyon veya kısa bir deneme stajı yapmak
self-check-act-mobility-transport-pass = Otobüs veya tren aboneliği için başvurmak
self-check-act-mobility-bike-or-licence = Bisiklet sürmeyi öğrenmek veya ehliyet almak
self-check-act-papers-sort-together = Evrakları birlikte düzenlemek
self-check-act-papers-residence-advice = Oturum veya çalışma izni hakkında bilgi almak
self-check-act-digital-course = Bir bilgisayar kursuna katılmak
self-check-act-digital-eid-setup = Birlikte itsme'yi veya eID okuyucusunu kurmak

## Summary
self-check-summary-chart-title = İki görüş yan yana
self-check-summary-chart-hint = Her alan için danışanın cevabı ve sosyal çalışmacının puanı. ≠ işareti, ikisinin farklı olduğu yeri gösterir: konuşmaya oradan başlanabilir.
self-check-summary-table-caption = Alanlara göre cevaplar
self-check-col-domain = Alan
self-check-col-client = Danışan
self-check-col-worker = Sosyal çalışmacı
self-check-col-marks = Dikkat çekenler
self-check-diff = Fark
self-check-precondition = Ön koşul
self-check-not-answered = Henüz cevaplanmadı
self-check-skipped = Atlandı
self-check-wants-help = Yardım istiyor
self-check-summary-diff-title = Cevapların farklı olduğu yerler
self-check-summary-diff-none = İki cevap arasında henüz fark yok.
self-check-summary-pre-title = Ön koşullar
self-check-summary-pre-hint = Sosyal çalışmacının 3 puan verdiği alanlar. Çoğu OCMW önce bunları ele alır.
self-check-summary-pre-none = İşaretlenmiş ön koşul yok.
self-check-summary-help-title = Danışanın yardım istediği konular
self-check-summary-help-none = Henüz işaretlenmiş bir yardım isteği yok.
self-check-summary-actions = Olası adımlar
self-check-summary-client-note = Kendi sözleriyle
self-check-summary-changes-title = { $date } tarihli öz değerlendirmeden bu yana neler değişti
self-check-summary-changes-none = Önceki öz değerlendirmeden bu yana değişiklik yok.
self-check-summary-first = Bu ilk öz değerlendirme: henüz karşılaştırılacak bir şey yok.
self-check-voice-client = danışan
self-check-voice-worker = sosyal çalışmacı
self-check-change-eased = daha hafif
self-check-change-harder = daha ağır
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Plana ekle
self-check-add-to-plan-named = “{ $action }” adımını plana ekle
self-check-in-plan = Planda var

## rules
self-check-sub-money-unemployment-trap = İşsizlik tuzağı riski: çalışmak çok az ya da hiç fazla kazandırmıyor
