# Trede: imzalama ve yazdırma (Turkish)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening.
# Signing and printing screens are shared/worker screens ("siz"); the signature pad and the rights-* texts speak to the client ("sen").
# Turkish: no case suffixes are attached to variables (vowel harmony cannot be known in advance).

sign-view = İmza
print-view = Yazdır

## Signing
sign-title = Planı imzalamak
sign-intro = Önce planı birlikte okuyun. Katılan herkes burada, tablette imza atar, tıpkı kâğıt üzerinde olduğu gibi: parmakla, kalemle veya fareyle.
sign-reflection = Danışan önce düşünmek istiyor mu? O zaman eve götürmesi için bir taslak yazdırın. İmza daha sonra da atılabilir.
sign-fingerprint = Bu sürümün dijital parmak izi
sign-fingerprint-hint = Bu kod tam olarak bu metne aittir. Planda bir şey değişirse kod da değişir.
sign-state-unsigned = Planın bu sürümünü henüz kimse imzalamadı.
sign-state-partly = Henüz imzalamayanlar: { $names }
sign-state-complete = İmzalaması gereken herkes imzaladı.
sign-outdated = Plan, imzalandıktan sonra değişti. O imzalar önceki bir sürüme ait; o sürümü hâlâ okuyabilir ve yazdırabilirsiniz. Bu sürümün yeniden imzalanması gerekiyor.
sign-not-ready = Plan henüz imzaya tam olarak hazır değil. Neyin eksik olduğunu “Gözden geçirme” adımında görebilirsiniz.
sign-go-review = “Gözden geçirme” adımına git
sign-go-print = Baskı önizlemesine git
sign-parties-title = Kimler imzalıyor
sign-present-title = Orada bulunan diğer kişiler (imza zorunlu değil)
sign-as-party = Taraf olarak imzalar
sign-as-present = Taraf olarak değil, orada bulunan kişi olarak imzalar
sign-role-client = Danışan
sign-role-worker = Sosyal çalışmacı, OCMW adına
sign-role-third = Ortak
sign-role-interpreter = Tercüman
sign-role-support = Danışanın güvendiği kişi
sign-start = İmzala
sign-again = Yeniden imzala
sign-withdraw = İmzayı kaldır
sign-signed = İmza tarihi: { $date }
sign-signed-at = İmza tarihi ve yeri: { $date }, { $place }
sign-not-signed = Henüz imzalanmadı
sign-earlier-title = Daha önce imzalanmış sürümler
sign-earlier-item = Sürüm { $fingerprint }, imzalayanlar: { $names }
sign-show-version = Bu sürümü görüntüle

## The signing area
pad-area = İmza kutusu
pad-hint = Kutunun içine parmağınla, bir kalemle ya da fareyle imza atabilirsin.
pad-empty = Henüz bir şey çizilmedi.
pad-drawn = Kutuda bir imza var.
pad-undo = Son çizgiyi sil
pad-clear = Hepsini temizle
pad-name = Ad
pad-date = Tarih
pad-place = Yer
pad-save = İmzayı kaydet
pad-cancel = İptal
sign-problem-name = Lütfen adı yaz.
sign-problem-strokes = Lütfen önce kutunun içine imza at.
sign-problem-too-long = Bu imza çok uzun. Silip biraz daha sade bir imza atabilirsin.
sign-problem-unknown = Bu ortak artık planda yok.

## Printing
print-title = Yazdır
print-intro = Plan A4 kâğıda yazdırılır: danışana vermek ya da kâğıt üzerinde imzalamak için. Yazdırma internet olmadan da çalışır; dosya olarak kaydetmek için “PDF olarak kaydet” seçeneğini seçin.
print-version-label = Hangi sürüm
print-version-current = Planın şu anki hâli
print-version-round = İmzalanmış sürüm { $fingerprint }
print-both = Yazdır (Felemenkçe + { $lang })
print-client = Danışan kopyasını yazdır (yalnızca { $lang })
print-dutch = Yazdır (Felemenkçe)
print-mode-label = Görünüm
print-mode-both = Felemenkçe ve yardım amaçlı çeviri
print-mode-client = Danışan kopyası
print-no-translation = Şu dil için henüz çeviri yok: { $lang }. Plan Felemenkçe yazdırılır.
print-preview-label = Baskı önizlemesi

