# Simplified view (easy-read) for the client: short sentences, "sen", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen ("siz").

easy-toggle = Danışan için kolay görünüm
easy-toggle-hint = Her ekranda bir soru, daha büyük yazı ve düğmeler, kısa cümleler, sesli okuma ve danışanın dilindeki kelimenin altında Felemenkçesi.
easy-badge = Kolay görünüm
easy-read-aloud = Sesli oku
easy-no-voice = Bu tablette bu dilde sesli okuma için bir ses yok: { $language }.
easy-dutch-label = Felemenkçesi:
easy-title = Nasılsın?
easy-intro = 18 soru var. Her seferinde bir soru. Bir cevap seçiyorsun. Her şey kaydediliyor.
easy-progress = Soru { $current } / { $total }
easy-q-money = Para konusu nasıl?
easy-q-housing = Evin nasıl?
easy-q-health = Vücudun nasıl?
easy-q-mind = Kendini nasıl hissediyorsun?
easy-q-addiction = Alkol, uyuşturucu veya kumar konusu nasıl?
easy-q-family = Çocuklarına veya ailene bakmak nasıl gidiyor?
easy-q-childcare = Çocuklarının bakımı nasıl gidiyor?
easy-q-safety = Evde kendini ne kadar güvende hissediyorsun?
easy-q-network = Arkadaşlar ve aileyle aran nasıl?
easy-q-structure = Günün nasıl geçiyor: kalkmak ve randevular?
easy-q-daily = Yemek, çamaşır ve temizlik nasıl gidiyor?
easy-q-dutch = Felemenkçe nasıl gidiyor?
easy-q-learning = Okul ve kurslar nasıl gidiyor?
easy-q-work = İş konusu nasıl?
easy-q-attitude = İş veya eğitim hakkında ne hissediyorsun?
easy-q-mobility = Otobüs, tren veya bisikletle gitmek nasıl?
easy-q-papers = Mektuplar ve evraklar nasıl gidiyor?
easy-q-digital = Telefon ve bilgisayar nasıl gidiyor?
easy-help = Yardım istiyorum.
easy-note-label = Bir şey anlatmak ister misin? Anlatabilirsin. Zorunda değilsin.
easy-skip = Sonra
easy-back = Geri
easy-next = İleri
easy-saved = Her şey kaydedildi. Durabilirsin.
easy-skipped-note = Bu soruyu önce atlamıştın. Bu sorun değil.
easy-end-title = Bitti! Teşekkürler.
easy-end-body = Her zaman bir soruya geri dönebilirsin.
easy-end-open =
    { $count ->
        [one] Bir soru hâlâ açık.
       *[other] { $count } soru hâlâ açık.
    }
easy-go-to = Şu konudaki soruya git: { $domain }

## changes
easy-changes-title = { $date } tarihinden beri yeni olanlar
