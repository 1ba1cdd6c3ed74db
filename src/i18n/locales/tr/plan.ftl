# Trede: the GPMI, drafted together (Turkish)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.
# Client questions use "sen"; instructions to the worker use "siz".

plan-view = Plan (GPMI)
plan-title = Entegrasyon projesi (GPMI)
plan-intro = Bu planı birlikte yazıyorsunuz. Adımları size uyan sırayla yapabilir, istediğiniz zaman durabilirsiniz: yazarken her şey kaydedilir ve kaldığınız yerden devam eder.
plan-undo = Geri al
plan-redo = Yinele
plan-steps-label = Planın adımları
plan-previous = Geri: { $step }
plan-next = İleri: { $step }
plan-choose = Seçin…
plan-unknown = Henüz bilinmiyor
plan-not-set = henüz belirlenmedi
plan-not-filled = henüz doldurulmadı
plan-no-owner = henüz kimse yok
plan-no-date = henüz tarih yok
plan-unnamed-action = açıklaması olmayan bir eylem

## Steps
plan-step-basics = Plan hakkında
plan-step-topics = Senin hikâyen
plan-step-goals = Hedefler
plan-step-actions = Eylemler
plan-step-agreements = Anlaşmalar
plan-step-review = Gözden geçirme
plan-step-evaluations = Değerlendirmeler
plan-step-basics-title = Hangi plan, kimler katılıyor
plan-step-topics-title = Kendi sözlerinle
plan-step-goals-title = Neye ulaşmak istiyorsun?
plan-step-actions-title = Kim neyi, ne zamana kadar yapacak?
plan-step-agreements-title = Neler üzerinde anlaşıyoruz
plan-step-review-title = Birlikte gözden geçirelim
plan-step-evaluations-title = Birlikte geriye bakalım

## Deadline
plan-deadline-by = OCMW bu planı en geç { $date } tarihine kadar yapmak zorundadır. Leefloon kararından sonraki süre { $months } ay.
plan-deadline-close = OCMW bu planı en geç { $date } tarihine kadar yapmak zorunda: { $days ->
        [0] yani bugün.
        [one] bir gün kaldı.
       *[other] { $days } gün kaldı.
    }
plan-deadline-past = OCMW bu planı en geç { $date } tarihine kadar yapmak zorundaydı, { $days ->
        [one] bir gün önce.
       *[other] { $days } gün önce.
    } Bu süre geçti: OCMW planı şimdi danışanla birlikte mümkün olan en kısa sürede tamamlar.

## Basics
plan-kind-title = Plan
plan-type-label = Plan türü
plan-type-employment = İşe yönelik
plan-type-training = Eğitime veya öğrenime yönelik
plan-type-activation = Sosyal aktivasyon
plan-decision-label = Leefloon (OCMW geçim yardımı) kararının tarihi
plan-decision-hint = Plan, bu tarihten sonraki 3 ay içinde imzalanır.
plan-start-label = Planın başlangıç tarihi
plan-end-label = Planın bitiş tarihi
plan-period = Dönem
plan-why-title = Neden bir plan var
plan-birth-label = Doğum tarihi
plan-birth-hint = Yalnızca planın zorunlu olup olmadığını görmek için.
plan-recent-right-label = Danışanın karardan önceki dönemde ({ $months } ay) sosyal entegrasyon hakkı var mıydı?
plan-recent-right-no = Hayır, o dönemde hakkı yoktu
plan-recent-right-yes = Evet, o dönemde hakkı vardı
plan-asked-client = Danışan bir plan istedi
plan-asked-ocmw = OCMW bir plan istedi
plan-mandate-required = Plan zorunlu, çünkü:
plan-mandate-not-required = Kurallara göre plan zorunlu değil. İstek üzerine yine de yapılabilir.
plan-mandate-unknown = Doğum tarihini ve danışanın önceki aylarda sosyal entegrasyon hakkı olup olmadığını gir. O zaman planın zorunlu olup olmadığını görürsün.
plan-ground-under25 = danışan 25 yaşından küçük
plan-ground-new = danışanın önceki dönemde ({ $months } ay) sosyal entegrasyon hakkı yoktu
plan-ground-client = danışan bunu istedi
plan-ground-ocmw = OCMW bunu istedi
plan-override-label = Sosyal çalışmacının kararı
plan-override-none = Kurallara uyulsun
plan-override-required = Yine de zorunlu
plan-override-optional = Yine de zorunlu değil
plan-override-reason = Bu kararın nedeni
plan-parties-title = Kimler katılıyor
plan-worker-label = Sosyal çalışmacı
plan-ocmw-label = OCMW
plan-third-legend = Ortak { $n }
plan-third-name = Ad
plan-third-role = Rol (örneğin borç arabulucusu)
plan-third-tasks = Bu ortağın üstlendiği işler
plan-third-add = Ortak ekle
plan-third-remove = Bu ortağı kaldır
plan-support-label = Danışanın yanında biri
plan-support-none = Kimse
plan-support-interpreter = Bir tercüman
plan-support-support = Güvendiği bir kişi
plan-support-name = Adı

