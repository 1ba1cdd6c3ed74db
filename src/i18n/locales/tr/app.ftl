# Trede: Türkçe (Turkish)
# Tone: inviting and respectful, never commanding. Client screens use "sen", worker screens use "siz".

app-name = Trede
app-tagline = Birlikte bakalım, birlikte planlayalım
skip-to-content = İçeriğe geç
language-label = Ekran dili
privacy-line = Her şey bu cihazdaki bu tarayıcıda kalır. Hiçbir şey bir sunucuya gönderilmez.
storage-persistent = Bu tarayıcı, cihaz dolsa bile verileri saklayacağına söz verdi.
storage-best-effort = Cihaz dolarsa veya site uzun süre kullanılmazsa bu tarayıcı verileri silebilir. En güvenli kopya, dışa aktarılan bir dosyadır.
update-ready = Trede'nin yeni bir sürümü hazır. Her şey kaydedildi.
update-apply = Şimdi güncelle
locale-failed = { $language } çevirisi yüklenemedi. Bu ekranlar şimdilik Felemenkçe.

## Dates
date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## Home
home-title = Bu cihazdaki dosyalar
home-count =
    { $count ->
        [0] Bu cihazda henüz dosya yok.
        [one] Bu cihazda bir dosya var.
       *[other] Bu cihazda { $count } dosya var.
    }
home-empty-hint = Yeni bir dosyayla başlayın: yalnızca bir ad yeterli, gerisini birlikte doldurursunuz.
new-dossier-title = Yeni dosya
new-dossier-name-label = Danışanın adı
new-dossier-name-hint = Danışan kendisine nasıl hitap edilmesini istiyorsa o ad. Ulusal sicil numarası gerekmez.
new-dossier-button = Dosyayı oluştur
dossier-created-on = { $date } tarihinde oluşturuldu
dossier-updated-on = { $date } tarihinde değiştirildi
open-button = Aç
rename-button = Adı değiştir
delete-button = Sil
save-button = Kaydet
cancel-button = İptal
rename-label = Yeni ad

## Dossier
back-to-list = Tüm dosyalar
dossier-heading = Dosya: { $name }
client-lang-label = Danışanın dili
client-lang-hint = Danışanın kendisinin doldurduğu ekranlar bu dilde gösterilir.
dossier-dates-title = Bu dosya hakkında

view-overview = Genel bakış
dossier-nav-label = Dosyanın bölümleri

## Confirm
confirm-delete-title = Dosya silinsin mi?
confirm-delete-body = { $name } adlı kişinin dosyası bu cihazdan silinecek. Bu işlem geri alınamaz.
confirm-delete-yes = Evet, sil

## Errors
error-name-empty = Lütfen bir ad yazın.
error-name-too-long = Bu ad { $actual } karakter uzunluğunda. En fazla { $max } karakter olabilir.
unreadable-notice =
    { $count ->
        [one] Kayıtlı bir dosya okunamadı. Dosyaya dokunulmadı, bu cihazda olduğu gibi duruyor.
       *[other] Kayıtlı { $count } dosya okunamadı. Dosyalara dokunulmadı, bu cihazda olduğu gibi duruyorlar.
    }
load-error-not-json = Veriler bozuk veya eksik.
load-error-no-version = Verilerde sürüm numarası yok.
load-error-too-new = Veriler Trede'nin daha yeni bir sürümünden geliyor.
load-error-migration = Veriler bu sürüme dönüştürülemedi.
load-error-invalid = Veriler geçerli bir dosya değil.
save-error-full = Bu cihazın belleği dolu. Son değişiklikler kaydedilmedi, ancak bu sayfa açık kaldığı sürece ekranda duruyor.
save-error-unavailable = Bu tarayıcı veri kaydetmeye izin vermiyor. Değişiklikler yalnızca bu sayfa açık kaldığı sürece kalır.
save-error-other = Kaydetme başarısız oldu. Değişiklikler hâlâ ekranda; bir sonraki değişiklikte yeniden deneyeceğiz.

## Life domains
life-domain-money = Para ve borçlar
life-domain-housing = Konut
life-domain-health = Beden sağlığı
life-domain-mind = Ruh sağlığı
life-domain-addiction = Bağımlılık
life-domain-family = Aile ve bakım görevleri
life-domain-childcare = Çocuk bakımı
life-domain-safety = Evde güvenlik
life-domain-network = Çevremdeki insanlar
life-domain-structure = Günlük düzen
life-domain-daily = Günlük bakım ve ev işleri
life-domain-dutch = Felemenkçe
life-domain-learning = Eğitim ve diplomalar
life-domain-work = İş deneyimi ve beceriler
life-domain-attitude = Çalışma tutumu ve motivasyon
life-domain-mobility = Ulaşım
life-domain-papers = Resmî işler ve oturum
life-domain-digital = Dijital beceriler

