# Trede: Turkish, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.
# Terms: rung = basamak, placement = konum kaydı, offer = olanak.

view-ladder = Merdiven

## The ladder
ladder-title = Katılım merdiveni
ladder-intro = { $name } bugün nerede duruyor ve iyi bir sonraki adım ne olabilir? Bir basamağa dokunursanız orada hangi olanakların olduğunu görebilirsiniz.
ladder-now-none = Henüz konum kaydı yok. İlkini aşağıda birlikte ekleyebilirsiniz.
ladder-now-rung = Şu an: { $number }. basamak, { $rung }
ladder-now-status = Şu an: { $status } (basamak değil)
ladder-language-course-beside = Bunun yanında bir dil kursu da sürüyor.
ladder-rung-button = { $number }. basamak: { $rung }
ladder-badge-now = şu an
ladder-badge-target = hedef
ladder-offer-count =
    { $count ->
        [0] olanak yok
        [one] bir olanak
       *[other] { $count } olanak
    }
ladder-rungs-label = Altı basamak, en yükseği en üstte

## Target rung
ladder-target-label = { $name } için ulaşılabilecek en yüksek basamak
ladder-target-hint = Birlikte seçtiğiniz hedef. Her basamak olabilir.
ladder-target-none = Henüz seçilmedi
ladder-target-reached = { $name } hedef basamağa ulaştı. Bu gerçek bir başarı.
ladder-target-four = Bazı insanlar için gönüllü çalışma veya başka bir ücretsiz çalışma, ulaşılabilecek en yüksek basamaktır. Oraya ulaşmak bir başarıdır, bir bitiş noktası değil.

## Offers
ladder-offers-title = { $number }. basamaktaki olanaklar: { $rung }
ladder-offers-none = Katalogda bu basamak için bir olanak yok.
ladder-offers-close = Olanakları kapat
ladder-offer-provider = Sunan
ladder-offer-duration = Süre
ladder-offer-allowance = Ödenek
ladder-offer-conditions = Kimler katılabilir
ladder-offer-pick = Plan için seç
ladder-offer-picked = Plan için seçildi
ladder-offer-unpick = Plandan çıkar
ladder-picked-title = Plan için seçilen olanaklar
ladder-picked-none = Henüz bir şey seçilmedi. Merdivende seçtiğin bir olanak, entegrasyon planında bir adım olabilir.
ladder-picked-from = { $number }. basamak, kaynak: { $catalogue } { $edition }

## Placements
ladder-placements-title = Konum kayıtları
ladder-placements-none = Henüz konum kaydı yok.
ladder-add-title = Konum kaydı ekle
ladder-edit-title = Bu konum kaydını değiştir
ladder-date-label = Tarih
ladder-date-missing = Lütfen bir tarih seçin.
ladder-position-label = Basamak veya durum
ladder-position-rungs = Basamaklar
ladder-position-side = Merdiven dışındaki durumlar
ladder-status-orientation = Oryantasyon (dosya dört aydan daha yeni)
ladder-status-exempted = Sağlık veya hakkaniyet nedenleriyle muaf
ladder-status-studying = Öğrenci
ladder-status-care-first = Önce bakım ve destek
ladder-viewpoint-label = Bu kimin görüşü?
ladder-view-client = Danışanın görüşü
ladder-view-worker = Sosyal çalışmacının görüşü
ladder-view-agreed = Birlikte kararlaştırıldı
ladder-language-course-label = Bunun yanında bir dil kursu sürüyor
ladder-note-label = Not (boş kalabilir)
ladder-note-hint = Birkaç kelimeyle: ne değişti ve bu nasıl hissettiriyor?
ladder-error-note-too-long = Bu not { $actual } karakter uzunluğunda. Lütfen en fazla { $max } karakter yazın.
ladder-save-placement = Konumu kaydet
ladder-edit-button = Değiştir
ladder-delete-button = Sil
ladder-confirm-delete-title = Bu konum kaydı silinsin mi?
ladder-confirm-delete-body = { $date } tarihli konum kaydı süreçten kaldırılacak. Bu işlem geri alınamaz.
ladder-confirm-delete-yes = Evet, sil