## The printed plan
doc-title = Kişiye özel sosyal entegrasyon projesi (GPMI)
doc-subtitle = Danışan ile OCMW arasında bir anlaşma
doc-binding-note = Yardım amaçlı çeviri. Bağlayıcı olan, Felemenkçe metindir.
doc-copy-note = Bu, danışan için yardım amaçlı bir çeviridir. Bağlayıcı olan, Felemenkçe metindir.
doc-draft = TASLAK
doc-draft-note = Taslak: henüz herkes imzalamadı.
doc-earlier-note = Bu, daha önce imzalanmış bir sürümdür. Plan daha sonra değişti.
doc-not-set = doldurulmadı
doc-facts = Bilgiler
doc-ocmw = OCMW
doc-client = Danışan
doc-worker = Sosyal çalışmacı
doc-type = Plan türü
doc-type-employment = İşe yönelik
doc-type-training = Eğitime veya öğrenime yönelik
doc-type-activation = Sosyal aktivasyon
doc-period = Süre
doc-decision = Leefloon (OCMW geçim yardımı) kararı
doc-partners = Ortaklar
doc-support = Danışanın yanında bulunan
doc-topics = Danışanın hikâyesi
doc-topic-needs = Danışanın neye ihtiyacı var
doc-topic-challenges = Şu an zor olan ne
doc-topic-goals = Danışan neye ulaşmak ya da neyden kaçınmak istiyor
doc-topic-future = Danışan geleceğini nasıl görüyor
doc-topic-role = Danışan diğer insanlar arasında nasıl bir rol istiyor
doc-goals = Hedefler
doc-goal-domain = Yaşam alanı
doc-goal-period = Dönem
doc-goal-why = Bu neden önemli
doc-actions = Eylemler
doc-col-what = Ne
doc-col-who = Kim
doc-col-due = Ne zamana kadar
doc-col-evidence = Yapıldığını nasıl göreceğiz
doc-who-client = Danışan
doc-who-ocmw = OCMW
doc-who-third = Ortak
doc-who-nobody = henüz kimse yok
doc-origin-catalogue = OCMW'nin sunduğu olanak
doc-questions = Eylem planı
doc-question-client-will-do = Danışan hedeflere ulaşmak için ne yapacak?
doc-question-client-expects = Danışan OCMW'den ne bekliyor?
doc-question-ocmw-expects = OCMW danışandan ne bekliyor?
doc-means = Her tarafın kattıkları
doc-means-client = Danışan
doc-means-ocmw = OCMW
doc-means-others = Ortaklar
doc-evaluations = Birlikte geriye bakacağımız zamanlar
doc-evaluations-rule = Yılda en az { $count } kez; bunların en az { $inperson } tanesi yüz yüze.
doc-eval-in-person = yüz yüze
doc-eval-remote = telefonla veya görüntülü
doc-signatures = İmzalar
doc-signatures-intro = Taraflar imzalarıyla bu planı kabul eder. Tercüman veya danışanın güvendiği kişi, taraf olarak değil, orada bulunan kişi olarak imzalar.
doc-fingerprint = İmzalanan metnin dijital parmak izi (SHA-256)
doc-sign-name = Ad
doc-sign-date = Tarih
doc-sign-place = Yer