## Participation ladder
rung-1 = Ev çevresiyle sınırlı ilişkiler
rung-2 = Ev dışında sosyal ilişkiler
rung-3 = İşe benzer etkinlikler
rung-4 = Ücretsiz çalışma
rung-5 = Destekli ücretli çalışma
rung-6 = Ücretli çalışma

## Files and end of meeting
device-tools-title = Dosyalar ve bu cihaz
export-button = Dışa aktar
import-button = Dosya içe aktar
import-hint = Trede ile dışa aktarılmış bir dosya seçin (.json). Bu cihazdaki dosyalar olduğu gibi kalır.
import-done = { $name } adlı kişinin dosyası içe aktarıldı.
import-done-copy = { $name } adlı kişinin dosyası kopya olarak içe aktarıldı: aynı dosya bu cihazda zaten vardı ve değişmeden kalıyor.
import-failed = { $file } içe aktarılamadı. Bu cihazdaki dosyalarda hiçbir şey değişmedi.
import-where = satır { $line }, sütun { $column }
import-error-not-json = Bu dosya bozuk veya eksik: geçerli bir JSON değil.
import-error-too-deep = Bu dosyanın yapısı çok fazla iç içe; bir danışan dosyası olamaz.
import-error-too-large = Bu dosya { $detail } MB sınırından büyük. Bir danışan dosyası bundan çok daha küçüktür.
import-error-not-trede = Bu, bir Trede danışan dosyası değil.
import-error-encrypted = Bu dosya bir parolayla şifrelenmiş.
import-error-file-version = Bu dosya { $detail } sürümünde; Trede'nin bu sürümü bu dosya sürümünü tanımıyor.
import-error-too-new = Bu dosya Trede'nin daha yeni bir sürümünden geliyor (şema { $detail }). Lütfen önce Trede'yi güncelleyin.
import-error-missing-field = “{ $field }” alanı eksik.
import-error-unknown-value = “{ $detail }” değeri bilinmiyor.
import-error-wrong-type = Bir alanda yanlış türde bir değer var; örneğin metin olması gereken yerde bir sayı.
import-error-invalid = Bu dosyadaki danışan dosyası geçerli değil: { $detail }
import-error-bad-name = Bu dosyadaki danışan adı boş veya çok uzun.
import-error-bad-id = Bu dosyadaki dosya anahtarı geçersiz.
import-error-unreadable = Dosya okunamadı.
wipe-button = Görüşmenin sonu: her şeyi sil
wipe-title = Bu cihazdaki tüm dosyalar silinsin mi?
wipe-body =
    { $count ->
        [one] Aşağıdaki dosya bu cihazdan silinecek.
       *[other] Aşağıdaki { $count } dosya bu cihazdan silinecek.
    } Bu işlem geri alınamaz. Önce dışa aktarmak ister misiniz?
wipe-confirm = Her şeyi sil

## Passphrases and encryption
passphrase-label = Parola
passphrase-repeat-label = Parola (tekrar)
passphrase-cannot-recover = Bu parolayı iyi hatırlayın: unutulursa verileri artık kimse açamaz. OCMW bile açamaz.
passphrase-encrypt-choice = Parolayla şifrele (önerilir)
passphrase-too-short = En az 12 karakterlik bir parola seçin. Birbiriyle ilgisiz üç dört kelime kolay akılda kalır, örneğin: “mavi bisiklet deniz feneri çorba”.
passphrase-empty = Lütfen parolayı yazın.
passphrase-mismatch = İki parola aynı değil.
passphrase-working = Biraz bekleyin…
export-title = Dosyayı dışa aktar
export-intro = Bu danışan dosyasını içeren bir dosya oluşturuyorsunuz. Parola koyarsanız dosyayı yalnızca parolayı bilen kişi açabilir.
export-make-file = Dosyayı hazırla
import-passphrase-title = Şifreli dosyayı aç
import-passphrase-intro = { $file } şifreli. Lütfen dosya oluşturulurken kullanılan parolayı yazın.
import-passphrase-open = Aç
crypto-error-wrong-passphrase = Bu parola doğru değil. Lütfen tekrar deneyin.
crypto-error-tampered = Parola doğru, ancak dosya değiştirilmiş veya bozulmuş. Dosya açılmayacak.
crypto-error-unavailable = Bu tarayıcı burada şifreleme yapamıyor. Trede'yi https üzerinden veya doğrudan bu cihazda açın.
crypto-error-malformed = Bu şifreli dosya eksik veya bozuk.