## History
ladder-history-title = Süreç
ladder-history-none = İlk konum kaydı yapılınca süreç burada görünür.
ladder-history-chart-label = Basamakların zaman içindeki değişimini gösteren basamaklı grafik. Aşağıdaki tablo aynı bilgileri içerir.
ladder-history-table-caption = Tablo olarak süreç
ladder-history-aside-lane = merdiven dışında
ladder-col-date = Tarih
ladder-col-position = Basamak veya durum
ladder-col-move = Değişim
ladder-col-view = Kimin görüşü
ladder-col-note = Not
ladder-move-start = Başlangıç noktası
ladder-move-rise = { $from }. basamaktan yukarı
ladder-move-fall = { $from }. basamaktan bir adım geri
ladder-move-level = Aynı basamak
ladder-move-aside = Merdiven dışında
ladder-fall-label = geri adım
ladder-falls-summary =
    { $count ->
        [0] Henüz geri adım yok.
        [one] Bir geri adım. Geri adımlar olur; yolun bir parçasıdır.
       *[other] { $count } geri adım. Geri adımlar olur; yolun bir parçasıdır.
    }

## Catalogue
catalogue-title = Olanaklar kataloğu
catalogue-current = Kullanımda: { $name }, { $edition } baskısı, { $count } olanak.
catalogue-builtin = Bu, Trede'nin içindeki yerleşik katalog.
catalogue-load-label = Özel bir katalog yükle (JSON dosyası)
catalogue-load-hint = Trede katalog biçiminde bir dosya. Dosya bu cihazda kalır. Geçerli bir dosya yerini alana kadar mevcut katalog kullanılmaya devam eder.
catalogue-loaded = Yeni katalog kullanımda.
catalogue-problems-title =
    { $count ->
        [one] Bu dosya kullanılamadı. Düzeltilmesi gereken bir şey var:
       *[other] Bu dosya kullanılamadı. Düzeltilmesi gereken { $count } şey var:
    }
catalogue-reset = Yerleşik kataloğu yeniden kullan
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Dosya
catalogue-place-field = "{ $field }" alanı
catalogue-place-offer = Olanak { $number }
catalogue-place-offer-id = Olanak { $number } ("{ $id }")
catalogue-place-offer-field = Olanak { $number }, "{ $field }" alanı
catalogue-place-offer-id-field = Olanak { $number } ("{ $id }"), "{ $field }" alanı
catalogue-problem-not-json = bu geçerli bir JSON değil (satır { $line }, sütun { $column })
catalogue-problem-not-object = bu bir katalog değil (beklenen: "format", "version", "id", "name", "edition" ve "offers" alanlarını içeren bir nesne)
catalogue-problem-format = "{ $found }" değeri "trede-catalogue" değil
catalogue-problem-version = { $found } sürümü okunamıyor (bu Trede sürüm 1'i okur)
catalogue-problem-missing = eksik
catalogue-problem-type =
    { $expected ->
        [text] bir metin olmalı
        [number] bir sayı olmalı
        [list] bir liste olmalı
        [offer] bir olanağın alanlarını içeren bir nesne olmalı
       *[object] her dil için bir metin içeren bir nesne olmalı, örneğin "nl" ve "en"
    }
catalogue-problem-rung = { $found } bir basamak değil (1 ile 6 arası)
catalogue-problem-empty = boş
catalogue-problem-too-long = { $max } karakterden uzun
catalogue-problem-no-dutch = Felemenkçe metni yok ("nl")
catalogue-problem-language = "{ $code }", Trede'nin tanıdığı bir dil kodu değil
catalogue-problem-id = "{ $found }" geçerli bir id değil (küçük harfler, rakamlar ve kısa çizgiler)
catalogue-problem-duplicate = bu id zaten olanak { $first } tarafından kullanılıyor
catalogue-problem-unknown-field = bilinen bir alan değil
catalogue-problem-no-offers = olanak listesi boş

## rules
ladder-definitions-title = Her basamak ne anlama gelir?
ladder-exempted-decision = OCMW’nin { $date } tarihli kararı: { $ground }. { $reason }
ladder-exempted-no-decision = Planda henüz OCMW’nin muafiyet kararı yok. Kararı planın ilk adımına not et.
## evals
ladder-from-evaluation = bir GPMI değerlendirmesinden
ladder-history-per-view = Yukarı çıkma veya geri adım her bakış için ayrı sayılır: danışanınki danışanınkiyle, sosyal çalışmacınınki sosyal çalışmacınınkiyle. Birlikte kararlaştırılan ikisi için de sayılır.
## plan
catalogue-problem-carrier = "{ $found }", "client", "ocmw" veya "partner" değil
## store
catalogue-problem-too-large = dosya { $max } KB'tan büyük, bir teklif listesinden çok daha büyük
catalogue-problem-too-many = listede { $max } tekliften fazla var