## Rights and duties, in plain words
rights-title = Haklar ve yükümlülükler
rights-agreement = Bu plan, seninle OCMW (sosyal yardım merkezi) arasında bir anlaşmadır. Planı birlikte yazdınız. İmzalayarak ikiniz de planda yazanları yapacağınıza söz veriyorsunuz.
rights-client = Senin yapacakların: sana ait eylemleri yaparsın, randevulara gelirsin ve bir şey yolunda gitmezse bunu zamanında haber verirsin.
rights-ocmw = OCMW'nin yapacakları: bu planda yazdığı gibi sana yardım eder ve OCMW'ye ait eylemleri yapar. Planı yılda en az { $evaluations } kez seninle birlikte gözden geçirir; bunların en az { $in_person } tanesi yüz yüze bir görüşmedir.
rights-change = Hayatın değişince plan da değişebilir. Sen de OCMW de her zaman planın uyarlanmasını isteyebilirsiniz. Değişen plan yeniden imzalanır.
rights-reflection = İmzalamadan önce { $reflection } gün düşünme süresi isteyebilir ve taslağı eve götürebilirsin. Yanında kendi seçtiğin birini getirebilirsin.
rights-not-kept = Bir anlaşmaya geçerli bir neden olmadan uyulmazsa leefloon tamamen ya da kısmen durdurulabilir: en fazla { $sanction } ay, bir yıl içinde yeniden olursa en fazla { $repeat } ay. Bu asla uyarısız olmaz: önce taahhütlü bir mektup alırsın.
rights-heard = Sözünü söyleme hakkın var. Bir karar verilmeden önce kendi anlatacaklarını anlatabilir ve sana yardım etmesi için yanında birini getirebilirsin.
rights-no-sanction = Geçerli bir nedenin varsa ya da OCMW bu plandaki kendi sözlerini tutmadıysa yaptırım uygulanmaz.
rights-interpreter = Görüşmeyi veya bu planı iyi anlamıyorsan bir tercüman isteyebilirsin.
rights-copy = Bu planın bir kopyasını alırsın. Yardım olarak planı kendi dilinde de alabilirsin; bağlayıcı olan (yani hukuken geçerli olan) Felemenkçe metindir.
rights-appeal = OCMW’nin bir kararına katılmıyorsan iş mahkemesine (arbeidsrechtbank) itiraz edebilirsin. Bunun için kararın sana bildirildiği günden itibaren { $appeal } ay süren var.

pad-typed = Elle imza atamıyorum: yazdığım ad imzam yerine geçer
pad-typed-hint = Elle imza atamayan kişiler için. Bu durumda aşağıdaki ad imza kutusunda yer alır.

## rules
rights-meeting = Sosyal çalışmacınla görüşme istersen, bu görüşme { $meeting } iş günü içinde yapılmalıdır.
doc-reflection = Düşünme süresi
doc-reflection-until = şu tarihe kadar sürer:
doc-reflection-waived = danışan bu süreden şu tarihte vazgeçti:
sign-inside-reflection = Düşünme süresi { $date } dahil sürüyor. Bugün imzalayan, düşünme süresi içinde imzalar. Bu yalnızca danışan kendisi vazgeçerse olur: o zaman bunu plana not et.
## evals
doc-eval-written = yazılı
eval-report-title = GPMI değerlendirme raporu
eval-report-kind = Nasıl
eval-report-present = Katılanlar
eval-report-fulfils = Planlanmış zaman
eval-report-extra = Planlanmış zamanların dışında ek bir değerlendirme
eval-report-rung = Katılım merdivenindeki yer
eval-report-rung-same = Değişiklik yok
eval-report-next = Sonraki değerlendirme
eval-report-next-none = Henüz sonraki zaman planlanmadı
eval-report-goals = Hedefler nasıl gidiyor
eval-report-notes = Ne değişti:
eval-report-actions = Eylemler ve ne durumda oldukları
eval-report-col-status = Durum
eval-report-changes = Önceki sürümden bu yana eklenen veya değişen
eval-report-no-changes = Hiçbir hedef veya eylem eklenmedi, değişmedi veya silinmedi.
eval-report-change-goal-added = Yeni hedef
eval-report-change-goal-changed = Hedef değişti
eval-report-change-goal-removed = Hedef silindi
eval-report-change-action-added = Yeni eylem
eval-report-change-action-changed = Eylem değişti
eval-report-change-action-removed = Eylem silindi
eval-report-signatures = İmzalamak zorunlu değildir. İmza, bu raporun doğru olduğunu onaylar.
eval-report-fingerprint = Bu raporun dijital parmak izi (SHA-256)
## plan
doc-contract = OCMW'nin üstlendikleri
doc-ocmw-actions = OCMW'nin eylemleri
doc-domains = Etkinlik alanları
doc-ended = Kapatıldı
doc-moved = Dosyanın aktarıldığı yer
sign-ended = Bu plan kapatıldı. Artık imzalanamaz.

