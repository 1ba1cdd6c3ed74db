# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = د مراجعه کوونکي لپاره اسانه بڼه
easy-toggle-hint = په هر سکرین کې یوه پوښتنه، لوی توري او تڼۍ، لنډې جملې، په غږ لوستل، او د مراجعه کوونکي په ژبه د کلمې لاندې هالنډي کلمه.
easy-badge = اسانه بڼه
easy-read-aloud = په غږ لوستل
easy-no-voice = دا ټابلیټ په دې ژبه د لوستلو غږ نه لري: { $language }.
easy-dutch-label = په هالنډي:
easy-title = تاسو څنګه یاست؟
easy-intro = 18 پوښتنې دي. هر ځل یوه پوښتنه. تاسو یو ځواب ټاکئ. هر څه خوندي کېږي.
easy-progress = پوښتنه { $current } له { $total } څخه
easy-q-money = د پیسو حال مو څنګه دی؟
easy-q-housing = کور مو څنګه دی؟
easy-q-health = بدن مو څنګه دی؟
easy-q-mind = ځان څنګه احساسوئ؟
easy-q-addiction = له الکولو، نشه يي توکو یا قمار سره مو حال څنګه دی؟
easy-q-family = د ماشومانو یا کورنۍ پالنه مو څنګه ده؟
easy-q-childcare = د ماشومانو د ساتنې ځای مو څنګه دی؟
easy-q-safety = په کور کې ځان څومره خوندي احساسوئ؟
easy-q-network = له ملګرو او کورنۍ سره مو حال څنګه دی؟
easy-q-structure = ورځ مو څنګه تېرېږي: پاڅېدل او ملاقاتونه؟
easy-q-daily = پخلی، وینځل او پاکاري مو څنګه دي؟
easy-q-dutch = هالنډي ژبه مو څنګه ده؟
easy-q-learning = ښوونځی او کورسونه مو څنګه دي؟
easy-q-work = کار مو څنګه دی؟
easy-q-attitude = د کار یا زده کړې په اړه څه احساس لرئ؟
easy-q-mobility = له بس، ریل ګاډي یا بایسکل سره مو حال څنګه دی؟
easy-q-papers = لیکونه او کاغذونه مو څنګه دي؟
easy-q-digital = له موبایل او کمپیوټر سره مو حال څنګه دی؟
easy-help = مرسته غواړم.
easy-note-label = غواړئ څه ووایئ؟ کولای شئ. ضروري نه ده.
easy-skip = وروسته
easy-back = شاته
easy-next = بله
easy-saved = هر څه خوندي دي. کولای شئ ودرېږئ.
easy-skipped-note = دا پوښتنه مو مخکې پرېښې وه. دا سمه ده.
easy-end-title = خلاص شو! مننه.
easy-end-body = هر وخت کولای شئ یوې پوښتنې ته بېرته ورشئ.
easy-end-open =
    { $count ->
        [one] یوه پوښتنه لا پاتې ده.
       *[other] { $count } پوښتنې لا پاتې دي.
    }
easy-go-to = د { $domain } پوښتنې ته

## changes
easy-changes-title = دا د { $date } راهیسې نوی دی