## Locking
lock-title = Kilitleme
lock-off = Bu dosya kilitli değil. Parolayla kilitlenirse yalnızca şifreli olarak saklanır ve yalnızca parolayı bilen kişi açabilir.
lock-on = Bu dosya kilitli: bu cihazda yalnızca şifreli olarak duruyor.
lock-set = Parolayla kilitle
lock-intro = Bu dosya için bir parola seçin. Bu parola olmadan dosyayı bu cihazda artık kimse açamaz.
lock-now = Şimdi kilitle
lock-remove = Kilidi kaldır
lock-idle-label = Kendiliğinden kilitlenme süresi
lock-idle-minutes = { $minutes } dakika kullanılmadığında
locked-dossier-name = Kilitli dosya { $number }
locked-dossier-hint = Ad ve içerik şifreli. Parolayla kilidi açın.
unlock-button = Kilidi aç
unlock-title = Dosyanın kilidini aç
unlock-intro = Lütfen bu dosyanın parolasını yazın.

tab-conflict = { $name } adlı kişinin dosyası aynı anda başka bir pencerede değiştirildi. Hiçbir şey kaybolmadı: diğer penceredeki sürüm şimdi listede ayrı bir dosya olarak duruyor.
notice-understood = Anladım
save-error-export = Bu dosyayı şimdi dışa aktar
save-error-export-hint = Saklamak için bir dosya açın ve dışa aktarın.

## rules
rung-1-definition = Sosyal ilişkiler önemlidir ama çoğunlukla evde ve yakın çevrede olur: hane, yakın aile, bakım ve destek çalışanları; kişinin kaldığı bir bakım veya refah kurumunda da.
rung-2-definition = Ev dışında ilişkiler ve örneğin bir dernek, hizmet merkezi veya yoksullukla mücadele örgütünde düzenlenen etkinliklere katılmak: insanlarla tanışmak ve anlamlı bir şey yapmak.
rung-3-definition = Gözetim altında işe benzeyen görevler yapmak, iyi oluş ve bakım desteğiyle birlikte. Orta vadede ücretli iş henüz mümkün değil.
rung-4-definition = İş sözleşmesi olmadan geçici bir adım: iş, iyi oluş ve bakım konusunda rehberlikle deneyim ve beceri kazanmak, sonra 5. veya 6. basamağa geçmek için.
rung-5-definition = Kişisel destekle ücretli iş, çünkü bir şey hâlâ tamamen bağımsız çalışmaya engel oluyor. İşveren bu ek destek için bir karşılık alır.
rung-6-definition = Özel destek veya rehberlik olmadan olağan ekonomide iş. Çalışanların ve serbest çalışanların çoğu buradadır.
## guard
import-error-implausible = Bu dosyadaki dosya, hiçbir gerçek dosyada olmayan bir değer içeriyor (“{ $field }” alanında): dosya bozuk ya da Trede tarafından oluşturulmamış. Hiçbir şey eklenmedi.
load-error-implausible = Veriler hiçbir gerçek dosyada olmayan bir değer içeriyor: bozuk ya da Trede tarafından yazılmamış.
wipe-cannot-erase = Trede uygulamadan çıkmış olanı silemez: dışa aktarılan dosyalar, yazdırılan sayfalar ve PDF'ler İndirilenler'de, yazıcıda ya da paylaşıldıkları yerde kalır. Bunları kendiniz silin.
wipe-done = Trede'nin bu cihazda sakladığı her şey silindi. Kontrol edildi: hiçbir şey kalmadı.
wipe-incomplete = Her şey silinemedi. Kalanlar bunlar. Trede'nin tüm pencerelerini kapatın ve tarayıcı ayarlarından bu sitenin verilerini temizleyin.
lock-when-hidden = Bu cihazda, sekme gizlendiği ya da ekran kapandığı anda kilitli her dosyayı kapat

## turn
turn-start = Tableti danışana ver
turn-nav-label = Sayfalarınız
turn-plan = Planı okuyun
turn-print-copy = Kopyamı yazdır
turn-hold-return = Sosyal çalışan: tableti geri almak için 2 saniye basılı tutun
turn-returned = Tablet yeniden sizde. Danışanın girdiği her şey saklandı.
turn-note-unreviewed = Bu bir yardımcı çeviridir. Henüz ana dili bu olan biri kontrol etmedi. Geçerli olan Felemenkçe metindir.
turn-note-reviewed = Bu, ana dili bu olan biri tarafından kontrol edilmiş bir yardımcı çeviridir. Geçerli olan Felemenkçe metindir.
home-search-label = Ada göre ara
home-sort-label = Sıralama
home-sort-newest = En yeniler önce
home-sort-name = Ad (A–Z)
home-sort-changed = Son değiştirilenler önce
home-search-none = Bu adla bir dosya yok.
## store
save-status-saving = Kaydediliyor…
save-status-saved = Her şey bu cihaza kaydedildi.
storage-room = Bu cihazda { $used } kullanılıyor, daha { $free } boş.
## The example on the home screen
plan-example-title = Bir örneğe bak
plan-example-text = Tamamlanmış bir planı ve bir değerlendirmesi olan hayalî bir danışan. Buradaki hiçbir şey gerçek değil.
plan-example-button = Örneği görüntüle
plan-example-badge = Örnek: gerçek bir kişi değil
