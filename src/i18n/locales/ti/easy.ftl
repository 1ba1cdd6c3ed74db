# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = ንዓሚል ቀሊል ኣቀራርባ
easy-toggle-hint = ኣብ ነፍሲ ወከፍ ስክሪን ሓደ ሕቶ፣ ዝዓበዩ ፊደላትን መጠወቕታትን፣ ሓጸርቲ ሓረጋት፣ ዓው ኢሉ ምንባብ፣ ከምኡ'ውን ኣብ ትሕቲ እቲ ብቋንቋ ዓሚል ዘሎ ቃል እቲ ሆላንድኛ ቃል።
easy-badge = ቀሊል ኣቀራርባ
easy-read-aloud = ዓው ኢልካ ምንባብ
easy-no-voice = እዚ ታብሌት በዚ ቋንቋ እዚ ዓው ኢሉ ዘንብብ ድምጺ የብሉን፦ { $language }።
easy-dutch-label = ብሆላንድኛ፦
easy-title = ከመይ ኣለኹም?
easy-intro = 18 ሕቶታት ኣለዉ። ሓደ ሓደ ሕቶ። መልሲ ትመርጹ። ኩሉ ይዕቀብ።
easy-progress = ሕቶ { $current } ካብ { $total }
easy-q-money = ገንዘብ ከመይ ኣሎ?
easy-q-housing = ገዛኹም ከመይ ኣሎ?
easy-q-health = ኣካላትኩም ከመይ ኣሎ?
easy-q-mind = ከመይ ይስምዓኩም?
easy-q-addiction = ኣልኮል፣ ዕጸ-ፋርስ ወይ ቁማር ከመይ ኣሎ?
easy-q-family = ንደቕኹም ወይ ንስድራኹም ምክንኻን ከመይ ኣሎ?
easy-q-childcare = ክንክን ደቕኹም ከመይ ኣሎ?
easy-q-safety = ኣብ ገዛ ክሳብ ክንደይ ውሑስ ኮይኑ ይስምዓካ?
easy-q-network = ምስ ኣዕሩኽን ስድራን ከመይ ኣሎ?
easy-q-structure = መዓልትኹም ከመይ ኣሎ፦ ምትንሳእን ቆጸራታትን?
easy-q-daily = ምብሳል፣ ምሕጻብን ምጽራይን ከመይ ኣሎ?
easy-q-dutch = ሆላንድኛ ከመይ ኣሎ?
easy-q-learning = ቤት ትምህርትን ኮርሳትን ከመይ ኣሎ?
easy-q-work = ስራሕ ከመይ ኣሎ?
easy-q-attitude = ብዛዕባ ስራሕ ወይ ስልጠና ከመይ ይስምዓኩም?
easy-q-mobility = ኣውቶቡስ፣ ባቡር ወይ ብሽክለታ ከመይ ኣሎ?
easy-q-papers = ደብዳበታትን ወረቐታትን ከመይ ኣሎ?
easy-q-digital = ሞባይልን ኮምፒዩተርን ከመይ ኣሎ?
easy-help = ሓገዝ እደሊ።
easy-note-label = ገለ ክትነግሩ ትደልዩ ዶ? ትኽእሉ ኢኹም። ግዴታ ኣይኮነን።
easy-skip = ደሓር
easy-back = ንድሕሪት
easy-next = ዝቕጽል
easy-saved = ኩሉ ተዓቂቡ ኣሎ። ደው ክትብሉ ትኽእሉ ኢኹም።
easy-skipped-note = ነዚ ሕቶ ቅድሚ ሕጂ ሓሊፍኩሞ ኔርኩም። ጸገም የብሉን።
easy-end-title = ተወዲኡ! የቐንየልና።
easy-end-body = ኩሉ ግዜ ናብ ሓደ ሕቶ ክትምለሱ ትኽእሉ ኢኹም።
easy-end-open =
    { $count ->
        [one] ገና ሓደ ሕቶ ተሪፉ ኣሎ።
       *[other] ገና { $count } ሕቶታት ተሪፎም ኣለዉ።
    }
easy-go-to = ናብቲ ብዛዕባ { $domain } ዘሎ ሕቶ

## changes
easy-changes-title = እዚ ካብ { $date } ጀሚሩ ሓድሽ እዩ