## Topics
plan-topics-intro = Danışanın anlattıklarını onun kendi sözleriyle yazın. Bunların hiçbiri bir sınav değil.
plan-topic-needs = Neye ihtiyacın var?
plan-topic-needs-hint = Örneğin: para konusunda huzur, bir ev, çocuk bakımı.
plan-topic-challenges = Şu an senin için zor olan ne?
plan-topic-challenges-hint = Önünü tıkayan şeyler, büyük ya da küçük.
plan-topic-goals = Neye ulaşmak ya da neyden kaçınmak istiyorsun?
plan-topic-goals-hint = Örneğin: iş bulmak, yeni borç yapmamak.
plan-topic-future = Geleceğini nasıl görüyorsun?
plan-topic-future-hint = Bir iki yıl sonra nerede olmak istersin?
plan-topic-role = Diğer insanlar arasında nasıl bir rolün olsun istersin?
plan-topic-role-hint = Kendin ve başkaları için: işte, mahallede, evde.

## Goals
plan-goals-intro = Birkaç hedef yeterli. Her hedefin yanında, bunun senin için neden önemli olduğu yazıyor.
plan-goals-empty = Henüz hedef yok. İlkini ekleyelim mi?
plan-goal-legend = Hedef { $n }
plan-goal-title = Hedef
plan-goal-domain = Yaşam alanı
plan-goal-from = Başlangıç
plan-goal-until = Bitiş
plan-goal-why = Bu senin için neden önemli?
plan-goal-add = Hedef ekle
plan-goal-remove = Bu hedefi kaldır

## Actions
plan-actions-intro = Küçük, somut adımlar. Her adımı üstlenen biri ve bir tarihi var.
plan-actions-empty = Henüz eylem yok. İlkini ekleyelim mi?
plan-action-legend = Eylem { $n }
plan-action-what = Ne yapılacak?
plan-action-owner = Kim üstleniyor?
plan-action-due = Ne zamana kadar?
plan-action-status = Nasıl gidiyor?
plan-action-stop-reason = Neden durdu?
plan-action-evidence = Yapıldığını nasıl göreceğiz?
plan-action-goal = Hangi hedef için?
plan-action-no-goal = Belirli bir hedef yok
plan-action-add = Eylem ekle
plan-action-remove = Bu eylemi kaldır
plan-owner-client = Danışan
plan-owner-ocmw = OCMW
plan-owner-third = Bir ortak
plan-status-planned = Planlandı
plan-status-busy = Sürüyor
plan-status-done = Tamamlandı
plan-status-stopped = Durduruldu
plan-origin-free = Birlikte yazıldı
plan-origin-self-check = Öz değerlendirmeden: { $domain }
plan-origin-catalogue = Olanak: { $offer }