## turn
doc-review-no = Çeviri henüz ana dili bu olan biri tarafından kontrol edilmedi.
doc-review-yes = Çeviri, ana dili bu olan biri tarafından kontrol edildi.

## turn2
sign-binding-dutch = Bağlayıcı metin, Felemenkçe:

## changes
changes-title = { $date } tarihli sürümden bu yana ne değişti?
changes-intro = Yeniden imzalamadan önce bunu birlikte okuyun. İmzalanmış sürümden yalnızca burada yazanlar farklıdır.
changes-now = şimdi:
changes-was = önce:
changes-goal-added = Yeni hedef
changes-goal-removed = Hedef çıkarıldı
changes-goal-changed = Hedef değiştirildi
changes-goal-period = Hedef için başka bir dönem
changes-action-added = Yeni eylem
changes-action-removed = Eylem çıkarıldı
changes-action-what = Eylem başka türlü yazıldı
changes-action-who = Eylemi başka biri yapıyor
changes-action-due = Eylem için başka bir tarih
changes-action-changed = Eylem değiştirildi
changes-date-decision = Kararın tarihi değişti
changes-date-start = Plan başka bir gün başlıyor
changes-date-end = Plan başka bir gün bitiyor
changes-evaluation-added = Yeni değerlendirme zamanı
changes-evaluation-removed = Değerlendirme zamanı çıkarıldı
changes-evaluation-changed = Değerlendirme başka bir biçimde
changes-rung = Merdivende yeni basamak
changes-part-basics = Değişti: plan türü, OCMW, sosyal çalışmacı veya ad
changes-part-partners = Değişti: ortaklar ve görevleri
changes-part-present = Değişti: tercüman veya güvenilen kişi
changes-part-topics = Değişti: konuştuklarımız
changes-part-agreements = Değişti: anlaşmalar ve her tarafın kattıkları
changes-part-contract = Değişti: öğrenim veya OCMW'nin ödediği masraflar
changes-part-evaluation-rule = Değişti: yılda kaç değerlendirme
changes-part-other = Değişti: planın başka bir bölümü
doc-changes-title = Ek: { $date } tarihli sürümden bu yana değişenler
doc-changes-old = Önceki sürümün dijital parmak izi:
doc-changes-new = Bu sürümün dijital parmak izi:
doc-strength = Güç
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Dosya için özet
case-file-intro = Plan, POD MI'nin GPMI formundaki sırayla, Felemenkçe düz metin olarak; kayıt yazılımına aktarmak için. Yalnızca imzalanan planda olanlar: onun dışındaki notlar yer almaz.
case-file-intro-evaluation = Bu değerlendirme, Felemenkçe düz metin olarak; kayıt yazılımına aktarmak için. Planın dışındaki notlar yer almaz.
case-file-show = Özeti göster
case-file-hide = Özeti gizle
case-file-copy = Kopyala
case-file-preview-label = Kopyalanacak hâliyle özet
case-file-copied = Kopyalandı. Metni kayıt yazılımına yapıştırın.
case-file-downloaded = Pano kullanılamıyor. Metin { $file } olarak indirildi.