## Agreements
plan-questions-title = Eylem planı
plan-question-client-will-do = Hedeflerine ulaşmak için sen ne yapacaksın?
plan-question-client-expects = OCMW'den ne bekliyorsun?
plan-question-ocmw-expects = OCMW senden ne bekliyor?
plan-means-title = Her tarafın kattıkları
plan-means-intro = Zaman, para, yardım, görüşmeler: her tarafın üstlendiği şeyler.
plan-means-client = Danışan
plan-means-ocmw = OCMW
plan-means-others = Ortaklar
plan-rights-title = Hakların ve yükümlülüklerin
plan-rights-1 = Bu plan, seninle OCMW arasında bir anlaşmadır. İki taraf da imzalar ve iki taraf da sözünü tutar.
plan-rights-2 = İmzalamadan önce { $reflection } gün düşünme süresi isteyebilirsin. Yanında kendi seçtiğin birini getirebilirsin.
plan-rights-3 = Planı yılda en az { $evaluations } kez birlikte gözden geçiriyoruz; bunların en az { $in_person } tanesi yüz yüze bir görüşmedir. Plan, senin durumun değiştikçe değişebilir.
plan-rights-4 = Anlaşmalara geçerli bir neden olmadan uyulmazsa leefloon tamamen ya da kısmen durdurulabilir: en fazla { $sanction } ay, bir yıl içinde yeniden olursa en fazla { $repeat } ay. Önce taahhütlü bir mektup alırsın ve bir karar verilmeden önce dinlenme hakkın vardır.
plan-rights-5 = OCMW kendi verdiği sözleri tutmadıysa yaptırım uygulanmaz.
plan-rights-6 = Bir karara katılmıyorsan iş mahkemesine (arbeidsrechtbank) itiraz edebilirsin. Bunun için kararın sana bildirildiği günden itibaren { $appeal } ay süren var.

## Review
plan-ready-title = İmzaya hazır mı?
plan-ready-ok = Gereken her şey var. Plan imzaya hazır.
plan-ready-missing = { $count ->
        [one] Hâlâ bir şey eksik:
       *[other] Hâlâ { $count } şey eksik:
    }
plan-ready-never-blocks = Her şey zaten kaydedildi; daha sonra tamamlayabilirsin.
plan-missing-type = plan türü
plan-missing-start = başlangıç tarihi
plan-missing-worker = sosyal çalışmacının adı
plan-missing-ocmw = OCMW'nin adı
plan-missing-third-name = bir ortağın adı
plan-missing-goal = en az bir hedef
plan-missing-goal-title = açıklaması olmayan bir hedef
plan-missing-action = en az bir eylem
plan-missing-action-what = açıklaması olmayan bir eylem
plan-missing-action-owner = “{ $what }” eylemini kimin üstlendiği
plan-missing-action-date = “{ $what }” için bir tarih
plan-missing-evaluation = değerlendirme zamanları
plan-missing-evaluation-count = yeterli değerlendirme zamanı: { $months ->
        [12] yılda
       *[other] { $months } ayda
    } en az { $total }, { $in_person } tanesi yüz yüze
plan-go-evaluations = Değerlendirmeleri planla
plan-sign-title = Düşünme süresi ve imza
plan-reflection-hint = Danışan imzalamadan önce { $days } iş günü düşünebilir.
plan-reflection-label = Düşünme süresinin istendiği tarih
plan-reflection-until = Düşünme süresi { $date } tarihine kadar sürer.
plan-signed-label = İmza tarihi
plan-summary-title = Planın tamamı

## Evaluations
plan-schedule-title = Değerlendirme zamanları
plan-schedule-rule = Yılda en az { $count } kez; bunların { $inperson } tanesi yüz yüze.
plan-schedule-needs-start = Önce başlangıç tarihini doldurun; sonra zamanlar önerilebilir.
plan-schedule-propose = Değerlendirme zamanları öner
plan-schedule-remove = Kaldır
plan-schedule-remove-label = Kaldır: { $date } tarihli değerlendirme
plan-eval-status-done = yapıldı
plan-eval-status-due = { $days ->
        [0] bugün
        [one] 1 gün içinde
       *[other] { $days } gün içinde
    }
plan-eval-status-overdue = { $days ->
        [one] 1 gün gecikti
       *[other] { $days } gün gecikti
    }
plan-eval-status-later = daha sonra
plan-record-title = Bir değerlendirmeyi kaydet
plan-eval-date = Tarih
plan-eval-date-missing = Lütfen değerlendirmenin tarihini doldurun.
plan-eval-present = Kimler vardı
plan-eval-goal = “{ $goal }” nasıl gidiyor?
plan-progress-not-started = Henüz başlamadı
plan-progress-on-track = Planlandığı gibi gidiyor
plan-progress-reached = Ulaşıldı
plan-progress-adjusted = Yeniden ayarlandı
plan-progress-stopped = Durduruldu
plan-eval-changes = Neler değişti
plan-eval-changes-hint = Örneğin ek bir anlaşma ya da şimdilik başka bir odak.
plan-eval-rung = Şu anki merdiven basamağı
plan-eval-rung-same = Değişiklik yok
plan-eval-save = Değerlendirmeyi kaydet
plan-history-title = Şimdiye kadarki değerlendirmeler
plan-history-empty = Henüz değerlendirme yok.
plan-eval-new-rung = Merdivendeki yeni yer: { $rung }
plan-eval-version = O tarihteki plan

plan-reflection-hint-calendar = Danışan imzalamadan önce { $days } takvim günü düşünebilir.
plan-reflection-count-label = Düşünme süresi şöyle sayılsın
plan-reflection-count-working = iş günü (pazartesiden cumaya)
plan-reflection-count-calendar = takvim günü

## rules
plan-rights-meeting = Sosyal çalışmacınla görüşme istersen, bu görüşme { $meeting } iş günü içinde yapılmalıdır.
plan-rights-change = Planın değiştirilmesini her zaman isteyebilirsin.
plan-part-time-top-up = Yarı zamanlı çalışıyor ve tamamlayıcı leefloon alıyor
plan-part-time-rule-label = Bu OCMW’nin yarı zamanlı çalışma ve tamamlayıcı leefloon kuralı
plan-part-time-rule-required = Plan zorunludur (OCMW Oostende’de olduğu gibi)
plan-part-time-rule-optional = Plan yalnızca istek üzerine (Brüksel rehberlerinde olduğu gibi)
plan-ground-part-time = danışan yarı zamanlı çalışıyor ve tamamlayıcı leefloon alıyor
plan-ground-studies = danışan OCMW’nin onayıyla tam zamanlı okuyor
plan-mandate-exempted = OCMW sağlık veya hakkaniyet nedenleriyle muafiyet kararı verdi. Danışan isterse yine de plan yapılabilir.
plan-exemption-label = OCMW’nin muafiyeti
plan-exemption-none = Muafiyet yok
plan-exemption-health = Sağlık nedenleriyle
plan-exemption-equity = Hakkaniyet nedenleriyle
plan-exemption-date = Karar tarihi
plan-exemption-reason = Kararın gerekçesi
plan-exemption-date-missing = Karar tarihi henüz eksik.
plan-exemption-reason-missing = Kararın gerekçesi henüz eksik.
plan-exemption-ladder = Merdiven bu kararı “muaf” durumunun yanında gösterir.
plan-reflection-waived-label = Danışanın düşünme süresinden vazgeçtiği tarih
plan-reflection-waived-hint = Yalnızca danışan kendisi daha erken imzalamayı seçtiyse doldur.
plan-signed-inside-reflection = Plan düşünme süresi içinde imzalandı ve danışanın bu süreden vazgeçtiği yazılı değil. Sor ve not et ya da düşünme süresinden sonra yeniden imzalayın.
## evals
plan-eval-kind-in-person = yüz yüze
plan-eval-kind-written = yazılı
plan-eval-kind-phone-or-video = telefonla veya görüntülü
plan-eval-kind-label = Değerlendirme nasıl yapıldı
plan-eval-link = Bu hangi planlanmış zaman
plan-eval-link-none = Planlanmış zaman yok: ek bir değerlendirme
plan-eval-kind-mismatch = { $planned } olarak planlandı, { $held } olarak yapıldı. { $held } olarak sayılır.
plan-eval-date-future = Bu tarih bugünden sonra. Değerlendirmenin yapıldığı günü seçin.
plan-eval-rung-to-ladder = Yeni yer, bu değerlendirmenin tarihiyle merdivene de eklenir.
plan-year-line = { $year }. yıl ({ $from } – { $until }): { $held } yapıldı ({ $heldinperson } yüz yüze), { $planned } daha planlandı ({ $plannedinperson } yüz yüze). Gereken: { $total }, bunun { $inperson } tanesi yüz yüze.
plan-year-met = Tamam.
plan-year-on-track = Planlananla mümkün.
plan-year-short = Şu an planlananla bu yıl en azı karşılamıyor. Bir zaman daha planlayın.
plan-year-missed = Bu yıl bitti ve en azı karşılamadı.
plan-eval-print = Raporu yazdır
plan-rules-evals-title = Değerlendirme ayarları
plan-rules-link-margin = Bir değerlendirme, en fazla bu kadar gün sonraki planlanmış bir zaman için sayılır
plan-rules-link-margin-error = 0 ile { $max } arasında bir sayı seçin.
plan-rules-short-year = On iki aydan kısa bir plan veya yıl parçası için en az
plan-rules-short-year-proportional = aylara oranla (yukarı yuvarlanmış)
plan-rules-short-year-full-year = tam yıllık en az
## plan
plan-type-studies = Tam zamanlı öğrenim (öğrenci GPMI)
plan-orientations-label = Yönelik (bir veya daha fazla)
plan-present-name-interpreter = Tercümanın adı
plan-present-name-support = Güvenilen kişinin adı
plan-studies-title = Öğrenim
plan-studies-intro = OCMW'nin tam zamanlı okumasına izin verdiği kişinin her zaman bir GPMI'si olur. Okulu, bölümü ve süreyi, ayrıca her tarafın ne söz verdiğini yazın.
plan-studies-school = Okul veya yüksekokul
plan-studies-direction = Bölüm
plan-studies-duration = Öğrenim süresi
plan-studies-student = Öğrenci şunlara söz verir:
plan-student-attend = derslere katılmak
plan-student-exams = sınavlara girmek
plan-student-results = sonuçları OCMW'ye vermek
plan-student-holiday-job = tatillerde, öğrenimin izin verdiği ölçüde, öğrenci işi için hazır olmak
plan-studies-other = Öğrenci için diğer anlaşmalar
plan-studies-ocmw = OCMW'nin söz verdikleri (örneğin hangi okul masraflarını ödediği)
plan-costs-title = OCMW'nin ödediği masraflar
plan-costs-intro = Bir eğitim veya etkinlik için: OCMW hangi masrafları üstlenir?
plan-cost-registration = kayıt ücreti
plan-cost-insurance = sigorta
plan-cost-work-clothes = iş kıyafeti
plan-cost-travel = yol masrafları
plan-costs-other = Diğer masraflar
plan-costs-none = Hiçbir masraf söz konusu değil
plan-explained-title = Danışana açıklama
plan-explained-on = İçerik, kapsam ve sonuçlar { $date } tarihinde açıklandı
plan-explained-record = Planı bugün açıkladım
plan-end-title = Planı kapatmak
plan-end-intro = Kapatılmış bir plan okunabilir ve yazdırılabilir, ama artık değiştirilemez veya imzalanamaz.
plan-end-kind = Plan nasıl bitiyor
plan-end-successful = Başarılı: hedeflere ulaşıldı
plan-end-early = Erken durduruldu
plan-end-right-ended = Sosyal entegrasyon hakkı sona erdi
plan-end-date = Bitiş tarihi
plan-end-reason = Neden
plan-end-confirm = Planı kapat
plan-end-need-kind = Planın nasıl bittiğini seçin.
plan-end-need-date = Bitiş tarihini yazın.
plan-end-need-reason = Planın neden erken durduğunu yazın.
plan-ended = Bu plan { $date } tarihinde kapatıldı: { $kind }.
plan-ended-hint = Planı hâlâ okuyabilir ve yazdırabilirsiniz. Artık değiştirilemez veya imzalanamaz.
plan-move-title = Başka bir OCMW'ye taşınma
plan-move-ocmw = Yeni OCMW
plan-move-consent = Danışanın dosyanın aktarılmasına onay verdiği tarih
plan-move-export = Dosyayı yeni OCMW için dışa aktar
plan-move-needs-consent = Yeni OCMW'yi ve onay tarihini yazın. Onay olmadan dosyayı aktarmayın.
plan-missing-studies = okul, bölüm ve öğrenim süresi
plan-missing-end = bitiş tarihi
plan-missing-end-order = başlangıç tarihinden sonra bir bitiş tarihi
plan-missing-domain = hedeflerin yaşam alanı
plan-missing-ocmw-commitment = OCMW'nin söz verdikleri (OCMW'nin bir eylemi veya OCMW'nin kattıkları)
plan-missing-costs = OCMW'nin hangi masrafları ödediği veya hiç olmadığı
plan-missing-explained = içeriği, kapsamı ve sonuçları açıkladığınız tarih
plan-missing-explained-again = plan açıklamadan sonra değişti: yeniden açıklayın
plan-origin-catalogue-from = Teklif: { $offer } ({ $catalogue }, { $edition } baskısı)

## strength
plan-strength-label = Bunu en çok kim taşıyor? (güç pusulası)
plan-strength-client = Çoğunlukla danışanın kendisi
plan-strength-network = Çevresinin yardımıyla
plan-strength-professional = Profesyonel yardımla
